import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../engine';

/** An engine on a temp folder with a pinned clock, plus read helpers for assertions. */
export class EngineHarness {
  constructor(readonly engine: Engine, readonly dir: string) {}

  static async start(at = Date.parse('2026-01-05T09:00:00Z')): Promise<EngineHarness> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-engine-'));
    const engine = await Engine.open({ dataDir: dir, synchronous: 'NORMAL' }); // specs need no power-loss safety
    await engine.pinClock(at);
    return new EngineHarness(engine, dir);
  }

  async deploy(name: string, xml: string) {
    return this.engine.deploy([{ name, content: xml }]);
  }

  async advance(ms: number): Promise<void> {
    await this.engine.pinClock(this.engine.now() + ms);
  }

  state(piKey: string): string {
    return (this.engine.db.prepare('SELECT state FROM process_instances WHERE key = ?').get(Number(piKey)) as { state: string }).state;
  }

  /** Element ids that completed (in order), for path assertions. */
  completed(piKey: string): string[] {
    return (this.engine.db.prepare(`SELECT element_id FROM element_instances WHERE process_instance_key = ? AND state = 'COMPLETED' ORDER BY end_date, key`).all(Number(piKey)) as Array<{ element_id: string }>).map((r) => r.element_id);
  }

  active(piKey: string): string[] {
    return (this.engine.db.prepare(`SELECT element_id FROM element_instances WHERE process_instance_key = ? AND state = 'ACTIVE' AND type <> 'PROCESS' ORDER BY key`).all(Number(piKey)) as Array<{ element_id: string }>).map((r) => r.element_id);
  }

  variable(piKey: string, name: string): unknown {
    const row = this.engine.db.prepare('SELECT value FROM variables WHERE scope_key = ? AND name = ?').get(Number(piKey), name) as { value: string } | undefined;
    return row ? JSON.parse(row.value) : undefined;
  }

  incidents(piKey: string): Array<{ key: number; error_type: string; error_message: string; element_id: string }> {
    return this.engine.db.prepare(`SELECT key, error_type, error_message, element_id FROM incidents WHERE process_instance_key = ? AND state = 'ACTIVE'`).all(Number(piKey)) as any;
  }

  async jobs(type: string, max = 10) {
    return this.engine.activateJobs({ type, timeout: 60_000, maxJobsToActivate: max, worker: 'spec', requestTimeout: -1 });
  }

  userTasks(piKey: string): Array<{ key: number; element_id: string; assignee: string | null; candidate_groups: string; due_date: number | null; form_key: number | null }> {
    return this.engine.db.prepare(`SELECT * FROM user_tasks WHERE process_instance_key = ? AND state = 'CREATED'`).all(Number(piKey)) as any;
  }

  async stop(): Promise<void> {
    await this.engine.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A linear process: start → (body) → end, with flows generated between consecutive ids. */
export function linear(id: string, body: Array<{ id: string; xml: (incoming: string, outgoing: string) => string }>, extra = ''): string {
  const ids = ['start', ...body.map((b) => b.id), 'end'];
  const flows = ids.slice(1).map((target, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${target}"/>`);
  const elements = body.map((b, i) => b.xml(`<bpmn:incoming>f${i}</bpmn:incoming>`, `<bpmn:outgoing>f${i + 1}</bpmn:outgoing>`));
  return `<bpmn:process id="${id}" isExecutable="true">
  <bpmn:startEvent id="start"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
  ${elements.join('\n  ')}
  <bpmn:endEvent id="end"><bpmn:incoming>f${body.length}</bpmn:incoming></bpmn:endEvent>
  ${flows.join('\n  ')}
  ${extra}
</bpmn:process>`;
}

export const serviceTask = (id: string, type: string, inner = '') => ({
  id,
  xml: (i: string, o: string) => `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/>${inner}</bpmn:extensionElements>${i}${o}</bpmn:serviceTask>`,
});

/**
 * Process `p`: a sub-process `sub` (service task `inner`) with an interrupting event sub-process `onPause`
 * (start `ps`, then service task `paused`) and a boundary event `abort` on `sub` leading to end `aborted`.
 * The two event definitions are given, so the same shape serves message and signal specs.
 */
export function subProcessWithPauseAndAbort(pauseDefinition: string, abortDefinition: string): string {
  return `<bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
    <bpmn:subProcess id="sub"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>
      <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:serviceTask id="inner"><bpmn:extensionElements><zeebe:taskDefinition type="inner"/></bpmn:extensionElements><bpmn:incoming>s1</bpmn:incoming><bpmn:outgoing>s2</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:endEvent id="se"><bpmn:incoming>s2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="inner"/><bpmn:sequenceFlow id="s2" sourceRef="inner" targetRef="se"/>
      <bpmn:subProcess id="onPause" triggeredByEvent="true">
        <bpmn:startEvent id="ps"><bpmn:outgoing>p1</bpmn:outgoing>${pauseDefinition}</bpmn:startEvent>
        <bpmn:serviceTask id="paused"><bpmn:extensionElements><zeebe:taskDefinition type="paused"/></bpmn:extensionElements><bpmn:incoming>p1</bpmn:incoming><bpmn:outgoing>p2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:endEvent id="pe"><bpmn:incoming>p2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="p1" sourceRef="ps" targetRef="paused"/><bpmn:sequenceFlow id="p2" sourceRef="paused" targetRef="pe"/>
      </bpmn:subProcess>
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="abort" attachedToRef="sub"><bpmn:outgoing>f2</bpmn:outgoing>${abortDefinition}</bpmn:boundaryEvent>
    <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="aborted"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sub"/><bpmn:sequenceFlow id="f1" sourceRef="sub" targetRef="e"/>
    <bpmn:sequenceFlow id="f2" sourceRef="abort" targetRef="aborted"/></bpmn:process>`;
}
