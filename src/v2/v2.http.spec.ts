import { startEmbeddedRuntime, TestRuntime } from '../../test/support/embedded-runtime';

/** What the SDK cannot send: raw HTTP edge cases of the /v2 surface, all answered as RFC 9457 problems. */
describe('v2 HTTP edges', () => {
  let rt: TestRuntime;

  beforeAll(async () => {
    rt = await startEmbeddedRuntime();
  });

  afterAll(async () => {
    await rt?.stop();
  });

  const call = (method: string, path: string, body?: string, contentType = 'application/json') =>
    fetch(`${rt.url}${path}`, { method, body, headers: body === undefined ? rt.headers : { ...rt.headers, 'content-type': contentType } });

  async function problemOf(res: Response) {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await res.json()) as { type: string; title: string; status: number; detail: string; instance: string };
  }

  it('answers malformed JSON with a 400 problem', async () => {
    // when
    const res = await call('POST', '/v2/process-instances', '{"processDefinitionId": ');

    // then
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem).toEqual(expect.objectContaining({ type: 'about:blank', title: 'INVALID_ARGUMENT', status: 400, instance: '/v2/process-instances' }));
    expect(problem.detail).toMatch(/JSON/);
  });

  it('answers an unknown /v2 route with a 404 problem', async () => {
    // when
    const res = await call('GET', '/v2/no-such-resource');

    // then
    expect(res.status).toBe(404);
    expect((await problemOf(res)).title).toBe('NOT_FOUND');
  });

  it('leaves errors outside /v2 to Nest (no problem+json there)', async () => {
    // when
    const res = await call('GET', '/not-v2/anything');

    // then
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type') ?? '').not.toMatch(/problem\+json/);
  });

  it('answers an oversized JSON body with a 413 problem', async () => {
    // when
    const res = await call('POST', '/v2/messages/publication', JSON.stringify({ name: 'm', variables: { blob: 'x'.repeat(11 * 1024 * 1024) } }));

    // then
    expect(res.status).toBe(413);
    expect((await problemOf(res)).title).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a malformed key in the path with a 400 problem naming the parameter', async () => {
    // when
    const res = await call('GET', '/v2/process-instances/abc');

    // then
    expect(res.status).toBe(400);
    expect((await problemOf(res)).detail).toContain('processInstanceKey');
  });

  it('answers an unknown key with a 404 problem', async () => {
    // when
    const res = await call('GET', '/v2/incidents/2251799813999999');

    // then
    expect(res.status).toBe(404);
    expect((await problemOf(res)).title).toBe('NOT_FOUND');
  });

  it('validates bodies with the DTO rules (missing required fields)', async () => {
    // when
    const res = await call('POST', '/v2/messages/publication', JSON.stringify({ correlationKey: 'x' }));

    // then
    expect(res.status).toBe(400);
    expect((await problemOf(res)).detail).toContain('name');
  });

  it('ends a long poll when its client disconnects, so no job goes to a caller that left', async () => {
    // given: a poller that gives up before any job exists
    const gone = new AbortController();
    const abandoned = fetch(`${rt.url}/v2/jobs/activation`, {
      method: 'POST', signal: gone.signal, headers: { ...rt.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'http-edge-abandoned', maxJobsToActivate: 1, timeout: 60000, requestTimeout: 30000 }),
    });
    await new Promise((r) => setTimeout(r, 50));

    // when
    gone.abort();
    await abandoned.catch(() => undefined);

    // then: a job created afterwards goes to the next caller, not to the one that left
    const xml = '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t"><bpmn:process id="http-edge-job" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>f</bpmn:outgoing></bpmn:startEvent><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/><bpmn:serviceTask id="t"><bpmn:extensionElements><zeebe:taskDefinition type="http-edge-abandoned"/></bpmn:extensionElements><bpmn:incoming>f</bpmn:incoming></bpmn:serviceTask></bpmn:process></bpmn:definitions>';
    const form = new FormData();
    form.append('resources', new Blob([xml]), 'http-edge-job.bpmn');
    expect((await fetch(`${rt.url}/v2/deployments`, { method: 'POST', body: form, headers: rt.headers })).status).toBe(200);
    expect((await call('POST', '/v2/process-instances', JSON.stringify({ processDefinitionId: 'http-edge-job' }))).status).toBe(200);
    const res = await call('POST', '/v2/jobs/activation', JSON.stringify({ type: 'http-edge-abandoned', maxJobsToActivate: 1, timeout: 60000, requestTimeout: 2000 }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { jobs: unknown[] }).jobs).toHaveLength(1);
  });

  it('returns the process XML as text/xml and 204 for a missing start form', async () => {
    // given
    const xml = '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t"><bpmn:process id="http-edge" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>f</bpmn:outgoing></bpmn:startEvent><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent></bpmn:process></bpmn:definitions>';
    const form = new FormData();
    form.append('resources', new Blob([xml]), 'http-edge.bpmn');
    const deployed = (await (await fetch(`${rt.url}/v2/deployments`, { method: 'POST', body: form, headers: rt.headers })).json()) as { deployments: Array<{ processDefinition: { processDefinitionKey: string } }> };
    const key = deployed.deployments[0].processDefinition.processDefinitionKey;

    // when
    const xmlRes = await call('GET', `/v2/process-definitions/${key}/xml`);
    const formRes = await call('GET', `/v2/process-definitions/${key}/form`);

    // then
    expect(xmlRes.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await xmlRes.text()).toBe(xml);
    expect(formRes.status).toBe(204);
  });
});
