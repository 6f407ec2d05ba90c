import { describe, expect, it } from 'vitest';
import { api, ApiError, onUnauthenticated, rememberSession, signInAgainPath, toProblem, useFetch } from './client';

describe('toProblem', () => {
  it('keeps the code, the title and the per-field messages of a ProblemDetails body', () => {
    const problem = toProblem(400, JSON.stringify({ code: 'validation_failed', title: 'Проверьте', errors: { inn: ['Неверная контрольная сумма ИНН'] } }));
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', title: 'Проверьте' });
    expect(new ApiError(problem).field('inn')).toBe('Неверная контрольная сумма ИНН');
  });

  it('turns a proxy error page that is not JSON into a readable problem', () => {
    const problem = toProblem(502, '<html>Bad Gateway</html>');
    expect(problem.code).toBe('http_502');
    expect(problem.title).toContain('502');
  });
});

describe('request', () => {
  it('sends the anti-forgery token on writes and not on reads', async () => {
    const seen: Record<string, string>[] = [];
    useFetch(async (_url, init) => {
      seen.push((init?.headers ?? {}) as Record<string, string>);
      return new Response('{}', { status: 200 });
    });
    rememberSession({ authenticated: false, csrfToken: 'token-1', user: null, twoFactorRequired: false });
    await api.get('/api/reference/regions');
    await api.post('/api/session/sign-in', { login: 'a', password: 'b' });
    expect(seen[0]['X-CSRF-TOKEN']).toBeUndefined();
    expect(seen[1]['X-CSRF-TOKEN']).toBe('token-1');
  });

  it('adopts the new token a sign-in answer carries', async () => {
    const tokens: (string | undefined)[] = [];
    useFetch(async (_url, init) => {
      tokens.push((init?.headers as Record<string, string>)['X-CSRF-TOKEN']);
      return new Response(JSON.stringify({ authenticated: true, csrfToken: 'after-sign-in', user: null }), { status: 200 });
    });
    rememberSession({ authenticated: false, csrfToken: 'before', user: null, twoFactorRequired: false });
    await api.post('/api/session/sign-in', {});
    await api.post('/api/session/sign-out');
    expect(tokens).toEqual(['before', 'after-sign-in']);
  });

  it('throws ApiError with the server problem on failure and a network problem when offline', async () => {
    useFetch(async () => new Response(JSON.stringify({ code: 'locked_out', title: 'Вход временно заблокирован' }), { status: 423 }));
    await expect(api.post('/api/session/sign-in', {})).rejects.toMatchObject({ status: 423, code: 'locked_out' });
    useFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/api/session')).rejects.toMatchObject({ code: 'network_error' });
  });

  it('takes a fresh anti-forgery token and retries once when the session changed elsewhere', async () => {
    const calls: string[] = [];
    useFetch(async (url, init) => {
      calls.push(`${init?.method} ${url} ${(init?.headers as Record<string, string>)['X-CSRF-TOKEN'] ?? ''}`.trim());
      if (url === '/api/session') return new Response(JSON.stringify({ authenticated: false, csrfToken: 'fresh', user: null }), { status: 200 });
      const token = (init?.headers as Record<string, string>)['X-CSRF-TOKEN'];
      return token === 'fresh'
        ? new Response('{}', { status: 200 })
        : new Response(JSON.stringify({ code: 'csrf_invalid', title: 'Страница устарела' }), { status: 400 });
    });
    rememberSession({ authenticated: true, csrfToken: 'stale', user: null, twoFactorRequired: false });
    await api.post('/api/session/sign-in', {});
    expect(calls).toEqual(['POST /api/session/sign-in stale', 'GET /api/session', 'POST /api/session/sign-in fresh']);
  });
});

describe('an ended session', () => {
  it('tells the listeners when the server says nobody is signed in, and only then', async () => {
    let told = 0;
    const stop = onUnauthenticated(() => told++);
    useFetch(async () => new Response(JSON.stringify({ code: 'unauthenticated', title: 'Нужно войти в систему' }), { status: 401 }));
    await expect(api.get('/api/organizations/x')).rejects.toBeInstanceOf(ApiError);
    expect(told).toBe(1);
    useFetch(async () => new Response(JSON.stringify({ code: 'invalid_credentials', title: 'Неверный логин или пароль' }), { status: 401 }));
    await expect(api.post('/api/session/sign-in', {})).rejects.toBeInstanceOf(ApiError);
    expect(told).toBe(1);
    stop();
    useFetch(async () => new Response(JSON.stringify({ code: 'unauthenticated', title: 'Нужно войти в систему' }), { status: 401 }));
    await expect(api.get('/api/organizations/x')).rejects.toBeInstanceOf(ApiError);
    expect(told).toBe(1);
  });

  it('signs in again and comes back to the same page, query included', () => {
    expect(signInAgainPath('/org/1/chats/2', '?message=5')).toBe('/login?next=%2Forg%2F1%2Fchats%2F2%3Fmessage%3D5&expired=1');
    expect(signInAgainPath('/login', '?next=%2Forg')).toBeNull();
  });
});
