/**
 * A JobWorkerFactory that serves jobs straight from an engine in this process (the sandbox engine), for the same
 * WorkerPool and the same handlers the SDK workers use: only the transport differs. Long polling is the engine's own
 * (activateJobs waits until a job is there or the request timeout passes).
 */
import type { JobWorkerFactory, StoppableWorker } from './worker-pool';
import type { SdkJob } from './sdk-adapter';

/** The engine commands a job worker needs (engine/engine.ts `Engine` has them). */
export interface JobEngine {
  activateJobs(
    cmd: { type: string; worker?: string; timeout: number; maxJobsToActivate: number; requestTimeout?: number },
    signal?: AbortSignal,
  ): Promise<Array<{ jobKey: string; type: string; processInstanceKey: string; elementId: string; retries: number; variables: Record<string, unknown>; customHeaders: Record<string, string> }>>;
  completeJob(jobKey: string, variables?: Record<string, unknown>): Promise<void>;
  failJob(jobKey: string, cmd: { retries: number; errorMessage?: string; retryBackOff?: number }): Promise<void>;
  throwJobError(jobKey: string, cmd: { errorCode: string; errorMessage?: string; variables?: Record<string, unknown> }): Promise<void>;
}

export function inProcessJobWorkers(engine: JobEngine, onError: (err: unknown) => void = () => undefined): JobWorkerFactory {
  return {
    createJobWorker(cfg): StoppableWorker {
      const abort = new AbortController();
      const inFlight = new Set<Promise<unknown>>();
      const loop = (async () => {
        while (!abort.signal.aborted) {
          let jobs: Awaited<ReturnType<JobEngine['activateJobs']>>;
          try {
            const free = cfg.maxParallelJobs - inFlight.size;
            if (free <= 0) {
              await Promise.race(inFlight);
              continue;
            }
            jobs = await engine.activateJobs({ type: cfg.jobType, worker: cfg.workerName, timeout: cfg.jobTimeoutMs, maxJobsToActivate: free, requestTimeout: cfg.pollTimeoutMs }, abort.signal);
          } catch (err) {
            if (abort.signal.aborted) break;
            onError(err);
            await new Promise((r) => setTimeout(r, 1_000));
            continue;
          }
          for (const j of jobs) {
            const job: SdkJob = {
              jobKey: j.jobKey,
              type: j.type,
              processInstanceKey: j.processInstanceKey,
              elementId: j.elementId,
              retries: j.retries,
              variables: j.variables,
              customHeaders: j.customHeaders,
              complete: (variables) => engine.completeJob(j.jobKey, variables ?? {}),
              error: (e) => engine.throwJobError(j.jobKey, e),
              fail: (f) => engine.failJob(j.jobKey, { retries: f.retries ?? 0, errorMessage: f.errorMessage, retryBackOff: f.retryBackOff }),
            };
            const run = cfg.jobHandler(job as never).catch(onError);
            inFlight.add(run);
            void run.finally(() => inFlight.delete(run));
          }
        }
      })();
      return {
        async stopGracefully(opts) {
          abort.abort();
          const wait = Promise.all([loop, ...inFlight]);
          await Promise.race([wait, new Promise((r) => setTimeout(r, opts?.waitUpToMs ?? 5_000))]);
        },
      };
    },
  };
}
