import { Variables } from './api/commands';
import { EngineError, invalidState } from './errors';

/**
 * Callers of create-process-instance with awaitCompletion: answered with the root variables after the
 * commit in which the instance completed, refused when it was terminated or the request timed out.
 */
export class CompletionWaiters {
  private readonly waiting = new Map<number, Array<(v: Variables | undefined) => void>>();

  has(piKey: number): boolean {
    return this.waiting.has(piKey);
  }

  wait(piKey: number, timeoutMs?: number): Promise<Variables> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new EngineError('DEADLINE_EXCEEDED', `Process instance '${piKey}' did not complete within the request timeout`)), timeoutMs && timeoutMs > 0 ? timeoutMs : 60_000);
      const list = this.waiting.get(piKey) ?? [];
      list.push((vars) => {
        clearTimeout(timer);
        if (vars) resolve(vars);
        else reject(invalidState(`Process instance '${piKey}' was terminated`));
      });
      this.waiting.set(piKey, list);
    });
  }

  /** The instance completed (its variables) or was terminated (undefined). */
  notify(piKey: number, vars: Variables | undefined): void {
    const list = this.waiting.get(piKey);
    if (!list) return;
    this.waiting.delete(piKey);
    for (const fn of list) fn(vars);
  }
}
