import { runtimeAccess } from './runtime-access.middleware';

const CREDENTIAL = { user: 'runtime', password: 's3cret:with-colon', source: 'environment' as const };
const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;

/** Drives the middleware with plain request/response objects shaped like express's. */
function call(remoteAddress: string, headers: Record<string, string | undefined> = {}) {
  const res: any = { statusCode: 200, body: '', headers: {} as Record<string, string>, status(c: number) { this.statusCode = c; return this; }, type() { return this; }, setHeader(k: string, v: string) { this.headers[k] = v; }, send(b: string) { this.body = b; } };
  let passed = false;
  runtimeAccess(CREDENTIAL)({ socket: { remoteAddress }, headers, originalUrl: '/v2/topology?x=1' } as any, res, () => (passed = true));
  return { passed, status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
}

describe('runtime API access', () => {
  it('refuses loopback callers without the credential: a browser page on this host is one too', () => {
    const anonymous = call('127.0.0.1');
    expect(anonymous).toMatchObject({ passed: false, status: 401, body: { title: 'UNAUTHENTICATED', instance: '/v2/topology' } });
    expect(anonymous.headers['WWW-Authenticate']).toMatch(/^Basic /);
    expect(call('::1', { authorization: basic('runtime', 'wrong') }).status).toBe(401);
  });

  it('lets in the runtime credential from anywhere, the scheme in any case', () => {
    expect(call('192.0.2.10', { authorization: basic('runtime', 's3cret:with-colon') }).passed).toBe(true);
    expect(call('127.0.0.1', { authorization: basic('runtime', 's3cret:with-colon').replace('Basic', 'basic') }).passed).toBe(true);
  });

  it('refuses requests a web page sends, even with the credential (a cached Basic login)', () => {
    const right = basic('runtime', 's3cret:with-colon');
    expect(call('127.0.0.1', { authorization: right, origin: 'http://evil.example' })).toMatchObject({ passed: false, status: 403 });
    expect(call('127.0.0.1', { authorization: right, 'sec-fetch-site': 'cross-site' })).toMatchObject({ passed: false, status: 403 });
    expect(call('127.0.0.1', { authorization: right, 'sec-fetch-site': 'same-origin' })).toMatchObject({ passed: false, status: 403 });
  });
});
