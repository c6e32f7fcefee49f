import { Camunda8 } from '@camunda8/sdk';
import { createKeepAliveFetch } from '../src/runtime/keep-alive-fetch';
import { inParallel } from './workload';

/**
 * The load generator of the REST bench, in its own process as in Camunda's own benchmarks (a
 * "starter" and a "worker" beside the broker): creates `total` instances of the bench process
 * through the SDK, `concurrency` at a time, then exits.
 * Usage: node dist/bench/starter.js <restAddress> <total> <concurrency>
 */
async function main(): Promise<void> {
  const [address, total, concurrency] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 128)];
  const api: any = new Camunda8({ ZEEBE_REST_ADDRESS: address, CAMUNDA_AUTH_STRATEGY: 'NONE', CAMUNDA_LOG_LEVEL: 'error' } as any).getOrchestrationClusterApiClient();
  const http = createKeepAliveFetch();
  api.configure({ fetch: http.fetch });
  try {
    await inParallel(total, concurrency, async (i) => {
      await api.createProcessInstance({ processDefinitionId: 'bench', variables: { score: i % 20 } });
    });
  } finally {
    http.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
