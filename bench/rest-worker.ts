import { Camunda8 } from '@camunda8/sdk';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createKeepAliveFetch } from '../src/runtime/keep-alive-fetch';
import { startServerProcess } from './server-process';
import { inParallel, rate, ZEEBE_BPMN } from './workload';

/**
 * Completed instances per second with the server in its own process, instances created over
 * REST and the job done by an SDK job worker (long polling) — the product's real deployment shape.
 */
export async function restWorkerThroughput(total: number, restAddress?: string): Promise<{ perSecond: number; ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-rest-'));
  const server = restAddress ? undefined : await startServerProcess(dir);
  const address = restAddress ?? server!.url;
  const camunda = new Camunda8({ ZEEBE_REST_ADDRESS: address, CAMUNDA_AUTH_STRATEGY: 'NONE', CAMUNDA_LOG_LEVEL: 'error' } as any);
  const api: any = camunda.getOrchestrationClusterApiClient();
  // The product's worker configuration: the SDK client on the keep-alive fetch (see workers/workers.module.ts).
  const http = createKeepAliveFetch();
  api.configure({ fetch: http.fetch });
  try {
    const file = path.join(dir, 'bench.bpmn');
    fs.writeFileSync(file, ZEEBE_BPMN);
    await api.deployResourcesFromFiles([file]);
    let done = 0;
    let finished!: () => void;
    const allDone = new Promise<void>((r) => (finished = r));
    const worker = api.createJobWorker({
      jobType: 'bench-check',
      workerName: 'bench',
      maxParallelJobs: 256,
      jobTimeoutMs: 60_000,
      pollTimeoutMs: 10_000,
      jobHandler: async (job: any) => {
        const receipt = await job.complete({ score: job.variables.score });
        if (++done === total) finished();
        return receipt;
      },
    });
    const started = performance.now();
    await inParallel(total, 256, async (i) => {
      await api.createProcessInstance({ processDefinitionId: 'bench', variables: { score: i % 20 } });
    });
    await allDone;
    const ms = performance.now() - started;
    worker.stop?.();
    api.stopAllWorkers?.();
    return { perSecond: rate(total, ms), ms };
  } finally {
    http.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
