import * as fs from 'node:fs';
import * as os from 'node:os';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { startEmbeddedRuntime, TestRuntime } from '../../../test/support/embedded-runtime';
import { serverModule } from '../../../test/support/native-loader';

// Nest is ESM: the DTOs and the hot path load through Node's loader, as the server does.
const { plainToInstance } = serverModule<typeof import('class-transformer')>('node_modules/class-transformer');
const { validate } = serverModule<typeof import('class-validator')>('node_modules/class-validator');
const { ActivateJobsDto, CompleteJobDto } = serverModule<typeof import('../dto/job.dto')>('src/v2/dto/job.dto.ts');
const { CreateProcessInstanceDto } = serverModule<typeof import('../dto/process-instance.dto')>('src/v2/dto/process-instance.dto.ts');
const { hotRoute, installRuntimeHotPath, plainlyValid } = serverModule<typeof import('./hot-path')>('src/v2/http/hot-path.ts');
const { Engine } = serverModule<typeof import('../../../engine')>('engine/index.ts');

const CREATE = hotRoute('POST', '/v2/process-instances')!;
const ACTIVATE = hotRoute('POST', '/v2/jobs/activation')!;
const COMPLETE = hotRoute('POST', '/v2/jobs/2251799813685301/completion')!;

/** Bodies of every shape a client might send, good and bad. */
const CREATE_BODIES: unknown[] = [
  { processDefinitionId: 'p' },
  { processDefinitionId: 'p', variables: { a: 1 } },
  { processDefinitionId: 'p', variables: { a: 1 }, tenantId: '<default>' },
  { processDefinitionId: 'p', variables: [] },
  { processDefinitionId: 'p', variables: null },
  { processDefinitionId: 'p', variables: 'x' },
  { processDefinitionId: '1bad id' },
  { processDefinitionId: '' },
  { processDefinitionId: 7 },
  { processDefinitionId: 'p', tenantId: 3 },
  { processDefinitionId: 'p', awaitCompletion: true },
  { processDefinitionKey: '2251799813685249' },
  { variables: { a: 1 } },
  {},
  [],
  null,
  'p',
];
const ACTIVATE_BODIES: unknown[] = [
  { type: 't', timeout: 1000, maxJobsToActivate: 5 },
  { type: 't', timeout: '1000', maxJobsToActivate: 5, worker: 'w', requestTimeout: 0, fetchVariable: ['a'], tenantIds: ['<default>'] },
  { type: 't', timeout: 1000, maxJobsToActivate: 5, requestTimeout: '-1' },
  { type: '', timeout: 1000, maxJobsToActivate: 5 },
  { type: 't', timeout: 0, maxJobsToActivate: 5 },
  { type: 't', timeout: 1.5, maxJobsToActivate: 5 },
  { type: 't', timeout: '10s', maxJobsToActivate: 5 },
  { type: 't', timeout: 1000, maxJobsToActivate: 0 },
  { type: 't', timeout: 1000, maxJobsToActivate: 2.5 },
  { type: 't', timeout: 1000, maxJobsToActivate: '5' },
  { type: 't', timeout: 1000, maxJobsToActivate: 5, fetchVariable: [1] },
  { type: 't', timeout: 1000, maxJobsToActivate: 5, tenantIds: 'x' },
  { type: 't', timeout: 1000, maxJobsToActivate: 5, worker: 5 },
  { type: 't', timeout: 1000, maxJobsToActivate: 5, requestTimeout: 'soon' },
  { type: 't', timeout: 1000, maxJobsToActivate: 5, extra: true },
  { timeout: 1000, maxJobsToActivate: 5 },
  null,
];
const COMPLETE_BODIES: unknown[] = [{}, { variables: { a: 1 } }, { variables: null }, { variables: [] }, { variables: 'x' }, { result: { corrections: {} } }, [], null];

async function dtoAccepts(dto: new () => object, body: unknown): Promise<boolean> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const errors = await validate(plainToInstance(dto, body), { whitelist: false, forbidUnknownValues: false });
  return errors.length === 0;
}

describe('v2 hot path: which requests it takes', () => {
  it('routes only the three hot commands', () => {
    expect(hotRoute('POST', '/v2/process-instances')).toEqual({ kind: 'create' });
    expect(hotRoute('POST', '/v2/jobs/activation')).toEqual({ kind: 'activate' });
    expect(hotRoute('POST', '/v2/jobs/42/completion')).toEqual({ kind: 'complete', jobKey: '42' });
    expect(hotRoute('GET', '/v2/process-instances')).toBeUndefined();
    expect(hotRoute('POST', '/v2/process-instances/search')).toBeUndefined();
    expect(hotRoute('POST', '/v2/jobs/abc/completion')).toBeUndefined();
    expect(hotRoute('POST', '/v2/process-instances?x=1')).toBeUndefined();
  });

  // The Nest DTOs are the one place that words validation errors: the hot path must never take a
  // body they would refuse.
  it.each([
    ['create', CREATE, CreateProcessInstanceDto, CREATE_BODIES],
    ['activate', ACTIVATE, ActivateJobsDto, ACTIVATE_BODIES],
    ['complete', COMPLETE, CompleteJobDto, COMPLETE_BODIES],
  ] as const)('is never looser than the %s DTO', async (_name, target, dto, bodies) => {
    let taken = 0;
    for (const body of bodies) {
      if (!plainlyValid(target, body)) continue;
      taken++;
      expect({ body, dtoAccepts: await dtoAccepts(dto, body) }).toEqual({ body, dtoAccepts: true });
    }
    expect(taken).toBeGreaterThan(0);
  });

  it('takes the bodies the SDK sends', () => {
    expect(plainlyValid(CREATE, { processDefinitionId: 'p', variables: { a: 1 } })).toBe(true);
    expect(plainlyValid(ACTIVATE, { type: 't', worker: 'w', timeout: 60000, maxJobsToActivate: 32, requestTimeout: 10000 })).toBe(true);
    expect(plainlyValid(COMPLETE, { variables: { ok: true } })).toBe(true);
  });
});

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="hot" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="t"><bpmn:extensionElements><zeebe:taskDefinition type="hot-job"/></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('v2 hot path over HTTP', () => {
  let rt: TestRuntime;

  beforeAll(async () => {
    rt = await startEmbeddedRuntime();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-hot-'));
    fs.writeFileSync(path.join(dir, 'hot.bpmn'), BPMN);
    await rt.deploy(path.join(dir, 'hot.bpmn'));
  });

  afterAll(async () => {
    await rt?.stop();
  });

  // Response bodies are checked by the assertions that follow.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = async (res: Response): Promise<any> => res.json();
  const post = (p: string, body: unknown) =>
    fetch(`${rt.url}${p}`, { method: 'POST', headers: { ...rt.headers, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('creates, activates and completes with the shapes Camunda answers', async () => {
    // when
    const created = await post('/v2/process-instances', { processDefinitionId: 'hot', variables: { n: 1 } });
    const body = await json(created);
    const activated = await post('/v2/jobs/activation', { type: 'hot-job', timeout: 60000, maxJobsToActivate: 10, requestTimeout: -1 });
    const { jobs } = await json(activated);
    const job = jobs.find((j: { processInstanceKey: string }) => j.processInstanceKey === body.processInstanceKey);
    const completed = await post(`/v2/jobs/${job.jobKey}/completion`, { variables: { done: true } });

    // then
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual(expect.objectContaining({ processDefinitionId: 'hot', processDefinitionVersion: 1, tenantId: '<default>' }));
    expect(body.processInstanceKey).toMatch(/^[0-9]+$/);
    expect(job.variables).toEqual({ n: 1 });
    expect(completed.status).toBe(204);
    const instance = await json(await fetch(`${rt.url}/v2/process-instances/${body.processInstanceKey}`, { headers: rt.headers }));
    expect(instance.state).toBe('COMPLETED');
  });

  it('answers engine errors as problems itself', async () => {
    // when
    const unknownJob = await post('/v2/jobs/2251799813699999/completion', {});
    const unknownProcess = await post('/v2/process-instances', { processDefinitionId: 'nope' });

    // then
    expect(unknownJob.status).toBe(404);
    expect(unknownJob.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await unknownJob.json()).toEqual(expect.objectContaining({ title: 'NOT_FOUND', instance: '/v2/jobs/2251799813699999/completion' }));
    expect(unknownProcess.status).toBe(404);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await post('/v2/jobs/activation', '{"type": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(expect.objectContaining({ title: 'INVALID_ARGUMENT', detail: expect.stringMatching(/not valid JSON/) }));
  });

  it('leaves what it does not take to the controllers, body intact', async () => {
    // when: an invalid field (Nest words the error) and an option the hot path does not serve
    const invalid = await post('/v2/jobs/activation', { type: 't', timeout: 1000, maxJobsToActivate: 0 });
    const awaited = await post('/v2/process-instances', { processDefinitionId: 'hot', awaitCompletion: false, variables: { n: 2 } });

    // then
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).detail).toMatch(/maxJobsToActivate/);
    expect(awaited.status).toBe(200);
    expect((await json(awaited)).processDefinitionId).toBe('hot');
  });
});

describe('v2 hot path and runtime access', () => {
  // A server whose own listener only says "fell through": what the hot path does not answer lands there.
  const CREDENTIAL = { user: 'runtime', password: 'pw-1', source: 'environment' as const };
  const RIGHT = { authorization: `Basic ${Buffer.from('runtime:pw-1').toString('base64')}` };
  async function serverWith() {
    const engine = await Engine.open({ filename: ':memory:' });
    const server = http.createServer((_req, res) => res.writeHead(418).end('fell through'));
    installRuntimeHotPath(server, engine, CREDENTIAL);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const stop = async () => {
      await new Promise((r) => server.close(r));
      await engine.close();
    };
    return { url, stop };
  }
  const create = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/v2/process-instances`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ processDefinitionId: 'none' }) });

  it('leaves callers without the runtime credential, or from a web page, to the access middleware', async () => {
    const s = await serverWith();
    try {
      // when
      const anonymous = await create(s.url);
      const wrong = await create(s.url, { authorization: `Basic ${Buffer.from('runtime:nope').toString('base64')}` });
      const fromPage = await create(s.url, { ...RIGHT, origin: 'http://evil.example' });
      const right = await create(s.url, RIGHT);

      // then
      expect(anonymous.status).toBe(418);
      expect(wrong.status).toBe(418);
      expect(fromPage.status).toBe(418);
      expect(right.status).toBe(404); // answered by the hot path: no such process
    } finally {
      await s.stop();
    }
  });

  it('leaves other routes and non-JSON bodies alone', async () => {
    const s = await serverWith();
    try {
      const search = await fetch(`${s.url}/v2/process-instances/search`, { method: 'POST', headers: { 'content-type': 'application/json', ...RIGHT }, body: '{}' });
      const text = await fetch(`${s.url}/v2/process-instances`, { method: 'POST', headers: { 'content-type': 'text/plain', ...RIGHT }, body: '{}' });
      expect(search.status).toBe(418);
      expect(text.status).toBe(418);
      expect((await create(s.url, RIGHT)).status).toBe(404);
    } finally {
      await s.stop();
    }
  });
});
