import { Camunda8 } from '@camunda8/sdk';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServerProcess, ServerProcess } from '../../bench/server-process';
import { sdkBasicAuth } from '../../src/runtime/runtime-credential';

/**
 * Runs the built server as a child process, loads it with instances that wait on timers, jobs and
 * user tasks, kills it with SIGKILL mid-load, restarts it on the same data and checks that every
 * acknowledged instance, timer, job and task survived and that each timer fires exactly once.
 */
const processes = {
  timer: `<bpmn:process id="crash-timer" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>a</bpmn:outgoing></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="wait"><bpmn:incoming>a</bpmn:incoming><bpmn:outgoing>b</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="fired"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="a" sourceRef="s" targetRef="wait"/><bpmn:sequenceFlow id="b" sourceRef="wait" targetRef="fired"/></bpmn:process>`,
  job: `<bpmn:process id="crash-job" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>a</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="crash-work"/></bpmn:extensionElements><bpmn:incoming>a</bpmn:incoming><bpmn:outgoing>b</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="done"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="a" sourceRef="s" targetRef="work"/><bpmn:sequenceFlow id="b" sourceRef="work" targetRef="done"/></bpmn:process>`,
  task: `<bpmn:process id="crash-task" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>a</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="decide"><bpmn:extensionElements><zeebe:userTask/><zeebe:assignmentDefinition candidateGroups="officers"/></bpmn:extensionElements><bpmn:incoming>a</bpmn:incoming><bpmn:outgoing>b</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="decided"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="a" sourceRef="s" targetRef="decide"/><bpmn:sequenceFlow id="b" sourceRef="decide" targetRef="decided"/></bpmn:process>`,
};
const xml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">${body}</bpmn:definitions>`;

const DAY = 86_400_000;
const consistency = { consistency: { waitUpToMs: 0 } } as const;

function client({ url, credential }: ServerProcess): any {
  // One attempt per request: after the kill, calls must fail at once instead of retrying.
  return new Camunda8({ ZEEBE_REST_ADDRESS: url, ...sdkBasicAuth(credential), CAMUNDA_SDK_LOG_LEVEL: 'error', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1 } as never).getOrchestrationClusterApiClient();
}

/** The search's total for a process and state: answered from the instance counters, which commit with the rows. */
async function totalOf(api: any, processDefinitionId: string, state: string): Promise<number> {
  return Number((await api.searchProcessInstances({ filter: { processDefinitionId, state }, page: { from: 0, limit: 1 } }, consistency)).page.totalItems);
}

/** Every process and state's total equals the rows a full scan finds (the counters did not drift in the crash). */
async function expectTotalsMatchRows(api: any, ids: string[]): Promise<void> {
  for (const id of ids) {
    for (const state of ['ACTIVE', 'COMPLETED', 'TERMINATED']) expect({ id, state, total: await totalOf(api, id, state) }).toEqual({ id, state, total: (await searchAll(api, id, state)).length });
  }
}

async function searchAll(api: any, processDefinitionId: string, state?: string): Promise<string[]> {
  const keys: string[] = [];
  for (let from = 0; ; from += 500) {
    const res = await api.searchProcessInstances({ filter: { processDefinitionId, ...(state ? { state } : {}) }, page: { from, limit: 500 } }, consistency);
    keys.push(...res.items.map((i: any) => String(i.processInstanceKey)));
    if (res.items.length < 500) return keys;
  }
}

describe('crash recovery (SIGKILL mid-load)', () => {
  let dir: string;
  let server: ServerProcess | undefined;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-crash-'));
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  jest.setTimeout(180_000);

  it('loses no acknowledged instance, timer, job or user task, and fires every timer once', async () => {
    // given a server with three processes and a pinned clock
    server = await startServerProcess(dir);
    const loadApi = client(server);
    let api = loadApi;
    for (const [name, body] of Object.entries(processes)) {
      await api.createDeployment({ resources: [new File([xml(body)], `${name}.bpmn`)] });
    }
    const t0 = Date.now() + 365 * DAY;
    await api.pinClock({ timestamp: t0 });

    // when instances are being created and jobs activated, and the server is killed mid-load
    const acknowledged: Record<string, string[]> = { 'crash-timer': [], 'crash-job': [], 'crash-task': [] };
    const activatedBeforeCrash: string[] = [];
    let killed = false;
    let lanesRunning = 24;
    const failuresBeforeCrash: unknown[] = [];
    const ids = Object.keys(acknowledged);
    const load = Array.from({ length: 24 }, async (_, lane) => {
      for (let i = 0; !killed; i++) {
        const id = ids[(lane + i) % ids.length];
        try {
          const res = await loadApi.createProcessInstance({ processDefinitionId: id });
          acknowledged[id].push(String(res.processInstanceKey));
          if (id === 'crash-job' && i % 5 === 0) {
            const jobs = await loadApi.activateJobs({ type: 'crash-work', maxJobsToActivate: 2, timeout: 60_000, worker: 'before-crash', requestTimeout: -1 });
            activatedBeforeCrash.push(...jobs.jobs.map((j: any) => String(j.jobKey)));
          }
        } catch (err) {
          if (!killed) failuresBeforeCrash.push(err);
          break; // the server is gone
        }
      }
      lanesRunning--;
    });
    while (lanesRunning > 0 && Object.values(acknowledged).reduce((n, l) => n + l.length, 0) < 300) await new Promise((r) => setTimeout(r, 5));
    expect(failuresBeforeCrash).toEqual([]);
    server.child.kill('SIGKILL');
    killed = true;
    await Promise.all(load);
    await server.stop();

    // then, after a restart on the same data, everything acknowledged is there
    server = await startServerProcess(dir);
    api = client(server);
    for (const id of ids) {
      const active = new Set(await searchAll(api, id, 'ACTIVE'));
      for (const key of acknowledged[id]) expect(active.has(key)).toBe(true);
    }
    const tasks = await api.searchUserTasks({ filter: { state: 'CREATED' }, page: { from: 0, limit: 1000 } }, consistency);
    const taskInstances = new Set(tasks.items.map((t: any) => String(t.processInstanceKey)));
    for (const key of acknowledged['crash-task']) expect(taskInstances.has(key)).toBe(true);
    expect(activatedBeforeCrash.length).toBeGreaterThan(0);
    await expectTotalsMatchRows(api, ids);

    // and the pinned clock survived: nothing fired early; moving it fires every timer, once
    expect(await searchAll(api, 'crash-timer', 'COMPLETED')).toEqual([]);
    await api.pinClock({ timestamp: t0 + 31 * DAY });
    const completedTimers = await searchAll(api, 'crash-timer', 'COMPLETED');
    expect(new Set(completedTimers).size).toBe(completedTimers.length);
    for (const key of acknowledged['crash-timer']) expect(completedTimers).toContain(key);
    expect(await searchAll(api, 'crash-timer', 'ACTIVE')).toEqual([]);

    // jobs activated before the crash time out and are handed out again (at-least-once, as in Zeebe)
    const jobKeys = new Set<string>();
    for (;;) {
      const res = await api.activateJobs({ type: 'crash-work', maxJobsToActivate: 200, timeout: 60_000, worker: 'after-crash', requestTimeout: -1 });
      if (res.jobs.length === 0) break;
      for (const job of res.jobs) {
        jobKeys.add(String(job.jobKey));
        await api.completeJob({ jobKey: job.jobKey, variables: {} });
      }
    }
    for (const key of activatedBeforeCrash) expect(jobKeys.has(key)).toBe(true);
    const completedJobs = await searchAll(api, 'crash-job', 'COMPLETED');
    for (const key of acknowledged['crash-job']) expect(completedJobs).toContain(key);
    await expectTotalsMatchRows(api, ids);
  });
});
