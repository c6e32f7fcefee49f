import { OrchestrationLifters } from '@camunda8/sdk';
import type { CamundaClient, TestRuntime } from '../../support/embedded-runtime';
import { eventually, fixture, NOW } from './helpers';

type Api = CamundaClient;
type Job = Awaited<ReturnType<Api['activateJobs']>>['jobs'][number];
type ProcessInstanceKey = Awaited<ReturnType<Api['createProcessInstance']>>['processInstanceKey'];

export const processId = (id: string) => OrchestrationLifters.ProcessDefinitionId.assumeExists(id);

/** Small, intention-named steps over the SDK client, shared by the conformance specs. */
export class Scenario {
  constructor(readonly rt: TestRuntime) {}

  get api(): Api {
    return this.rt.api;
  }

  async deploy(...fixtures: string[]) {
    return this.rt.deploy(...fixtures.map(fixture));
  }

  async start(bpmnProcessId: string, variables: Record<string, unknown> = {}): Promise<ProcessInstanceKey> {
    const created = await this.api.createProcessInstance({ processDefinitionId: processId(bpmnProcessId), variables });
    return created.processInstanceKey;
  }

  /** Activates one job of `type` (no long polling: the job is expected to exist or appear shortly). */
  async job(type: string, options: { timeoutMs?: number } = {}): Promise<Job> {
    return eventually(async () => {
      const { jobs } = await this.api.activateJobs({ type, maxJobsToActivate: 1, timeout: 60_000, worker: 'conformance', requestTimeout: -1 });
      return jobs[0];
    }, options);
  }

  /** Activates every currently available job of `type` (up to max). */
  async jobs(type: string, count: number): Promise<Job[]> {
    const found: Job[] = [];
    await eventually(async () => {
      const { jobs } = await this.api.activateJobs({ type, maxJobsToActivate: count - found.length, timeout: 60_000, worker: 'conformance', requestTimeout: -1 });
      found.push(...jobs);
      return found.length >= count;
    });
    return found;
  }

  async noJob(type: string): Promise<boolean> {
    const { jobs } = await this.api.activateJobs({ type, maxJobsToActivate: 1, timeout: 1000, worker: 'conformance', requestTimeout: -1 });
    return jobs.length === 0;
  }

  async complete(job: Job, variables: Record<string, unknown> = {}): Promise<void> {
    await this.api.completeJob({ jobKey: job.jobKey, variables });
  }

  async instance(processInstanceKey: ProcessInstanceKey) {
    return this.api.getProcessInstance({ processInstanceKey }, NOW);
  }

  async state(processInstanceKey: ProcessInstanceKey): Promise<string> {
    return (await this.instance(processInstanceKey)).state;
  }

  async completed(processInstanceKey: ProcessInstanceKey): Promise<void> {
    await eventually(async () => (await this.state(processInstanceKey)) === 'COMPLETED');
  }

  /** Root-scope variables of an instance, values parsed from Camunda's JSON text. */
  async variables(processInstanceKey: ProcessInstanceKey): Promise<Record<string, unknown>> {
    const res = await this.api.searchVariables({ filter: { processInstanceKey, scopeKey: OrchestrationLifters.ScopeKey.assumeExists(processInstanceKey) }, page: { limit: 1000 } }, NOW);
    return Object.fromEntries(res.items.map((v) => [v.name, JSON.parse(v.value) as unknown]));
  }

  async elements(processInstanceKey: ProcessInstanceKey, filter: Record<string, unknown> = {}) {
    const res = await this.api.searchElementInstances({ filter: { processInstanceKey, ...filter }, sort: [{ field: 'elementInstanceKey', order: 'ASC' }], page: { limit: 1000 } } as never, NOW);
    return res.items ?? [];
  }

  /** Element ids in their activation order, optionally only those in a state. */
  async path(processInstanceKey: ProcessInstanceKey, state?: 'ACTIVE' | 'COMPLETED' | 'TERMINATED'): Promise<string[]> {
    const items = await this.elements(processInstanceKey, state ? { state } : {});
    return items.map((e) => e.elementId as string);
  }

  async activeElements(processInstanceKey: ProcessInstanceKey): Promise<string[]> {
    return this.path(processInstanceKey, 'ACTIVE');
  }

  async incidents(processInstanceKey: ProcessInstanceKey, state: 'ACTIVE' | 'RESOLVED' = 'ACTIVE') {
    const res = await this.api.searchIncidents({ filter: { processInstanceKey, state } }, NOW);
    return res.items ?? [];
  }

  async incident(processInstanceKey: ProcessInstanceKey) {
    return eventually(async () => (await this.incidents(processInstanceKey))[0]);
  }

  async userTask(processInstanceKey: ProcessInstanceKey, elementId?: string) {
    return eventually(async () => {
      const res = await this.api.searchUserTasks({ filter: { processInstanceKey, state: 'CREATED', ...(elementId ? { elementId: OrchestrationLifters.ElementId.assumeExists(elementId) } : {}) } }, NOW);
      return res.items?.[0];
    });
  }

  async pinClock(epochMs: number): Promise<void> {
    await this.api.pinClock({ timestamp: epochMs });
  }
}
