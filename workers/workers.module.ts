/**
 * NestJS module that runs one SDK job worker per job type of ./job-types against the configured runtime
 * (embedded engine at this server's /v2 by default, or Camunda 8 via ZEEBE_REST_ADDRESS), started on
 * server start (see src/server.ts) and stopped on shutdown. Set YUKK_WORKERS=off to run the server without them.
 */
import { BeforeApplicationShutdown, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { createKeepAliveFetch, KeepAliveFetch } from '../src/runtime/keep-alive-fetch';
import { RuntimeCredential, sdkBasicAuth } from '../src/runtime/runtime-credential';
import { createOrchestrationClient } from '../src/runtime/sdk-client';
import { JOB_TYPES, runtimeWorkerDeps } from './job-types';
import { SqliteOutbox } from './notifications/outbox';
import { loadWorkerConfig, WorkerConfig } from './support/config';
import { JobWorkerFactory, WorkerPool } from './support/worker-pool';

@Injectable()
export class WorkerRuntime implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly log = new Logger('Workers');
  private readonly pool = new WorkerPool();
  private outbox?: SqliteOutbox;
  private transport?: KeepAliveFetch;
  readonly config: WorkerConfig = loadWorkerConfig();

  /**
   * Starts the workers once the runtime answers: the server calls this after it listens, with its
   * own URL in embedded mode (the port may be chosen at start) or the Camunda 8 address. In embedded mode
   * `credential` is the server's runtime credential; Camunda 8 auth comes from the environment.
   */
  start(restAddress = this.config.restAddress, dataDir = this.config.dataDir, credential?: RuntimeCredential): void {
    if (!this.config.enabled) {
      this.log.log('job workers disabled (YUKK_WORKERS=off)');
      return;
    }
    if (this.pool.size > 0) return;
    this.config.restAddress = restAddress;
    this.config.dataDir = dataDir;
    this.outbox = SqliteOutbox.inDataDir(this.config.dataDir);
    this.transport = createKeepAliveFetch();
    const auth = credential ? sdkBasicAuth(credential) : { CAMUNDA_AUTH_STRATEGY: this.config.authStrategy };
    const client = createOrchestrationClient({ ZEEBE_REST_ADDRESS: this.config.restAddress, ...auth }, this.transport);
    this.pool.start(client as unknown as JobWorkerFactory, JOB_TYPES, runtimeWorkerDeps(this.outbox), this.config, this.log);
    this.log.log(`${this.pool.size} job workers polling ${this.config.restAddress}`);
  }

  /** Workers stop before the HTTP server closes: their open long polls would otherwise hold it open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.pool.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.stop();
    this.outbox?.close();
    this.outbox = undefined;
    this.transport?.close();
    this.transport = undefined;
  }

  get running(): number {
    return this.pool.size;
  }
}

@Module({ providers: [WorkerRuntime], exports: [WorkerRuntime] })
export class WorkersModule {}
