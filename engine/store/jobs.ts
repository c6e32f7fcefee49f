import type { JobRow } from './rows';
import { Statements } from './statements';

export type NewJob = Pick<
  JobRow,
  'key' | 'type' | 'element_instance_key' | 'process_instance_key' | 'process_definition_key' | 'bpmn_process_id' | 'version' | 'element_id' | 'retries' | 'activatable_at' | 'custom_headers' | 'tenant_id' | 'created_at'
>;

/** A job that is not finished: a worker may still take or complete it, or it waits on its incident. */
const OPEN = `state IN ('CREATED', 'ACTIVATED', 'FAILED')`;

/**
 * The jobs table as the runtime and the engine change it. A job goes back to the pool (CREATED, no
 * worker, no deadline) in five situations — failed with retries left, timed out, incident resolved,
 * resolved after an uncaught BPMN error, activated for a long poll that is gone — all through
 * `makeActivatable`.
 */
export class JobStore {
  constructor(private readonly st: Statements) {}

  insert(j: NewJob): void {
    this.st.run(
      `INSERT INTO jobs (key, type, state, element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, version, element_id, retries, activatable_at, custom_headers, tenant_id, created_at)
       VALUES (?, ?, 'CREATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      j.key, j.type, j.element_instance_key, j.process_instance_key, j.process_definition_key, j.bpmn_process_id, j.version, j.element_id, j.retries, j.activatable_at, j.custom_headers, j.tenant_id, j.created_at,
    );
  }

  get(key: number): JobRow | undefined {
    return this.st.one<JobRow>(`SELECT * FROM jobs WHERE key = ?`, key);
  }

  /** The open jobs of an element instance (terminating the element cancels them). */
  openOf(elementInstanceKey: number): number[] {
    return this.st.all<{ key: number }>(`SELECT key FROM jobs WHERE element_instance_key = ? AND ${OPEN}`, elementInstanceKey).map((r) => r.key);
  }

  /** Jobs of a type a worker may take now, oldest first. */
  activatable(type: string, now: number, limit: number): JobRow[] {
    return this.st.all<JobRow>(`SELECT * FROM jobs WHERE type = ? AND state = 'CREATED' AND activatable_at <= ? ORDER BY key LIMIT ?`, type, now, limit);
  }

  hasActivatable(type: string, now: number): boolean {
    return !!this.st.one(`SELECT 1 AS x FROM jobs WHERE type = ? AND state = 'CREATED' AND activatable_at <= ? LIMIT 1`, type, now);
  }

  activate(key: number, worker: string, deadline: number): void {
    this.st.run(`UPDATE jobs SET state = 'ACTIVATED', worker = ?, deadline = ? WHERE key = ?`, worker, deadline, key);
  }

  /**
   * Back to CREATED, activatable from `at`. `retries`: a number sets them, 'atLeastOne' raises 0 to 1
   * (an incident resolved without new retries after a BPMN error), undefined keeps them.
   */
  makeActivatable(key: number, at: number, opts: { retries?: number | 'atLeastOne'; errorMessage?: string | null } = {}): void {
    const retries = opts.retries === 'atLeastOne' ? 'MAX(retries, 1)' : opts.retries !== undefined ? '?' : 'retries';
    const error = opts.errorMessage !== undefined ? ', error_message = ?' : '';
    const params: unknown[] = [];
    if (typeof opts.retries === 'number') params.push(opts.retries);
    params.push(at);
    if (opts.errorMessage !== undefined) params.push(opts.errorMessage);
    this.st.run(`UPDATE jobs SET state = 'CREATED', retries = ${retries}, worker = NULL, deadline = NULL, activatable_at = ?${error} WHERE key = ?`, ...params, key);
  }

  /** Finished: completed by its worker, or canceled with its element. */
  end(key: number, state: 'COMPLETED' | 'CANCELED', now: number): void {
    this.st.run(`UPDATE jobs SET state = ?, ended_at = ? WHERE key = ?`, state, now, key);
  }

  /** Failed without retries left: waits on its incident. */
  failWithoutRetries(key: number, errorMessage: string | null): void {
    this.st.run(`UPDATE jobs SET state = 'FAILED', retries = 0, worker = NULL, deadline = NULL, error_message = ? WHERE key = ?`, errorMessage, key);
  }

  errorThrown(key: number, errorCode: string, errorMessage: string | null): void {
    this.st.run(`UPDATE jobs SET state = 'ERROR_THROWN', error_code = ?, error_message = ?, worker = NULL, deadline = NULL WHERE key = ?`, errorCode, errorMessage, key);
  }

  setRetries(key: number, retries: number): void {
    this.st.run(`UPDATE jobs SET retries = ? WHERE key = ?`, retries, key);
  }

  setDeadline(key: number, deadline: number): void {
    this.st.run(`UPDATE jobs SET deadline = ? WHERE key = ?`, deadline, key);
  }

  timedOut(now: number, limit: number): JobRow[] {
    return this.st.all<JobRow>(`SELECT * FROM jobs WHERE state = 'ACTIVATED' AND deadline <= ? LIMIT ?`, now, limit);
  }

  /** The earliest deadline of an activated job (the scheduler wakes for it). */
  nextDeadline(): number | null {
    return this.st.one<{ t: number | null }>(`SELECT MIN(deadline) AS t FROM jobs WHERE state = 'ACTIVATED'`)?.t ?? null;
  }

  /** The earliest end of a back-off after `now` (waiting workers are served then). */
  nextActivatableAfter(now: number): number | null {
    return this.st.one<{ t: number | null }>(`SELECT MIN(activatable_at) AS t FROM jobs WHERE state = 'CREATED' AND activatable_at > ?`, now)?.t ?? null;
  }

  /** Migration: the open jobs of an element instance belong to the target definition's element now. */
  moveToDefinition(elementInstanceKey: number, definitionKey: number, bpmnProcessId: string, version: number, elementId: string): void {
    this.st.run(
      `UPDATE jobs SET process_definition_key = ?, bpmn_process_id = ?, version = ?, element_id = ? WHERE element_instance_key = ? AND ${OPEN}`,
      definitionKey, bpmnProcessId, version, elementId, elementInstanceKey,
    );
  }
}
