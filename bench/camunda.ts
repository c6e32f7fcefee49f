import { basicAuthorization } from '../src/runtime/runtime-credential';
import { inParallel, rate, ZEEBE_BPMN } from './workload';

/**
 * Raw-REST throughput, the same code against the embedded server and against a real Camunda 8
 * (8.6 or 8.8+), so the ratio between the two is fair: no SDK, plain fetch.
 *
 * Workload: start → service task (bench-check) → exclusive gateway (FEEL `score > 10`) → end
 * (ZEEBE_BPMN). `total` instances are created with `POST /v2/process-instances`, at most
 * CREATE_CONCURRENCY in flight; WORKERS long-polling loops activate jobs (`requestTimeout`) and
 * complete each job with its own `POST /v2/jobs/{key}/completion`. The clock stops when the last
 * job has been completed (the instance then only passes the gateway and ends).
 *
 * Job type and process id carry a per-run suffix, so a Camunda broker that keeps its state between
 * runs never hands out an older run's jobs. 8.6 names the activated job's key `key` (8.8+: `jobKey`).
 * A 429 (Zeebe's backpressure: too many commands in flight; on 8.6 job activation a 500 naming
 * RESOURCE_EXHAUSTED) is retried after a short pause and counted.
 */
const CREATE_CONCURRENCY = 16;
const WORKERS = 4;
const BATCH = 64;

/** Requests answered 429 RESOURCE_EXHAUSTED (Zeebe's backpressure) and retried, per run. */
let backpressureRetries = 0;
/** Requests answered 502 (8.6: "connection was cut prematurely with the broker") and retried, per run. */
let connectionRetries = 0;

/** Authorization of the server under test (the embedded server's runtime credential; none for Camunda 8). */
let authorization: Record<string, string> = {};

async function post(url: string, body: unknown): Promise<any> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...authorization }, body: JSON.stringify(body) });
    const text = await res.text();
    // 8.6 under load: the gateway lost its connection to the broker; the command may or may not have been
    // applied. Retried: a completion that had been applied then answers 404 (treated as done below); a
    // creation could in principle be duplicated (the count is reported).
    if (res.status === 502 && attempt < 5) {
      connectionRetries++;
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    if (res.status === 404 && attempt > 0 && url.endsWith('/completion')) return undefined;
    // Backpressure: Zeebe rejects commands beyond its in-flight limit; a client retries them after a pause.
    // 8.6 wraps it in a 500 on job activation ("… at least one broker returned 'RESOURCE_EXHAUSTED'").
    if ((res.status === 429 || (res.status === 500 && text.includes('RESOURCE_EXHAUSTED'))) && attempt < 50) {
      backpressureRetries++;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 30 * (attempt + 1)));
      continue;
    }
    if (res.status >= 400) throw new Error(`POST ${url} -> ${res.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }
}

export async function rawRestThroughput(
  restAddress: string,
  total: number,
  opts: { createConcurrency?: number; workers?: number; credential?: { user: string; password: string } } = {},
): Promise<{ perSecond: number; ms: number; backpressureRetries?: number; connectionRetries?: number }> {
  authorization = opts.credential ? { authorization: basicAuthorization(opts.credential) } : {};
  backpressureRetries = 0;
  connectionRetries = 0;
  const createConcurrency = opts.createConcurrency ?? CREATE_CONCURRENCY;
  const workerCount = opts.workers ?? WORKERS;
  const v2 = `${restAddress.replace(/\/+$/, '')}/v2`;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const processId = `bench-${suffix}`;
  const jobType = `bench-check-${suffix}`;
  const xml = ZEEBE_BPMN.replace('id="bench"', `id="${processId}"`).replace('type="bench-check"', `type="${jobType}"`);
  const form = new FormData();
  form.append('resources', new Blob([xml], { type: 'application/xml' }), `${processId}.bpmn`);
  const dep = await fetch(`${v2}/deployments`, { method: 'POST', body: form, headers: authorization });
  if (!dep.ok) throw new Error(`deployment failed: ${dep.status} ${await dep.text()}`);

  let completed = 0;
  let finishedAt = 0;
  let stop = false;
  let failure: unknown;
  const worker = async () => {
    while (!stop && completed < total) {
      const { jobs } = await post(`${v2}/jobs/activation`, {
        type: jobType,
        worker: 'bench-raw',
        timeout: 60_000,
        maxJobsToActivate: BATCH,
        requestTimeout: 2_000,
      });
      await Promise.all(
        (jobs ?? []).map(async (job: any) => {
          await post(`${v2}/jobs/${String(job.jobKey ?? job.key)}/completion`, { variables: { score: job.variables?.score } });
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
    await post(`${v2}/process-instances`, { processDefinitionId: processId, variables: { score: i % 20 } });
  }).catch((e) => {
    failure = e;
    stop = true;
  });
  await Promise.all(workers); // idle workers return within one requestTimeout; not counted
  const ms = (finishedAt || performance.now()) - started;
  if (failure) throw failure;
  return { perSecond: rate(total, ms), ms: Math.round(ms), backpressureRetries, connectionRetries };
}

/** `node dist/bench/camunda.js http://127.0.0.1:8088 2000 [createConcurrency]` (after npx tsc -p tsconfig.build.json). */
if (require.main === module) {
  const [address, n, c] = process.argv.slice(2);
  if (!address) {
    console.error('usage: camunda.js <restAddress without /v2> [total]');
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
