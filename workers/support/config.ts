import * as path from 'node:path';

/** Worker settings from the environment: the same build serves the embedded engine and Camunda 8. */
export interface WorkerConfig {
  enabled: boolean;
  /** Orchestration-cluster REST address; the SDK appends /v2 (FIELD-NOTES). */
  restAddress: string;
  authStrategy: 'NONE' | 'BASIC' | 'OAUTH' | 'BEARER' | 'COOKIE';
  dataDir: string;
  maxParallelJobs: number;
  jobTimeoutMs: number;
  pollTimeoutMs: number;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const port = env.PORT ?? '8080';
  return {
    enabled: env.YUKK_WORKERS !== 'off',
    // Embedded default: this server's own /v2 routes.
    restAddress: env.ZEEBE_REST_ADDRESS ?? `http://127.0.0.1:${port}`,
    authStrategy: (env.CAMUNDA_AUTH_STRATEGY as WorkerConfig['authStrategy']) ?? 'NONE',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    maxParallelJobs: Number(env.YUKK_WORKER_MAX_PARALLEL_JOBS ?? 8),
    jobTimeoutMs: Number(env.YUKK_WORKER_JOB_TIMEOUT_MS ?? 60_000),
    pollTimeoutMs: Number(env.YUKK_WORKER_POLL_TIMEOUT_MS ?? 30_000),
  };
}
