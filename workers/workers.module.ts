/**
 * NestJS module that runs one SDK job worker per job type of ./job-types against the configured runtime
 * (embedded engine at this server's /v2 by default, or Camunda 8 via ZEEBE_REST_ADDRESS), started on
 * application bootstrap and stopped on shutdown. Set YUKK_WORKERS=off to run the server without them.
 */
import { Camunda8 } from '@camunda8/sdk';
import { Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JOB_TYPES } from './job-types';
import { SqliteOutbox } from './notifications/outbox';
import { loadWorkerConfig, WorkerConfig } from './support/config';
import { runJob, SdkJob } from './support/sdk-adapter';

interface StoppableWorker {
  stopGracefully(opts?: { waitUpToMs?: number }): Promise<unknown>;
}

@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Workers');
  private workers: StoppableWorker[] = [];
  private outbox?: SqliteOutbox;
  readonly config: WorkerConfig = loadWorkerConfig();

  onApplicationBootstrap(): void {
    if (!this.config.enabled) {
      this.log.log('job workers disabled (YUKK_WORKERS=off)');
      return;
    }
    const outbox = SqliteOutbox.inDataDir(this.config.dataDir);
    this.outbox = outbox;
    const client = new Camunda8({
      ZEEBE_REST_ADDRESS: this.config.restAddress,
      CAMUNDA_AUTH_STRATEGY: this.config.authStrategy,
    }).getOrchestrationClusterApiClient();
    for (const def of JOB_TYPES) {
      const handler = def.handler({ outbox, now: Date.now });
      const worker = client.createJobWorker({
        jobType: def.type,
        workerName: `yukk-flow:${def.type}`,
        maxParallelJobs: this.config.maxParallelJobs,
        jobTimeoutMs: this.config.jobTimeoutMs,
        pollTimeoutMs: this.config.pollTimeoutMs,
        // The receipt returned by job.complete/error/fail is passed back to the SDK unchanged.
        jobHandler: async (job) => (await runJob(def.type, handler, job as unknown as SdkJob, this.log)) as Awaited<ReturnType<typeof job.complete>>,
      });
      this.workers.push(worker);
    }
    this.log.log(`${this.workers.length} job workers polling ${this.config.restAddress}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.stopGracefully({ waitUpToMs: 5_000 })));
    this.outbox?.close();
    this.outbox = undefined;
  }

  get running(): number {
    return this.workers.length;
  }
}

@Module({ providers: [WorkerRuntime], exports: [WorkerRuntime] })
export class WorkersModule {}
