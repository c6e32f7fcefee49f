import type { JobRow } from '../runtime/rows';
import { Statements } from './statements';

/**
 * The jobs table as the runtime and the engine change it. A job goes back to the pool (CREATED, no
 * worker, no deadline) in four situations — failed with retries left, timed out, incident resolved,
 * resolved after an uncaught BPMN error — all through `makeActivatable`.
 */
export class JobStore {
  constructor(private readonly st: Statements) {}

  get(key: number): JobRow | undefined {
    return this.st.one<JobRow>(`SELECT * FROM jobs WHERE key = ?`, key);
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

  timedOut(now: number, limit: number): JobRow[] {
    return this.st.all<JobRow>(`SELECT * FROM jobs WHERE state = 'ACTIVATED' AND deadline <= ? LIMIT ?`, now, limit);
  }
}
