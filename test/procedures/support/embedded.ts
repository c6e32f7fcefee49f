/**
 * In-process driver for the embedded engine: deploys processes/ and forms/, runs the real job handlers of
 * workers/job-types.ts, completes user tasks and publishes messages. A smoke tier below the SDK scenarios.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine, EngineClock } from '../../../engine';
import { searchIncidents, searchUserTasks, searchVariables, searchElementInstances } from '../../../engine/query';
import { JOB_TYPES } from '../../../workers/job-types';
import { SqliteOutbox } from '../../../workers/notifications/outbox';
import { BpmnError, JobHandler } from '../../../workers/support/job';

const ROOT = path.join(__dirname, '..', '..', '..');

export class Harness {
  readonly outbox = new SqliteOutbox(':memory:');
  private handlers = new Map<string, JobHandler>();
  readonly log: string[] = [];

  private constructor(readonly engine: Engine, readonly clock: EngineClock) {
    for (const def of JOB_TYPES) this.handlers.set(def.type, def.handler({ outbox: this.outbox, now: () => this.engine.now() }));
  }

  static async start(nowIso: string): Promise<Harness> {
    const clock = new EngineClock();
    const engine = await Engine.open({ filename: ':memory:', clock });
    await engine.pinClock(Date.parse(nowIso));
    const h = new Harness(engine, clock);
    const resources = [
      ...fs.readdirSync(path.join(ROOT, 'processes')).filter((f) => f.endsWith('.bpmn')).map((f) => ({ name: f, content: fs.readFileSync(path.join(ROOT, 'processes', f)) })),
      ...fs.readdirSync(path.join(ROOT, 'forms')).filter((f) => f.endsWith('.form')).map((f) => ({ name: f, content: fs.readFileSync(path.join(ROOT, 'forms', f)) })),
    ];
    await engine.deploy(resources);
    return h;
  }

  async create(processId: string, variables: Record<string, unknown>): Promise<string> {
    const r = await this.engine.createProcessInstance({ processDefinitionId: processId, variables });
    await this.settle();
    return r.processInstanceKey;
  }

  /** Runs jobs until none is left. */
  async settle(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      let worked = false;
      for (const [type, handler] of this.handlers) {
        const jobs = await this.engine.activateJobs({ type, timeout: 60_000, maxJobsToActivate: 50, requestTimeout: -1, worker: 'smoke' });
        for (const job of jobs) {
          worked = true;
          try {
            const vars = await handler({ variables: job.variables, customHeaders: job.customHeaders, jobKey: job.jobKey, processInstanceKey: job.processInstanceKey, elementId: job.elementId });
            this.log.push(`${job.elementId} ✓`);
            await this.engine.completeJob(job.jobKey, vars);
          } catch (e) {
            if (e instanceof BpmnError) {
              this.log.push(`${job.elementId} error ${e.errorCode}`);
              await this.engine.throwJobError(job.jobKey, { errorCode: e.errorCode, errorMessage: e.message, variables: e.variables });
            } else {
              this.log.push(`${job.elementId} FAIL ${(e as Error).message}`);
              await this.engine.failJob(job.jobKey, { retries: 0, errorMessage: (e as Error).message });
            }
          }
        }
      }
      if (!worked) return;
    }
  }

  openTasks(): Array<{ userTaskKey: string; elementId: string; candidateGroups: string[]; processInstanceKey: string; processDefinitionId: string }> {
    return searchUserTasks(this.engine.db as never, { filter: { state: 'CREATED' }, page: { limit: 100 } }).items;
  }

  /** `elementId`, or `processId:elementId` when several processes use the same id. */
  async complete(ref: string, variables: Record<string, unknown> = {}): Promise<void> {
    const [processId, elementId] = ref.includes(':') ? ref.split(':') : [undefined, ref];
    const task = this.openTasks().find((t) => t.elementId === elementId && (!processId || t.processDefinitionId === processId));
    if (!task) throw new Error(`no open user task ${elementId}; open: ${this.openTasks().map((t) => t.elementId).join(', ')}; incidents: ${JSON.stringify(this.incidents())}`);
    await this.engine.completeUserTask(task.userTaskKey, { variables });
    await this.settle();
  }

  async publish(name: string, correlationKey: string, variables: Record<string, unknown> = {}): Promise<void> {
    await this.engine.publishMessage({ name, correlationKey, variables, timeToLive: 0 });
    await this.settle();
  }

  async advanceTo(iso: string): Promise<void> {
    await this.engine.pinClock(Date.parse(iso));
    await this.engine.fireDue();
    await this.settle();
  }

  variables(processInstanceKey: string): Record<string, unknown> {
    const items = searchVariables(this.engine.db as never, { filter: { processInstanceKey, scopeKey: processInstanceKey }, page: { limit: 1000 } }).items as Array<{ name: string; value: string }>;
    return Object.fromEntries(items.map((i) => [i.name, JSON.parse(i.value)]));
  }

  incidents(): unknown[] {
    return searchIncidents(this.engine.db as never, { filter: { state: 'ACTIVE' }, page: { limit: 50 } }).items;
  }

  state(processInstanceKey: string): string[] {
    return (searchElementInstances(this.engine.db as never, { filter: { processInstanceKey, state: 'ACTIVE' }, page: { limit: 100 } }).items as Array<{ elementId: string }>).map((e) => e.elementId);
  }

  async close(): Promise<void> {
    await this.engine.close();
    this.outbox.close();
  }
}
