import { createKeepAliveFetch } from '../src/runtime/keep-alive-fetch';
import { basicAuthorization } from '../src/runtime/runtime-credential';
import { createOrchestrationClient } from '../src/runtime/sdk-client';
import { plainHttp } from './plain-http';
import { benchSdkConfig, inParallel } from './workload';

/**
 * The load generator of the REST bench, in its own process as in Camunda's own benchmarks (a
 * "starter" and a "worker" beside the broker): creates `total` instances of the bench process,
 * `concurrency` at a time, then exits. `sdk` starts them through @camunda8/sdk, `http` with plain
 * keep-alive HTTP requests, like a load tool (wrk), so the generator takes less of the CPU it measures.
 * Usage: node dist/bench/starter.js <restAddress> <total> <concurrency> <sdk|http>
 */
async function main(): Promise<void> {
  const [address, total, concurrency, mode] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 128), process.argv[5] ?? 'sdk'];
  const create = mode === 'http' ? httpStarter(address) : sdkStarter(address);
  try {
    await inParallel(total, concurrency, (i) => create.start({ processDefinitionId: 'bench', variables: { score: i % 20 } }));
  } finally {
    create.close();
  }
}

interface Starter {
  start(body: object): Promise<void>;
  close(): void;
}

function sdkStarter(address: string): Starter {
  const transport = createKeepAliveFetch();
  const api: any = createOrchestrationClient(benchSdkConfig(address, credentialFromEnv()), transport);
  return { start: async (body) => void (await api.createProcessInstance(body)), close: () => transport.close() };
}

/** Set by the bench for a local server (its runtime credential); unset for a Camunda 8 address. */
function credentialFromEnv() {
  const { YUKK_RUNTIME_USER: user, YUKK_RUNTIME_PASSWORD: password } = process.env;
  return user && password ? { user, password } : undefined;
}

function httpStarter(address: string): Starter {
  const credential = credentialFromEnv();
  const client = plainHttp(credential ? { authorization: basicAuthorization(credential) } : {});
  const url = new URL('/v2/process-instances', address);
  const start = async (body: object) => {
    const { status } = await client.post(url, body);
    if (status !== 200) throw new Error(`instance creation answered ${status}`);
  };
  return { start, close: () => client.close() };
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
