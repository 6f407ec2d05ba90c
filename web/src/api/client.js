/** A failed call, carrying the server's ProblemDetails so forms can show messages beside their fields. */
export class ApiError extends Error {
    status;
    code;
    title;
    detail;
    errors;
    constructor(problem) {
        super(problem.title);
        this.status = problem.status;
        this.code = problem.code;
        this.title = problem.title;
        this.detail = problem.detail;
        this.errors = problem.errors ?? {};
    }
    /** The first message for a field, if the server sent one. */
    field(name) {
        return this.errors[name]?.[0];
    }
}
const networkProblem = {
    status: 0,
    code: 'network_error',
    title: 'Нет связи с сервером. Проверьте подключение к интернету и повторите.',
};
/** Turns any non-2xx answer into ProblemDetails, also when the body is not JSON (a proxy's error page). */
export function toProblem(status, body) {
    try {
        const parsed = JSON.parse(body);
        if (parsed && typeof parsed === 'object' && typeof parsed.code === 'string') {
            return {
                status,
                code: parsed.code,
                title: parsed.title ?? 'Ошибка',
                detail: parsed.detail,
                errors: parsed.errors,
            };
        }
    }
    catch {
        // not JSON: fall through
    }
    return { status, code: 'http_' + status, title: `Сервер ответил ошибкой ${status}. Повторите позже.` };
}
let csrfToken = '';
/** Remembers the anti-forgery token from the latest session answer; sent on every state-changing call. */
export function rememberSession(session) {
    csrfToken = session.csrfToken;
    return session;
}
export function csrfHeader() {
    return csrfToken ? { 'X-CSRF-TOKEN': csrfToken } : {};
}
let fetcher = (input, init) => fetch(input, init);
/** For tests: replaces the network. */
export function useFetch(replacement) {
    fetcher = replacement;
}
export async function request(method, url, body) {
    try {
        return await send(method, url, body);
    }
    catch (error) {
        // The session changed in another tab (signed out or in): take a fresh token and try once more.
        if (!(error instanceof ApiError) || error.code !== 'csrf_invalid')
            throw error;
        await send('GET', '/api/session');
        return await send(method, url, body);
    }
}
async function send(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET')
        Object.assign(headers, csrfHeader());
    if (body !== undefined)
        headers['Content-Type'] = 'application/json';
    let response;
    try {
        response = await fetcher(url, {
            method,
            headers,
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    }
    catch {
        throw new ApiError(networkProblem);
    }
    const text = await response.text();
    if (!response.ok)
        throw new ApiError(toProblem(response.status, text));
    const result = (text ? JSON.parse(text) : undefined);
    if (result && typeof result === 'object' && 'csrfToken' in result)
        rememberSession(result);
    return result;
}
export const api = {
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    request,
};
/** Sends a form with a file through XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadForm(url, form, onProgress) {
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        for (const [name, value] of Object.entries(csrfHeader()))
            xhr.setRequestHeader(name, value);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.onprogress = (event) => {
            if (event.lengthComputable)
                onProgress(event.loaded / event.total);
        };
        xhr.onload = () => {
            if (xhr.status >= 200 && xhr.status < 300)
                resolve(JSON.parse(xhr.responseText));
            else
                reject(new ApiError(toProblem(xhr.status, xhr.responseText)));
        };
        xhr.onerror = () => reject(new ApiError(networkProblem));
        xhr.send(form);
    });
}
