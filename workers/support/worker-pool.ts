/**
 * One SDK job worker per registered job type, started and stopped together. Kept free of NestJS so it
 * can be tested with a fake client; WorkersModule only ties it to the application lifecycle.
 */
import { JobTypeDefinition, WorkerDeps } from '../job-types';
import { WorkerConfig } from './config';
import { runJob, SdkJob, WorkerLog } from './sdk-adapter';

export interface StoppableWorker {
  stopGracefully(opts?: { waitUpToMs?: number }): Promise<unknown>;
}

/** The part of the SDK's orchestration-cluster client used here. */
export interface JobWorkerFactory {
  createJobWorker(cfg: {
    jobType: string;
    workerName: string;
    maxParallelJobs: number;
    jobTimeoutMs: number;
    pollTimeoutMs: number;
    jobHandler: (job: never) => Promise<never>;
  }): StoppableWorker;
}

export class WorkerPool {
  private workers: StoppableWorker[] = [];

  start(client: JobWorkerFactory, jobTypes: readonly JobTypeDefinition[], deps: WorkerDeps, config: WorkerConfig, log: WorkerLog): void {
    for (const def of jobTypes) {
      const handler = def.handler(deps);
      this.workers.push(
        client.createJobWorker({
          jobType: def.type,
          workerName: `yukk-flow:${def.type}`,
          maxParallelJobs: config.maxParallelJobs,
          jobTimeoutMs: config.jobTimeoutMs,
          pollTimeoutMs: config.pollTimeoutMs,
          // the SDK's receipt from job.complete/error/fail is handed back unchanged
          jobHandler: (job: never) => runJob(def.type, handler, job as SdkJob, log) as Promise<never>,
        }),
      );
    }
  }

  async stop(waitUpToMs = 5_000): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.stopGracefully({ waitUpToMs })));
  }

  get size(): number {
    return this.workers.length;
  }
}
