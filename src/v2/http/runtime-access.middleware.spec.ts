import { runtimeAccess } from './runtime-access.middleware';

/** Drives the middleware with plain request/response objects shaped like express's. */
function call(remoteAddress: string, authorization?: string) {
  const res: any = { statusCode: 200, body: '', status(c: number) { this.statusCode = c; return this; }, type() { return this; }, send(b: string) { this.body = b; } };
  let passed = false;
  runtimeAccess()({ socket: { remoteAddress }, headers: { authorization }, originalUrl: '/v2/topology' } as any, res, () => (passed = true));
  return { passed, status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined };
}

describe('runtime API access', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('lets loopback callers in and refuses others with a problem detail', () => {
    delete process.env.YUKK_RUNTIME_USER;
    delete process.env.YUKK_RUNTIME_PASSWORD;
    expect(call('127.0.0.1').passed).toBe(true);
    expect(call('::1').passed).toBe(true);
    const remote = call('192.0.2.10');
    expect(remote).toMatchObject({ passed: false, status: 403, body: { title: 'FORBIDDEN', instance: '/v2/topology' } });
  });

  it('requires the runtime credentials from everyone once they are configured', () => {
    process.env.YUKK_RUNTIME_USER = 'runtime';
    process.env.YUKK_RUNTIME_PASSWORD = 's3cret:with-colon';
    const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
    expect(call('127.0.0.1').status).toBe(401);
    expect(call('192.0.2.10', basic('runtime', 'wrong')).status).toBe(401);
    expect(call('192.0.2.10', basic('runtime', 's3cret:with-colon')).passed).toBe(true);
  });
});
