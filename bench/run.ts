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
 *
 * BENCH_SKIP leaves parts out (comma-separated): `in-process`, `plain-http`, `sdk` (the three rows of the
 * throughput section), `bpmn-engine`, `timers`, `procedures`, `soak`; BENCH_ONLY runs the named parts
 * only (e.g. BENCH_ONLY=soak, or BENCH_ONLY=in-process,plain-http,sdk for the throughput section).
 */
async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const skipped = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
  const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
  const skip = { has: (part: string) => skipped.has(part) || (only.size > 0 && !only.has(part)) };
  const n = (x: number) => Math.max(100, Math.round(x * scale));
  const say = (s: string) => console.log(s);
  say(`yukk-flow benchmarks (${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, load ${load()})`);

  // One workload through the three ways in, side by side. The machine is shared: each row carries the load
  // average at its end, and the HTTP rows the CPU each process spent per instance, which moves less with the load.
  say(`throughput, start → service task → exclusive gateway (FEEL) → end; clients and server on this machine's ${os.cpus().length} cores:`);
  let inProcessRate: number | undefined;
  if (!skip.has('in-process')) {
    const r = await inProcessThroughput(n(20_000));
    inProcessRate = r.perSecond;
    say(`  in-process API (durable commits):                 ${pad(r.perSecond)} completed instances/s  (${n(20_000)} instances, ${Math.round(r.ms)} ms, load ${load()})`);
  }
  if (!skip.has('plain-http')) {
    const r = await plainHttp(n(10_000));
    const ratio = inProcessRate ? `, ${Math.round((100 * r.perSecond) / inProcessRate)}% of in-process` : '';
    say(`  /v2 over plain keep-alive HTTP (no SDK):          ${pad(r.perSecond)} completed instances/s  (${n(10_000)} instances, ${r.ms} ms, load ${load()}; CPU per instance: server ${r.serverCpu}, client ${r.clientCpu}${ratio})`);
  }
  let sdkRate: number | undefined;
  if (!skip.has('sdk')) {
    // Server, SDK job worker (this process) and SDK starter: three processes, as in Camunda's own benchmarks.
    const r = await restWorkerThroughput(n(10_000), undefined, 'sdk');
    sdkRate = r.perSecond;
    say(`  /v2 through @camunda8/sdk (job worker + starter): ${pad(r.perSecond)} completed instances/s  (${n(10_000)} instances, ${Math.round(r.ms)} ms, load ${load()})`);
  }

  if (!skip.has('bpmn-engine')) {
    const other = await bpmnEngineThroughput(n(5_000));
    say(`bpmn-engine (same BPMN, in memory, no persistence): ${other.perSecond} completed instances/s (${n(5_000)} instances, load ${load()})`);
    const ratios = [inProcessRate && `in-process / bpmn-engine: ${(inProcessRate / other.perSecond).toFixed(1)}x`, sdkRate && `REST (SDK) / bpmn-engine: ${(sdkRate / other.perSecond).toFixed(1)}x`];
    if (ratios.some(Boolean)) say(`ratio ${ratios.filter(Boolean).join('; ')}`);
  }

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
}

const load = () => os.loadavg()[0].toFixed(2);
const pad = (rate: number) => String(rate).padStart(5);
const perInstance = (ms: number | undefined, total: number) => (ms === undefined ? 'n/a' : `${(ms / total).toFixed(2)} ms`);

/**
 * The workload over plain keep-alive HTTP (./raw-rest.ts: no SDK), the server in its own process: the
 * embedded server's own REST cost. The client (this process) and the server share the cores.
 */
async function plainHttp(total: number): Promise<{ perSecond: number; ms: number; serverCpu: string; clientCpu: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-raw-'));
  const server = await startServerProcess(dir, { YUKK_WORKERS: 'off' });
  try {
    const serverBefore = server.cpuMs();
    const clientBefore = process.cpuUsage();
    const r = await rawRestThroughput(server.url, total, { credential: server.credential });
    const client = process.cpuUsage(clientBefore);
    const serverAfter = server.cpuMs();
    const serverMs = serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore;
    return { perSecond: r.perSecond, ms: r.ms, serverCpu: perInstance(serverMs, total), clientCpu: perInstance((client.user + client.system) / 1000, total) };
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
