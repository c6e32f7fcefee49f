import { Camunda8 } from '@camunda8/sdk';
import { JOB_TYPES } from '../job-types';
import { SqliteOutbox } from '../notifications/outbox';
import { loadWorkerConfig } from './config';
import { JobWorkerFactory, WorkerPool } from './worker-pool';

const silent = { log: () => undefined, warn: () => undefined };

describe('WorkerPool', () => {
  let outbox: SqliteOutbox;
  beforeEach(() => (outbox = new SqliteOutbox(':memory:')));
  afterEach(() => outbox.close());

  it('creates one job worker per job type with the configured limits, and stops them all', async () => {
    const created: Array<{ jobType: string; maxParallelJobs: number; stopped: boolean }> = [];
    const client: JobWorkerFactory = {
      createJobWorker: (cfg) => {
        const w = { jobType: cfg.jobType, maxParallelJobs: cfg.maxParallelJobs, stopped: false };
        created.push(w);
        return { stopGracefully: async () => (w.stopped = true) };
      },
    };
    const pool = new WorkerPool();
    pool.start(client, JOB_TYPES, { outbox, now: Date.now }, loadWorkerConfig({ YUKK_WORKER_MAX_PARALLEL_JOBS: '4' }), silent);
    expect(created.map((c) => c.jobType)).toEqual(JOB_TYPES.map((j) => j.type));
    expect(created.every((c) => c.maxParallelJobs === 4)).toBe(true);
    await pool.stop();
    expect(created.every((c) => c.stopped)).toBe(true);
    expect(pool.size).toBe(0);
  });

  it('starts and stops real SDK job workers (nothing needs to listen at the address)', async () => {
    const config = loadWorkerConfig({ ZEEBE_REST_ADDRESS: 'http://127.0.0.1:9', CAMUNDA_AUTH_STRATEGY: 'NONE', YUKK_WORKER_POLL_TIMEOUT_MS: '1000' });
    const client = new Camunda8({ ZEEBE_REST_ADDRESS: config.restAddress, CAMUNDA_AUTH_STRATEGY: 'NONE', CAMUNDA_LOG_LEVEL: 'none' } as never).getOrchestrationClusterApiClient();
    const pool = new WorkerPool();
    pool.start(client as unknown as JobWorkerFactory, JOB_TYPES, { outbox, now: Date.now }, config, silent);
    expect(pool.size).toBe(JOB_TYPES.length);
    await pool.stop(1_000);
    expect(pool.size).toBe(0);
  });
});
