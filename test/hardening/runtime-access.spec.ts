import * as http from 'node:http';
import { ApiServer, signIn, startApiServer } from '../api/support/api-server';
import { deployFixtures, startCase } from '../api/support/fixtures';
import { basicAuthorization } from '../../src/runtime/runtime-credential';

/** Raw HTTP, so the Host header can be anything (fetch sets it from the URL). */
function rawRequest(url: string, options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method: options.method, path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.end(options.body);
  });
}

describe('/v2 answers only callers that prove they are not a web page', () => {
  let server: ApiServer;
  let authorization: string;

  beforeAll(async () => {
    server = await startApiServer();
    authorization = basicAuthorization(server.runtimeCredential);
  });
  afterAll(async () => server?.close());

  it('refuses the body-less text/plain POST a page can send without a preflight, and leaves the instance running', async () => {
    // given a running case
    const officer = await signIn(server, 'demo.officer');
    await deployFixtures(await signIn(server, 'demo.analyst'));
    const caseKey = await startCase(officer);

    // when a page on any origin (the browser adds Origin and Sec-Fetch-Site) or a plain loopback script tries to cancel it
    const fromPage = await fetch(`${server.url}/v2/process-instances/${caseKey}/cancellation`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' } });
    const anonymous = await fetch(`${server.url}/v2/process-instances/${caseKey}/cancellation`, { method: 'POST', headers: { 'content-type': 'text/plain' } });
    const pageWithCredential = await fetch(`${server.url}/v2/process-instances/${caseKey}/cancellation`, { method: 'POST', headers: { authorization, origin: 'http://evil.example' } });

    // then
    expect(fromPage.status).toBe(403);
    expect(fromPage.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(anonymous.status).toBe(401);
    expect(pageWithCredential.status).toBe(403);
    const instance = await fetch(`${server.url}/v2/process-instances/${caseKey}`, { headers: { authorization } });
    expect(((await instance.json()) as { state: string }).state).toBe('ACTIVE');
  });

  it('refuses the hot path the same way (instance creation without the credential)', async () => {
    const res = await fetch(`${server.url}/v2/process-instances`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ processDefinitionId: 'api-test-case' }) });
    expect(res.status).toBe(401);
  });

  it('answers a foreign Host on no route (DNS rebinding), and the right Host on each', async () => {
    for (const path of ['/', '/api/auth/me', '/api/docs', '/v2/topology']) {
      // when
      const foreign = await rawRequest(server.url, { method: 'GET', path, headers: { host: 'evil.example:8080', authorization } });
      const own = await rawRequest(server.url, { method: 'GET', path, headers: { host: new URL(server.url).host, authorization } });
      const localhost = await rawRequest(server.url, { method: 'GET', path, headers: { host: 'localhost', authorization } });

      // then
      expect(foreign.status).toBe(421);
      expect(JSON.parse(foreign.body)).toEqual(expect.objectContaining({ status: 421, detail: expect.stringContaining('evil.example') }));
      expect(own.status).not.toBe(421);
      expect(localhost.status).not.toBe(421);
    }
    // and the hot path too
    const hot = await rawRequest(server.url, { method: 'POST', path: '/v2/process-instances', headers: { host: 'evil.example', authorization, 'content-type': 'application/json' }, body: '{"processDefinitionId":"x"}' });
    expect(hot.status).toBe(421);
  });

  it('serves the credential-holding SDK clients: the server\'s own UI API reads the runtime through it', async () => {
    const officer = await signIn(server, 'demo.officer');
    expect((await officer.get('/api/tasks')).status).toBe(200);
  });
});
