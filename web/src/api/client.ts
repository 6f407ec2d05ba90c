import type { ProblemDetails, SessionDto } from './types';

/** A failed call, carrying the server's ProblemDetails so forms can show messages beside their fields. */
export class ApiError extends Error implements ProblemDetails {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string | null;
  readonly errors: Record<string, string[]>;

  constructor(problem: ProblemDetails) {
    super(problem.title);
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? {};
  }

  /** The first message for a field, if the server sent one. */
  field(name: string): string | undefined {
    return this.errors[name]?.[0];
  }
}

const networkProblem: ProblemDetails = {
  status: 0,
  code: 'network_error',
  title: 'Нет связи с сервером. Проверьте подключение к интернету и повторите.',
};

/** Turns any non-2xx answer into ProblemDetails, also when the body is not JSON (a proxy's error page). */
export function toProblem(status: number, body: string): ProblemDetails {
  try {
    const parsed = JSON.parse(body) as Partial<ProblemDetails>;
    if (parsed && typeof parsed === 'object' && typeof parsed.code === 'string') {
      return {
        status,
        code: parsed.code,
        title: parsed.title ?? 'Ошибка',
        detail: parsed.detail,
        errors: parsed.errors,
      };
    }
  } catch {
    // not JSON: fall through
  }
  return { status, code: 'http_' + status, title: `Сервер ответил ошибкой ${status}. Повторите позже.` };
}

let csrfToken = '';

/** Remembers the anti-forgery token from the latest session answer; sent on every state-changing call. */
export function rememberSession(session: SessionDto): SessionDto {
  csrfToken = session.csrfToken;
  return session;
}

export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-TOKEN': csrfToken } : {};
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
let fetcher: FetchLike = (input, init) => fetch(input, init);

/** For tests: replaces the network. */
export function useFetch(replacement: FetchLike): void {
  fetcher = replacement;
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  try {
    return await send<T>(method, url, body);
  } catch (error) {
    // The session changed in another tab (signed out or in): take a fresh token and try once more.
    if (!(error instanceof ApiError) || error.code !== 'csrf_invalid') throw error;
    await send<SessionDto>('GET', '/api/session');
    return await send<T>(method, url, body);
  }
}

async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, csrfHeader());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetcher(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(networkProblem);
  }
  const text = await response.text();
  if (!response.ok) {
    const problem = toProblem(response.status, text);
    if (problem.code === 'unauthenticated') for (const listener of unauthenticatedListeners) listener();
    throw new ApiError(problem);
  }
  const result = (text ? JSON.parse(text) : undefined) as T;
  if (result && typeof result === 'object' && 'csrfToken' in result) rememberSession(result as unknown as SessionDto);
  return result;
}

const unauthenticatedListeners = new Set<() => void>();

/** Told whenever the server answers that nobody is signed in (a session that ended); returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * Where to sign in again after the session ended on `pathname` + `search`, coming back there afterwards;
 * null on the sign-in page itself.
 */
export function signInAgainPath(pathname: string, search: string): string | null {
  if (pathname === '/login') return null;
  return `/login?next=${encodeURIComponent(pathname + search)}&expired=1`;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  request,
};

/** Sends a form with a file through XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
      else reject(new ApiError(toProblem(xhr.status, xhr.responseText)));
    };
    xhr.onerror = () => reject(new ApiError(networkProblem));
    xhr.send(form);
  });
}
