import type { ProblemDetails } from '@vardflata/contracts';

/**
 * The one HTTP client of the web app. It sends the session cookie (same origin), the CSRF
 * token on every state-changing request, and turns RFC 9457 problem details into ApiError.
 */

export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The first message the server gave for a field (path `x`, or `x[0]`, `x.y`…). */
  fieldError(path: string): string | undefined {
    return this.fieldErrors.find(
      (e) => e.path === path || e.path.startsWith(`${path}[`) || e.path.startsWith(`${path}.`),
    )?.message;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 outside the sign-in routes: the session has ended. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isProblem(value: unknown): value is ProblemDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (STATE_CHANGING.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'network', status: 0 });
  }

  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }

  if (!response.ok) {
    const problem: ProblemDetails = isProblem(payload)
      ? payload
      : { type: 'about:blank', title: response.statusText || 'error', status: response.status };
    if (response.status === 401 && !path.startsWith('/api/auth/') && onUnauthorized) {
      onUnauthorized();
    }
    throw new ApiError(problem);
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
