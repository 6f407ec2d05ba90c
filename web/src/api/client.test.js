import { describe, expect, it } from 'vitest';
import { api, ApiError, rememberSession, toProblem, useFetch } from './client';
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
        const seen = [];
        useFetch(async (_url, init) => {
            seen.push((init?.headers ?? {}));
            return new Response('{}', { status: 200 });
        });
        rememberSession({ authenticated: false, csrfToken: 'token-1', user: null, twoFactorRequired: false });
        await api.get('/api/reference/regions');
        await api.post('/api/session/sign-in', { login: 'a', password: 'b' });
        expect(seen[0]['X-CSRF-TOKEN']).toBeUndefined();
        expect(seen[1]['X-CSRF-TOKEN']).toBe('token-1');
    });
    it('adopts the new token a sign-in answer carries', async () => {
        const tokens = [];
        useFetch(async (_url, init) => {
            tokens.push((init?.headers)['X-CSRF-TOKEN']);
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
        const calls = [];
        useFetch(async (url, init) => {
            calls.push(`${init?.method} ${url} ${(init?.headers)['X-CSRF-TOKEN'] ?? ''}`.trim());
            if (url === '/api/session')
                return new Response(JSON.stringify({ authenticated: false, csrfToken: 'fresh', user: null }), { status: 200 });
            const token = (init?.headers)['X-CSRF-TOKEN'];
            return token === 'fresh'
                ? new Response('{}', { status: 200 })
                : new Response(JSON.stringify({ code: 'csrf_invalid', title: 'Страница устарела' }), { status: 400 });
        });
        rememberSession({ authenticated: true, csrfToken: 'stale', user: null, twoFactorRequired: false });
        await api.post('/api/session/sign-in', {});
        expect(calls).toEqual(['POST /api/session/sign-in stale', 'GET /api/session', 'POST /api/session/sign-in fresh']);
    });
});
