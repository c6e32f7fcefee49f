import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { basicAuthorization } from '../src/runtime/runtime-credential';
import { startServerProcess } from './server-process';
import { ZEEBE_BPMN } from './workload';

/**
 * Soak: 50 clients for 10 minutes (BENCH_SCALE shortens it) against the built server in its own process, mixing
 * what the product sees at once: instances created, instances searched, jobs activated and completed (workers),
 * and the UI's reads (monitor list and task list, through the session API, which reads the runtime in turn).
 * Reports throughput, p50/p99/max per operation, errors, and the server's RSS over time. Measured, never asserted.
 * To tell where a stall came from, it also reports the longest event-loop delay of the server (its
 * `YUKK_LOOP_DELAY_LOG` lines) and of this load generator, and the slowest HTTP requests beside the loop blocks of
 * the seconds they were in flight. BENCH_SOAK_TRACE=<file> writes every slow request and per-second loop delay as
 * JSON; BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=<dir>" profiles the server alongside.
 */
export interface SoakResult {
  seconds: number;
  operations: Array<{ name: string; count: number; perSecond: number; p50: number; p99: number; max: number; errors: number }>;
  rssMb: Array<{ atSeconds: number; mb: number }>;
  /** Longest event-loop delay of the load generator itself: a high value means the clients, not the server, were late. */
  clientLoopMaxMs: number;
  /** Longest event-loop delay of the server (from its `YUKK_LOOP_DELAY_LOG` lines). */
  serverLoopMaxMs: number;
}

/** One HTTP request slower than SLOW_MS, kept to be matched with the server's event-loop blocks. */
interface SlowRequest {
  method: string;
  path: string;
  status: number;
  startMs: number;
  endMs: number;
}
const SLOW_MS = 1000;

/** The longest event-loop delay of one second (the second ending at `atMs`). */
interface LoopSample {
  atMs: number;
  maxMs: number;
}

const OPERATIONS = ['create', 'search', 'activate+complete', 'ui reads'] as const;
type Operation = (typeof OPERATIONS)[number];
const ADMIN = { username: 'soak.admin', password: 'soak-bench-password-7' };

export async function soak(durationMs: number, clients = 50, say: (s: string) => void = () => undefined): Promise<SoakResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-soak-'));
  const server = await startServerProcess(dir, { YUKK_WORKERS: 'off', YUKK_ADMIN_USER: ADMIN.username, YUKK_ADMIN_PASSWORD: ADMIN.password, YUKK_LOOP_DELAY_LOG: '1' });
  // The server's longest event-loop delay per second, and this process's own: a slow request is explained by a
  // block on one side or the other (or by neither: then it queued behind other work without any one long block).
  const serverLoop: LoopSample[] = [];
  let stderrTail = '';
  server.child.stderr!.on('data', (chunk: Buffer) => {
    const lines = (stderrTail + chunk.toString()).split('\n');
    stderrTail = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^loop-delay (\d+) max (\d+)/.exec(line);
      if (m) serverLoop.push({ atMs: Number(m[1]), maxMs: Number(m[2]) });
    }
  });
  const clientHistogram = monitorEventLoopDelay({ resolution: 10 });
  const clientLoop: LoopSample[] = [];
  clientHistogram.enable();
  const clientSampler = setInterval(() => {
    clientLoop.push({ atMs: Date.now(), maxMs: Math.round(clientHistogram.max / 1e6) });
    clientHistogram.reset();
  }, 1000);
  const slow: SlowRequest[] = [];
  // No socket limit: workers complete jobs concurrently, and a capped pool would queue every client behind them
  // (a client-side wait that would be counted as the server's latency).
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const runtime = { authorization: basicAuthorization(server.credential) };
  const call = (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const startMs = Date.now();
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const req = http.request(new URL(p, server.url), { method, agent, headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}), ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          const endMs = Date.now();
          if (endMs - startMs >= SLOW_MS) slow.push({ method, path: p.split('?')[0], status: res.statusCode ?? 0, startMs, endMs });
          resolve({ status: res.statusCode ?? 0, text, headers: res.headers });
        });
      });
      req.once('error', reject);
      req.end(payload);
    });
  try {
    // The bench process, deployed once.
    const boundary = 'soakboundary';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="resources"; filename="bench.bpmn"\r\nContent-Type: application/xml\r\n\r\n${ZEEBE_BPMN}\r\n--${boundary}--\r\n`;
    const deployed = await call('POST', '/v2/deployments', multipart, { ...runtime, 'content-type': `multipart/form-data; boundary=${boundary}` });
    if (deployed.status !== 200) throw new Error(`soak: deployment answered ${deployed.status} ${deployed.text.slice(0, 200)}`);
    const login = await call('POST', '/api/auth/login', ADMIN);
    if (login.status !== 200) throw new Error(`soak: sign-in answered ${login.status}`);
    const cookie = { cookie: String(login.headers['set-cookie']?.[0] ?? '').split(';')[0] };

    const latencies = new Map<Operation, number[]>(OPERATIONS.map((o) => [o, []]));
    const errors = new Map<Operation, number>(OPERATIONS.map((o) => [o, 0]));
    const expect = (op: Operation, status: number, ok: number[]) => {
      if (!ok.includes(status)) errors.set(op, errors.get(op)! + 1);
    };
    let n = 0;
    const ops: Record<Operation, () => Promise<void>> = {
      create: async () => {
        const r = await call('POST', '/v2/process-instances', { processDefinitionId: 'bench', variables: { score: n++ % 20, applicant: { name: 'Synthetic Soak', n } } }, runtime);
        expect('create', r.status, [200]);
      },
      search: async () => {
        const r = await call('POST', '/v2/process-instances/search', { filter: { processDefinitionId: 'bench', state: 'ACTIVE' }, sort: [{ field: 'startDate', order: 'DESC' }], page: { limit: 50 } }, runtime);
        expect('search', r.status, [200]);
      },
      'activate+complete': async () => {
        const r = await call('POST', '/v2/jobs/activation', { type: 'bench-check', worker: 'soak', timeout: 60_000, maxJobsToActivate: 5, requestTimeout: 200 }, runtime);
        expect('activate+complete', r.status, [200]);
        if (r.status !== 200) return;
        const { jobs } = JSON.parse(r.text) as { jobs: Array<{ jobKey: string; variables: { score?: number } }> };
        // Completed concurrently, as the SDK's job workers do.
        await Promise.all(
          jobs.map(async (job) => {
            const c = await call('POST', `/v2/jobs/${job.jobKey}/completion`, { variables: { score: job.variables.score ?? 0 } }, runtime);
            expect('activate+complete', c.status, [204]);
          }),
        );
      },
      'ui reads': async () => {
        const a = await call('GET', '/api/monitor/instances?processDefinitionId=bench&limit=50', undefined, cookie);
        const b = await call('GET', '/api/tasks?limit=50', undefined, cookie);
        expect('ui reads', a.status, [200]);
        expect('ui reads', b.status, [200]);
      },
    };

    const rssMb: SoakResult['rssMb'] = [];
    const started = performance.now();
    const sampleRss = () => {
      const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rssMb.push({ atSeconds: Math.round((performance.now() - started) / 1000), mb: Math.round(kb / 1024) });
    };
    sampleRss();
    const sampler = setInterval(sampleRss, Math.max(1000, Math.min(30_000, durationMs / 20)));
    const deadline = started + durationMs;
    // Clients join one after another over the ramp-up, as load tools ramp up, instead of 50 first requests landing on
    // the cold server in the same millisecond (every request is measured, those of the ramp-up included).
    const rampMs = Math.min(durationMs / 4, Number(process.env.BENCH_SOAK_RAMP_S ?? 10) * 1000);
    say(`  clients join over the first ${Math.round(rampMs / 1000)} s (BENCH_SOAK_RAMP_S)`);
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const op = OPERATIONS[i % OPERATIONS.length];
        await new Promise((resolve) => setTimeout(resolve, (rampMs * i) / clients));
        while (performance.now() < deadline) {
          const t = performance.now();
          try {
            await ops[op]();
          } catch {
            errors.set(op, errors.get(op)! + 1);
          }
          latencies.get(op)!.push(performance.now() - t);
        }
      }),
    );
    clearInterval(sampler);
    sampleRss();
    const seconds = (performance.now() - started) / 1000;
    const operations = OPERATIONS.map((name) => {
      const l = latencies.get(name)!.sort((a, b) => a - b);
      const q = (p: number) => Math.round(l[Math.min(l.length - 1, Math.floor(p * l.length))] ?? 0);
      return { name, count: l.length, perSecond: Math.round(l.length / seconds), p50: q(0.5), p99: q(0.99), max: Math.round(l[l.length - 1] ?? 0), errors: errors.get(name)! };
    });
    for (const o of operations) say(`  ${o.name}: ${o.count} (${o.perSecond}/s), p50 ${o.p50} ms, p99 ${o.p99} ms, max ${o.max} ms, errors ${o.errors}`);
    say(`  server RSS (MB) over time: ${rssMb.map((r) => `${r.atSeconds}s ${r.mb}`).join(', ')}`);
    const loopMax = (l: LoopSample[]) => l.reduce((m, x) => Math.max(m, x.maxMs), 0);
    const clientLoopMaxMs = loopMax(clientLoop);
    const serverLoopMaxMs = loopMax(serverLoop);
    say(`  event-loop delay, max: server ${serverLoopMaxMs} ms, load generator ${clientLoopMaxMs} ms; ${slow.length} HTTP requests over ${SLOW_MS} ms`);
    for (const line of explainSlow(slow, serverLoop, clientLoop)) say(`    ${line}`);
    if (process.env.BENCH_SOAK_TRACE) fs.writeFileSync(process.env.BENCH_SOAK_TRACE, JSON.stringify({ slow, serverLoop, clientLoop, rssMb, operations }));
    return { seconds, operations, rssMb, clientLoopMaxMs, serverLoopMaxMs };
  } finally {
    clearInterval(clientSampler);
    clientHistogram.disable();
    agent.destroy();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The ten slowest requests, each with the longest event-loop block of the server and of the load generator in
 * the seconds it was in flight (a per-second maximum is logged at the end of its second, hence the one-second margin).
 */
function explainSlow(slow: SlowRequest[], serverLoop: LoopSample[], clientLoop: LoopSample[]): string[] {
  const during = (l: LoopSample[], r: SlowRequest) =>
    l.filter((x) => x.atMs >= r.startMs && x.atMs <= r.endMs + 1000).reduce((m, x) => Math.max(m, x.maxMs), 0);
  return [...slow]
    .sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs))
    .slice(0, 10)
    .map((r) => `${r.method} ${r.path} ${r.status} took ${r.endMs - r.startMs} ms; longest loop block meanwhile: server ${during(serverLoop, r)} ms, load generator ${during(clientLoop, r)} ms`);
}

/** `node dist/bench/soak.js [seconds] [clients]` runs the soak alone. */
if (require.main === module) {
  const [seconds, clients] = process.argv.slice(2).map(Number);
  soak((seconds || 120) * 1000, clients || 50, (s) => console.log(s)).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
