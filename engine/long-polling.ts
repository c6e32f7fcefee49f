import { ActivatedJob, ActivateJobs } from './api/commands';

interface JobWaiter {
  cmd: ActivateJobs;
  resolve: (jobs: ActivatedJob[]) => void;
  timer: NodeJS.Timeout;
  done: boolean;
}

/** What long polling needs from the engine: an activation as a command, and handing jobs back. */
export interface JobActivation {
  /** Activates jobs for the request in the next command, unless `gone()` says the request ended meanwhile. */
  activate(cmd: ActivateJobs, gone: () => boolean): Promise<ActivatedJob[]>;
  /** Jobs activated for a request that is no longer there go back to the pool. */
  release(jobs: ActivatedJob[]): Promise<void>;
  /** Whether a job of the type can be activated now. */
  hasActivatable(type: string): boolean;
}

/**
 * Job activation requests that found nothing wait (Zeebe's long polling) until a job of their type
 * becomes activatable — created, failed with retries, timed out, back-off over — or their request
 * timeout ends. The engine wakes them after the commit that made jobs activatable.
 */
export class JobLongPolling {
  private readonly waiters = new Map<string, Set<JobWaiter>>();

  constructor(private readonly engine: JobActivation) {}

  /** Job types someone waits for. */
  waitingTypes(): string[] {
    return [...this.waiters].filter(([, set]) => set.size > 0).map(([type]) => type);
  }

  get anyWaiting(): boolean {
    return this.waiters.size > 0;
  }

  wait(cmd: ActivateJobs, waitMs: number, signal?: AbortSignal): Promise<ActivatedJob[]> {
    return new Promise((resolve) => {
      const waiter: JobWaiter = {
        cmd,
        done: false,
        resolve: (found) => {
          if (waiter.done) return;
          waiter.done = true;
          clearTimeout(waiter.timer);
          this.waiters.get(cmd.type)?.delete(waiter);
          resolve(found);
        },
        timer: setTimeout(() => waiter.resolve([]), waitMs),
      };
      signal?.addEventListener('abort', () => waiter.resolve([]), { once: true });
      let set = this.waiters.get(cmd.type);
      if (!set) this.waiters.set(cmd.type, (set = new Set()));
      set.add(waiter);
      // A job may have been created in the same commit as the empty activation: look once more.
      if (this.engine.hasActivatable(cmd.type)) this.serve(cmd.type);
    });
  }

  /** Jobs of the type became activatable: each waiting request tries to activate them. */
  serve(type: string): void {
    const set = this.waiters.get(type);
    if (!set || set.size === 0) return;
    for (const waiter of [...set]) {
      if (waiter.done) continue;
      // Remove first so a second wake-up does not double-serve; re-add when nothing was found.
      set.delete(waiter);
      // The activation runs on the next flush; a long poll that ended meanwhile (client gone, timeout) must not
      // receive jobs: they would stay activated to nobody until their deadline, which a pinned clock never reaches.
      this.engine.activate(waiter.cmd, () => waiter.done).then(
        (jobs) => {
          if (waiter.done) {
            if (jobs.length > 0) void this.engine.release(jobs);
          } else if (jobs.length > 0) waiter.resolve(jobs);
          else set.add(waiter);
        },
        () => waiter.resolve([]),
      );
    }
  }

  /** Answers every waiting request with no jobs (shutdown). */
  releaseAll(): void {
    for (const set of this.waiters.values()) for (const w of set) w.resolve([]);
    this.waiters.clear();
  }
}
