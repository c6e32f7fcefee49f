import { ApiServer, signIn, startApiServer } from '../api/support/api-server';
import { deployFixtures } from '../api/support/fixtures';
import { basicAuthorization } from '../../src/runtime/runtime-credential';

/** `{"a":{"a":…}}` nested `depth` levels, as text: built without recursion. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('deep, oversized and malformed input answers 4xx problem details', () => {
  let server: ApiServer;
  let v2: (method: string, path: string, body?: string) => Promise<Response>;

  beforeAll(async () => {
    server = await startApiServer();
    await deployFixtures(await signIn(server, 'demo.analyst'));
    const authorization = basicAuthorization(server.runtimeCredential);
    v2 = (method, path, body) => fetch(`${server.url}${path}`, { method, body, headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } });
  });
  afterAll(async () => server?.close());

  async function expectProblem(res: Response | { status: number; headers: Headers; body: unknown }, status: number, detail: RegExp) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = res instanceof Response ? await res.json() : res.body;
    expect((body as { detail: string }).detail).toMatch(detail);
  }

  it('refuses variables nested 10,000 deep on /v2 (hot path and controllers) and /api/cases', async () => {
    const deep = nested(10_000);
    await expectProblem(await v2('POST', '/v2/process-instances', `{"processDefinitionId":"api-test-case","variables":{"v":${deep}}}`), 400, /nested too deeply/);
    await expectProblem(await v2('POST', '/v2/jobs/2251799813685249/completion', `{"variables":{"v":${deep}}}`), 400, /nested too deeply/);
    await expectProblem(await v2('POST', '/v2/messages/publication', `{"name":"m","correlationKey":"k","variables":{"v":${deep}}}`), 400, /nested too deeply/);
    const officer = await signIn(server, 'demo.officer');
    const res = await fetch(`${server.url}/api/cases`, { method: 'POST', headers: { cookie: officer.cookie!, 'content-type': 'application/json' }, body: `{"processDefinitionId":"api-test-case","variables":{"v":${deep}}}` });
    await expectProblem(res, 400, /nested too deeply/);
  });

  it('accepts ordinary nesting', async () => {
    const res = await v2('POST', '/v2/process-instances', `{"processDefinitionId":"api-test-case","variables":{"v":${nested(20)}}}`);
    expect(res.status).toBe(200);
  });

  it('refuses empty variable names and names with control characters', async () => {
    await expectProblem(await v2('POST', '/v2/process-instances', JSON.stringify({ processDefinitionId: 'api-test-case', variables: { '': 1 } })), 400, /must not be empty/);
    await expectProblem(await v2('POST', '/v2/process-instances', JSON.stringify({ processDefinitionId: 'api-test-case', variables: { 'a\u0000b': 1 } })), 400, /control characters/);
    const officer = await signIn(server, 'demo.officer');
    await expectProblem(await officer.post('/api/cases', { processDefinitionId: 'api-test-case', variables: { '': 1 } }), 400, /must not be empty/);
  });

  it('refuses keys at or above 2^63 with 400 on paths, in the hot path and in search filters', async () => {
    await expectProblem(await v2('GET', '/v2/process-instances/9223372036854775808'), 400, /64-bit/);
    await expectProblem(await v2('POST', '/v2/jobs/9999999999999999999/completion', '{}'), 400, /64-bit/);
    await expectProblem(await v2('POST', '/v2/process-instances/search', JSON.stringify({ filter: { processInstanceKey: '9999999999999999999' } })), 400, /2\^63/);
    const manager = await signIn(server, 'demo.manager');
    await expectProblem(await manager.get('/api/monitor/instances/99999999999999999999999'), 400, /64-bit/);
    // the largest key is a key (nothing there)
    expect((await v2('GET', '/v2/process-instances/9223372036854775807')).status).toBe(404);
  });
});
