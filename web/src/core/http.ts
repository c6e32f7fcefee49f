/** fetch wrapper for /api: JSON in and out, problem details (RFC 9457) turned into ApiError. */
export interface LintMessage {
  resource: string;
  elementId: string | null;
  rule: string;
  category: 'error' | 'warn' | 'warning' | 'info' | string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: { title?: string; detail?: string; lint?: LintMessage[]; errors?: { property: string; messages: string[] }[] } = {},
    /** Seconds from a Retry-After header (429), when given. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

/** Called on 401 so the shell can send the user to the sign-in page. */
let onUnauthorized: () => void = () => undefined;
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

export async function request<T>(method: string, path: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, (err as Error).message);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = { detail: text };
  }
  if (!res.ok) {
    const problem = (data ?? {}) as ApiError['body'];
    if (res.status === 401 && !opts.quiet401) onUnauthorized();
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new ApiError(res.status, problem.detail ?? problem.title ?? res.statusText, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return data as T;
}

export const get = <T>(path: string, opts?: { quiet401?: boolean }) => request<T>('GET', path, undefined, opts);
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});

export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
