/** A signed-in HTTP session against /api (cookie kept by hand) for test setup and for asserting refusals. */
export interface Reply<T = any> {
  status: number;
  body: T;
}

export class ApiSession {
  private cookie = '';
  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    const s = new ApiSession(baseUrl);
    const res = await s.call('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return s;
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    // Writes always carry a JSON body, as the browser UI sends them (the server refuses other content types).
    const payload = body === undefined && method !== 'GET' ? {} : body;
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep text */
    }
    return { status: res.status, body: parsed as T };
  }

  async ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.call<T>(method, path, body);
    if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/** Polls `fn` until it returns a truthy value; bounded, no fixed sleeps in assertions. */
export async function until<T>(fn: () => Promise<T | undefined | null | false>, what: string, tries = 100, everyMs = 100): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
