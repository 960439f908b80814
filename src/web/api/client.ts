/**
 * The one place the browser talks to the API: JSON in and out, the session cookie travels with
 * every request, and a failure becomes an ApiError carrying the server's stable code. A 401
 * UNAUTHENTICATED (session gone or expired) also tells the session holder, which sends the user
 * back to the sign-in page.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The error body's `details` (e.g. the blocking rule of a workflow action), when given. */
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

let unauthenticatedListener: (() => void) | null = null;

/** Registers the callback run when any request answers 401 UNAUTHENTICATED. */
export function onUnauthenticated(listener: (() => void) | null): void {
  unauthenticatedListener = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const { code, message, details } = readError(data);
    const error = new ApiError(response.status, code ?? (response.status >= 500 ? 'INTERNAL' : 'HTTP_' + response.status), message ?? '', details);
    if (response.status === 401 && error.code === 'UNAUTHENTICATED') unauthenticatedListener?.();
    throw error;
  }
  return data as T;
}

export function readError(data: unknown): { code?: string; message?: string; details?: Record<string, unknown> } {
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const details = record['details'];
  return {
    ...(typeof record['code'] === 'string' ? { code: record['code'] } : {}),
    ...(typeof record['message'] === 'string' ? { message: record['message'] } : {}),
    ...(typeof details === 'object' && details !== null ? { details: details as Record<string, unknown> } : {}),
  };
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
