import * as fs from 'node:fs';
import * as path from 'node:path';
import { createKeepAliveFetch, KeepAliveFetch } from '../../src/runtime/keep-alive-fetch';
import { CamundaClient, runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { eventually, fixture } from './support/helpers';
import { processId, Scenario } from './support/scenario';

/**
 * The product's workers and runtime client swap the SDK's fetch for the keep-alive one via
 * `client.configure({ fetch })`: everything else the client was built with must survive that call.
 */
describe('SDK client on the keep-alive fetch (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  let ka: KeepAliveFetch;
  let api: CamundaClient;
  /** Every request that went through the injected fetch, with its outcome. */
  const calls: Array<{ url: string; outcome: Promise<unknown> }> = [];
  /** Index of the first call made by the current test. */
  let firstNew = 0;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    ka = createKeepAliveFetch();
    // A client of its own (not the cached one the other helpers use), configured the way the product does it.
    api = rt.camunda.getOrchestrationClusterApiClient({}, { cached: false });
    const before = api.getConfig();
    api.configure({
      fetch: (input: Request | string | URL, init?: RequestInit) => {
        const outcome = ka.fetch(input, init);
        calls.push({ url: input instanceof Request ? input.url : String(input), outcome: outcome.catch((e: unknown) => e) });
        return outcome;
      },
    });
    const after = api.getConfig();
    // configure() re-hydrates the settings from the client's overrides and the environment: nothing may change.
    expect(after).toEqual(before);
    expect(after.restAddress).toContain(rt.url);
    expect(after.validation.res).toBe('strict');
  });

  beforeEach(() => {
    firstNew = calls.length;
  });

  afterAll(async () => {
    api?.stopAllWorkers();
    ka?.close();
    await rt?.stop();
  });

  it('deploys a multipart deployment and completes jobs with createJobWorker', async () => {
    // given
    const file = fixture('job-worker.bpmn');
    const deployment = await api.createDeployment({ resources: [new File([fs.readFileSync(file)], path.basename(file))] });
    expect(deployment.processes.map((p) => p.processDefinitionId)).toContain('conf-job-worker');
    const worker = api.createJobWorker({
      jobType: 'conf-worker-greet',
      workerName: 'keep-alive-worker',
      maxParallelJobs: 4,
      jobTimeoutMs: 30_000,
      pollTimeoutMs: 5_000,
      jobHandler: (job) => job.complete({ greeting: `merhaba ${String(job.variables.name)}` }),
    });
    try {
      // when
      const names = ['Ayşe', 'Deniz', 'Ege', 'Fatma', 'Gül'];
      const keys = await Promise.all(
        names.map(async (name) => (await api.createProcessInstance({ processDefinitionId: processId('conf-job-worker'), variables: { name } })).processInstanceKey),
      );

      // then
      for (const pik of keys) await s.completed(pik);
      const greetings = await Promise.all(keys.map(async (pik) => (await s.variables(pik)).greeting));
      expect(greetings).toEqual(names.map((n) => `merhaba ${n}`));
      expect(calls.some((c) => c.url.endsWith('/v2/deployments'))).toBe(true);
      expect(calls.some((c) => c.url.endsWith('/v2/jobs/activation'))).toBe(true);
      expect(calls.filter((c) => /\/v2\/jobs\/[^/]+\/completion$/.test(c.url))).toHaveLength(names.length);
    } finally {
      worker.stop();
    }
  });

  it('aborts the waiting long poll when the worker stops', async () => {
    // given: a worker whose long poll waits, since no job of its type exists
    const worker = api.createJobWorker({
      jobType: 'conf-keep-alive-nothing',
      workerName: 'keep-alive-idle',
      maxParallelJobs: 1,
      jobTimeoutMs: 30_000,
      pollTimeoutMs: 30_000,
      jobHandler: (job) => job.complete(),
    });
    const poll = await eventually(() => calls.slice(firstNew).find((c) => c.url.endsWith('/v2/jobs/activation')));

    // when
    const stoppedAt = Date.now();
    worker.stop();

    // then
    expect(await poll.outcome).toMatchObject({ name: 'AbortError' });
    expect(Date.now() - stoppedAt).toBeLessThan(2_000);
  });
});
