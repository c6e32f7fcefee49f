import * as path from 'node:path';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Engine } from '../../engine';
import { getUserTaskForm, searchElementInstances, searchIncidents, searchProcessInstances, searchUserTasks, searchVariables } from '../../engine/query';
import { JOB_TYPES } from '../../workers/job-types';
import { SqliteOutbox } from '../../workers/notifications/outbox';
import { loadWorkerConfig } from '../../workers/support/config';
import { inProcessJobWorkers } from '../../workers/support/in-process-factory';
import { WorkerPool } from '../../workers/support/worker-pool';
import { FormsStore } from '../modeler/forms.store';
import { readBundledResources } from '../runtime/bundled-resources';
import { problem } from '../ui-api/problem';

export interface SandboxSettings {
  dataDir: string;
  processesDir: string;
  formsDir: string;
}
export const SANDBOX_SETTINGS = Symbol('SANDBOX_SETTINGS');

export const DAY_MS = 24 * 3600 * 1000;

export interface SandboxElement {
  elementId: string;
  active: number;
  completed: number;
  terminated: number;
}

export interface SandboxTask {
  userTaskKey: string;
  elementId: string;
  name: string | null;
  candidateGroups: string[];
  dueDate: string | null;
  formId: string | null;
  schema: Record<string, unknown> | null;
}

export interface SandboxState {
  processInstanceKey: string;
  processDefinitionId: string;
  state: string;
  clock: string;
  elements: SandboxElement[];
  tasks: SandboxTask[];
  variables: Record<string, unknown>;
  /** `…DueAt` variables: the deadlines the calendar worker computed. */
  deadlines: Array<{ name: string; dueAt: string }>;
  incidents: Array<{ elementId: string; message: string }>;
}

const ALL = { page: { from: 0, limit: 1000 } };

/**
 * The play sandbox: a second embedded engine with its own data set (`<DATA_DIR>/sandbox/`), its own pinned clock and
 * its own outbox, with the product's real job workers attached in-process. Nothing here reaches the live engine,
 * so the live task list, monitor and case audit never see it. Opened on first use.
 */
@Injectable()
export class SandboxService implements OnApplicationShutdown {
  private readonly log = new Logger('Sandbox');
  private opening?: Promise<Engine>;
  private readonly pool = new WorkerPool();
  private outbox?: SqliteOutbox;

  constructor(
    @Inject(SANDBOX_SETTINGS) private readonly settings: SandboxSettings,
    private readonly forms: FormsStore,
  ) {}

  get dir(): string {
    return path.join(this.settings.dataDir, 'sandbox');
  }

  engine(): Promise<Engine> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<Engine> {
    const engine = await Engine.open({ dataDir: this.dir });
    // Its own clock, pinned from the start (the pin survives restarts): only the analyst moves it.
    if (!engine.clock.pinned) await engine.pinClock(Date.now());
    // What the live runtime has: the bundled procedures and forms, and the forms analysts deployed since.
    const bundled = readBundledResources(this.settings.processesDir, this.settings.formsDir).map((r) => ({ name: r.name, content: r.content }));
    const deployedForms = this.forms.latestAll().map((f) => ({ name: f.resourceName || `${f.formId}.form`, content: JSON.stringify(f.schema) }));
    if (bundled.length) await engine.deploy(bundled);
    if (deployedForms.length) await engine.deploy(deployedForms);
    this.outbox = SqliteOutbox.inDataDir(this.dir);
    const config = { ...loadWorkerConfig(), pollTimeoutMs: 10_000 };
    this.pool.start(inProcessJobWorkers(engine, (err) => this.log.warn(`sandbox worker: ${(err as Error).message}`)), JOB_TYPES, { outbox: this.outbox, now: () => engine.now() }, config, this.log);
    return engine;
  }

  /** Deploys the diagram being edited (and any forms sent with it) and starts an instance of its process. */
  async start(resources: Array<{ name: string; content: string }>, variables: Record<string, unknown>): Promise<{ processInstanceKey: string; processDefinitionId: string; version: number }> {
    const engine = await this.engine();
    let deployed;
    try {
      deployed = await engine.deploy(resources);
    } catch (err) {
      throw problem(422, `Sandbox deployment refused: ${(err as Error).message}`);
    }
    const p = deployed.processes[0];
    if (!p) throw problem(422, 'The diagram holds no executable process');
    const created = await engine.createProcessInstance({ processDefinitionKey: p.processDefinitionKey, variables });
    return { processInstanceKey: created.processInstanceKey, processDefinitionId: p.processDefinitionId, version: p.processDefinitionVersion };
  }

  async state(processInstanceKey: string): Promise<SandboxState> {
    const engine = await this.engine();
    const db = engine.db;
    const instance = searchProcessInstances(db, { filter: { processInstanceKey }, ...ALL }).items[0];
    if (!instance) throw problem(404, `No sandbox instance ${processInstanceKey}`);
    const byElement = new Map<string, SandboxElement>();
    for (const e of searchElementInstances(db, { filter: { processInstanceKey }, ...ALL }).items) {
      if (e.type === 'PROCESS') continue;
      const row = byElement.get(e.elementId) ?? { elementId: e.elementId, active: 0, completed: 0, terminated: 0 };
      if (e.state === 'ACTIVE') row.active++;
      else if (e.state === 'COMPLETED') row.completed++;
      else row.terminated++;
      byElement.set(e.elementId, row);
    }
    const tasks = searchUserTasks(db, { filter: { processInstanceKey, state: 'CREATED' }, ...ALL }).items.map((t) => {
      const form = getUserTaskForm(db, t.userTaskKey);
      return { userTaskKey: t.userTaskKey, elementId: t.elementId, name: t.name ?? null, candidateGroups: t.candidateGroups, dueDate: t.dueDate ?? null, formId: form?.formId ?? null, schema: form?.schema ?? null };
    });
    const variables: Record<string, unknown> = {};
    for (const v of searchVariables(db, { filter: { processInstanceKey, scopeKey: processInstanceKey }, ...ALL }).items) variables[v.name] = JSON.parse(v.value);
    const deadlines = Object.entries(variables)
      .filter(([name, value]) => /DueAt$|ExpiresAt$|ReminderAt$/.test(name) && typeof value === 'string')
      .map(([name, value]) => ({ name, dueAt: value as string }))
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    const incidents = searchIncidents(db, { filter: { processInstanceKey, state: 'ACTIVE' }, ...ALL }).items.map((i) => ({ elementId: i.elementId, message: i.errorMessage }));
    return {
      processInstanceKey,
      processDefinitionId: instance.processDefinitionId,
      state: instance.state,
      clock: new Date(engine.now()).toISOString(),
      elements: [...byElement.values()],
      tasks,
      variables,
      deadlines,
      incidents,
    };
  }

  async completeTask(userTaskKey: string, variables: Record<string, unknown>, actor: string): Promise<void> {
    const engine = await this.engine();
    await engine.completeUserTask(userTaskKey, { variables }, actor);
  }

  /** Moves the sandbox clock forward; every timer that came due fires. */
  async advance(days: number): Promise<string> {
    const engine = await this.engine();
    await engine.pinClock(engine.now() + days * DAY_MS);
    return new Date(engine.now()).toISOString();
  }

  async clock(): Promise<string> {
    return new Date((await this.engine()).now()).toISOString();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.opening) return;
    const engine = await this.opening.catch(() => undefined);
    engine?.releaseJobWaiters();
    await this.pool.stop(2_000);
    await engine?.close();
    this.outbox?.close();
  }
}
