import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bpmnEngineThroughput } from './bpmn-engine';
import { inProcessThroughput } from './in-process';
import { procedureRun } from './procedures';
import { rawRestThroughput } from './raw-rest';
import { restWorkerThroughput } from './rest-worker';
import { startServerProcess } from './server-process';
import { soak } from './soak';
import { waitingTimersInChild } from './waiting-timers';

/**
 * `npm run bench`: prints the figures the README reports. Not part of the tests — speed is
 * measured here, never asserted. Sizes can be lowered for a quick look: BENCH_SCALE=0.1.
 * BENCH_SKIP=raw-rest,procedures,soak leaves parts out (also rest, in-process, bpmn-engine, timers);
 * BENCH_ONLY=soak runs the named parts only.
 */
async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const skipped = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
  const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
  const skip = { has: (part: string) => skipped.has(part) || (only.size > 0 && !only.has(part)) };
  const n = (x: number) => Math.max(100, Math.round(x * scale));
  const say = (s: string) => console.log(s);
  say(`yukk-flow benchmarks (${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})`);

  // Server, SDK job worker and starter are three processes on this machine's cores.
  const rest = skip.has('rest') ? undefined : await restWorkerThroughput(n(10_000), undefined, 'sdk');
  if (rest) say(`REST v2 + @camunda8/sdk job worker, instances started through the SDK: ${rest.perSecond} completed instances/s (${n(10_000)} instances, ${Math.round(rest.ms)} ms)`);
  const restHttp = skip.has('rest') ? undefined : await restWorkerThroughput(n(10_000), undefined, 'http');
  if (restHttp) say(`REST v2 + @camunda8/sdk job worker, instances started by plain HTTP requests: ${restHttp.perSecond} completed instances/s (${n(10_000)} instances, ${Math.round(restHttp.ms)} ms)`);

  const inProc = skip.has('in-process') ? undefined : await inProcessThroughput(n(20_000));
  if (inProc) say(`in-process API: ${inProc.perSecond} completed instances/s (${n(20_000)} instances)`);

  const other = skip.has('bpmn-engine') ? undefined : await bpmnEngineThroughput(n(5_000));
  if (other) say(`bpmn-engine (same BPMN, in memory, no persistence): ${other.perSecond} completed instances/s (${n(5_000)} instances)`);
  if (other && rest && inProc) say(`ratio REST worker (SDK starter) / bpmn-engine: ${(rest.perSecond / other.perSecond).toFixed(1)}x; in-process / bpmn-engine: ${(inProc.perSecond / other.perSecond).toFixed(1)}x`);

  if (!skip.has('timers')) {
    // BENCH_TIMERS=1000000 for the scale measurement (RSS, disk, restart, monitor searches at that size).
    const timers = await waitingTimersInChild(Number(process.env.BENCH_TIMERS ?? n(100_000)));
    say(`${timers.instances} instances waiting on a timer: RSS ${timers.rssMbWaiting} MB (baseline ${timers.rssMbBaseline} MB), created at ${timers.createPerSecond}/s, ${timers.diskMb} MB on disk`);
    say(`restart with ${timers.instances} waiting: serving again after ${timers.restartMs} ms; monitor searches (ms): ${JSON.stringify(timers.searchMs)}`);
    say(`firing ${timers.instances} due timers: ${timers.fireMs} ms (${timers.firedPerSecond} timers/s, each instance completing)`);
    say(`monitor searches with ${timers.instances} completed (ms): ${JSON.stringify(timers.searchMsAfterFire)}`);
  }

  if (!skip.has('procedures')) {
    const run = await procedureRun(n(10_000));
    say(`procedures: ${run.total} applications driven to their outcomes in ${Math.round(run.ms / 1000)} s (${run.perSecond} cases/s): ${JSON.stringify(run.outcomes)}`);
  }

  if (!skip.has('soak')) {
    // 10 minutes at BENCH_SCALE=1; at least 30 s.
    const soakMs = Math.max(30_000, Math.round(10 * 60_000 * scale));
    say(`soak: 50 mixed clients (create, search, activate+complete, UI reads) for ${Math.round(soakMs / 1000)} s against the server in its own process:`);
    await soak(soakMs, 50, say);
  }

  if (!skip.has('raw-rest')) await rawRest(n(2_000), say);
}

/** The same workload over plain fetch (no SDK): the embedded server's own REST cost. */
async function rawRest(total: number, say: (s: string) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-raw-'));
  const server = await startServerProcess(dir, { YUKK_WORKERS: 'off' });
  try {
    const r = await rawRestThroughput(server.url, total, { credential: server.credential });
    say(`raw REST (no SDK, Node's fetch), same workload: ${r.perSecond} completed instances/s (${total} instances, ${r.ms} ms)`);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
