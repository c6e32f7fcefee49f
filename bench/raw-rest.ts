import { basicAuthorization } from '../src/runtime/runtime-credential';
import { plainHttp, PlainHttp } from './plain-http';
import { inParallel, rate, ZEEBE_BPMN } from './workload';

/**
 * Raw-REST throughput of a /v2 endpoint: no SDK, plain keep-alive HTTP requests (./plain-http.ts), so the
 * figure is the server's and not a client library's. `npm run bench` runs it against the embedded server (a
 * child process); the same code works against any server that speaks Camunda's REST API v2, e.g. a cluster
 * its operator runs.
 *
 * Workload: start → service task (bench-check) → exclusive gateway (FEEL `score > 10`) → end
 * (ZEEBE_BPMN). `total` instances are created with `POST /v2/process-instances`, at most
 * CREATE_CONCURRENCY in flight; WORKERS long-polling loops activate jobs (`requestTimeout`) and
 * complete each job with its own `POST /v2/jobs/{key}/completion`. The clock stops when the last
 * job has been completed (the instance then only passes the gateway and ends).
 *
 * Job type and process id carry a per-run suffix, so a server that keeps its state between runs never
 * hands out an older run's jobs. A 429 (backpressure: too many commands in flight) is retried after a
 * short pause and counted.
 */
/** As many creations in flight as the SDK starter's (starter.ts, 128): on a loaded machine 16 made the figure one of latency. */
const CREATE_CONCURRENCY = 128;
const WORKERS = 4;
const BATCH = 64;

/** Requests answered 429 RESOURCE_EXHAUSTED (backpressure) and retried, per run. */
let backpressureRetries = 0;

async function post(client: PlainHttp, url: URL, body: unknown): Promise<any> {
  for (let attempt = 0; ; attempt++) {
    const { status, text } = await client.post(url, body);
    // Backpressure: a server rejects commands beyond its in-flight limit; a client retries them after a pause.
    if (status === 429 && attempt < 50) {
      backpressureRetries++;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 30 * (attempt + 1)));
      continue;
    }
    if (status >= 400) throw new Error(`POST ${url} -> ${status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }
}

export async function rawRestThroughput(
  restAddress: string,
  total: number,
  opts: { createConcurrency?: number; workers?: number; credential?: { user: string; password: string } } = {},
): Promise<{ perSecond: number; ms: number; backpressureRetries: number }> {
  // The embedded server's runtime credential; none for a Camunda 8 address.
  const authorization: Record<string, string> = opts.credential ? { authorization: basicAuthorization(opts.credential) } : {};
  const client = plainHttp(authorization);
  try {
    return await runWorkload(client, authorization, restAddress, total, opts);
  } finally {
    client.close();
  }
}

async function runWorkload(
  client: PlainHttp,
  authorization: Record<string, string>,
  restAddress: string,
  total: number,
  opts: { createConcurrency?: number; workers?: number },
): Promise<{ perSecond: number; ms: number; backpressureRetries: number }> {
  backpressureRetries = 0;
  const createConcurrency = opts.createConcurrency ?? CREATE_CONCURRENCY;
  const workerCount = opts.workers ?? WORKERS;
  const v2 = `${restAddress.replace(/\/+$/, '')}/v2`;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const processId = `bench-${suffix}`;
  const jobType = `bench-check-${suffix}`;
  const xml = ZEEBE_BPMN.replace('id="bench"', `id="${processId}"`).replace('type="bench-check"', `type="${jobType}"`);
  const form = new FormData();
  form.append('resources', new Blob([xml], { type: 'application/xml' }), `${processId}.bpmn`);
  const activation = new URL(`${v2}/jobs/activation`);
  const creation = new URL(`${v2}/process-instances`);
  const dep = await fetch(`${v2}/deployments`, { method: 'POST', body: form, headers: authorization });
  if (!dep.ok) throw new Error(`deployment failed: ${dep.status} ${await dep.text()}`);

  let completed = 0;
  let finishedAt = 0;
  let stop = false;
  let failure: unknown;
  const worker = async () => {
    while (!stop && completed < total) {
      const { jobs } = await post(client, activation, {
        type: jobType,
        worker: 'bench-raw',
        timeout: 60_000,
        maxJobsToActivate: BATCH,
        requestTimeout: 2_000,
      });
      await Promise.all(
        (jobs ?? []).map(async (job: any) => {
          await post(client, new URL(`${v2}/jobs/${job.jobKey}/completion`), { variables: { score: job.variables?.score } });
          if (++completed === total) finishedAt = performance.now();
        }),
      );
    }
  };

  const started = performance.now();
  const workers = Array.from({ length: workerCount }, () =>
    worker().catch((e) => {
      failure = e;
      stop = true;
    }),
  );
  await inParallel(total, createConcurrency, async (i) => {
    if (stop) return;
    await post(client, creation, { processDefinitionId: processId, variables: { score: i % 20 } });
  }).catch((e) => {
    failure = e;
    stop = true;
  });
  await Promise.all(workers); // idle workers return within one requestTimeout; not counted
  const ms = (finishedAt || performance.now()) - started;
  if (failure) throw failure;
  return { perSecond: rate(total, ms), ms: Math.round(ms), backpressureRetries };
}

/** `node dist/bench/raw-rest.js http://127.0.0.1:8080 2000 [createConcurrency]` (after npx tsc -p tsconfig.build.json). */
if (require.main === module) {
  const [address, n, c] = process.argv.slice(2);
  if (!address) {
    console.error('usage: raw-rest.js <restAddress without /v2> [total] [createConcurrency]');
    process.exit(2);
  }
  rawRestThroughput(address, Number(n ?? 2_000), { createConcurrency: c ? Number(c) : undefined }).then(
    (r) => console.log(JSON.stringify({ restAddress: address, total: Number(n ?? 2_000), ...r })),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
