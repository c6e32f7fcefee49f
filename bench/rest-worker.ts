import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createKeepAliveFetch } from '../src/runtime/keep-alive-fetch';
import { createOrchestrationClient } from '../src/runtime/sdk-client';
import type { RuntimeCredential } from '../src/runtime/runtime-credential';
import { startServerProcess } from './server-process';
import { benchSdkConfig, rate, ZEEBE_BPMN } from './workload';

/**
 * Completed instances per second with the server in its own process, the job done by an SDK job
 * worker (long polling) in this process, and the instances created over REST through the SDK by a
 * starter process (./starter.ts) — the layout of Camunda's own benchmarks, and the product's real
 * deployment shape: the server, its workers, and whatever starts cases are separate clients.
 */
export async function restWorkerThroughput(total: number, restAddress?: string, starter: 'sdk' | 'http' = 'sdk'): Promise<{ perSecond: number; ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-rest-'));
  const server = restAddress ? undefined : await startServerProcess(dir, { YUKK_WORKERS: 'off' });
  const address = restAddress ?? server!.url;
  // The product's worker configuration: the SDK client on the keep-alive fetch (see workers/workers.module.ts).
  const http = createKeepAliveFetch();
  const api: any = createOrchestrationClient(benchSdkConfig(address, server?.credential), http);
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
    await Promise.all([runStarter(address, total, starter, server?.credential), allDone]);
    const ms = performance.now() - started;
    worker.stop?.();
    api.stopAllWorkers?.();
    // Count from the engine, not from the worker: every instance must have reached an end event.
    const completed = await api.searchProcessInstances({ filter: { processDefinitionId: 'bench', state: 'COMPLETED' }, page: { limit: 1 } }, { consistency: { waitUpToMs: 0 } });
    if (Number(completed.page.totalItems) !== total) throw new Error(`expected ${total} completed instances, found ${completed.page.totalItems}`);
    return { perSecond: rate(total, ms), ms };
  } finally {
    http.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs ./starter in a child process; resolves when it has created every instance. */
function runStarter(address: string, total: number, mode: 'sdk' | 'http', credential?: RuntimeCredential): Promise<void> {
  // The compiled starter sits next to this file (dist/bench); under ts-jest there is none, so use dist's.
  const compiled = __dirname.split(path.sep).includes('dist') ? __dirname : path.resolve(__dirname, '..', 'dist', 'bench');
  const child = spawn(process.execPath, [path.join(compiled, 'starter.js'), address, String(total), '128', mode], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // The credential goes by environment, never on the command line (visible to every account in `ps`).
    env: credential ? { ...process.env, YUKK_RUNTIME_USER: credential.user, YUKK_RUNTIME_PASSWORD: credential.password } : process.env,
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the starter exited with ${code}`))));
  });
}
