import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bpmnEngineThroughput } from './bpmn-engine';
import { rawRestThroughput } from './camunda';
import { inProcessThroughput } from './in-process';
import { procedureRun } from './procedures';
import { restWorkerThroughput } from './rest-worker';
import { startServerProcess } from './server-process';
import { soak } from './soak';
import { waitingTimersInChild } from './waiting-timers';

/**
 * `npm run bench`: prints the figures the README reports. Not part of the tests — speed is
 * measured here, never asserted. Sizes can be lowered for a quick look: BENCH_SCALE=0.1.
 * BENCH_SKIP=camunda,procedures,soak leaves parts out.
 */
async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
  const n = (x: number) => Math.max(100, Math.round(x * scale));
  const say = (s: string) => console.log(s);
  say(`yukk-flow benchmarks (${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})`);

  // Server, SDK job worker and starter are three processes on this machine's cores.
  const rest = await restWorkerThroughput(n(10_000), undefined, 'sdk');
  say(`REST v2 + @camunda8/sdk job worker, instances started through the SDK: ${rest.perSecond} completed instances/s (${n(10_000)} instances, ${Math.round(rest.ms)} ms)`);
  const restHttp = await restWorkerThroughput(n(10_000), undefined, 'http');
  say(`REST v2 + @camunda8/sdk job worker, instances started by plain HTTP requests: ${restHttp.perSecond} completed instances/s (${n(10_000)} instances, ${Math.round(restHttp.ms)} ms)`);

  const inProc = await inProcessThroughput(n(20_000));
  say(`in-process API: ${inProc.perSecond} completed instances/s (${n(20_000)} instances)`);

  const other = await bpmnEngineThroughput(n(5_000));
  say(`bpmn-engine (same BPMN, in memory, no persistence): ${other.perSecond} completed instances/s (${n(5_000)} instances)`);
  say(`ratio REST worker (SDK starter) / bpmn-engine: ${(rest.perSecond / other.perSecond).toFixed(1)}x; in-process / bpmn-engine: ${(inProc.perSecond / other.perSecond).toFixed(1)}x`);

  const timers = await waitingTimersInChild(n(100_000));
  say(`${timers.instances} instances waiting on a timer: RSS ${timers.rssMbWaiting} MB (baseline ${timers.rssMbBaseline} MB), created at ${timers.createPerSecond}/s`);
  say(`firing ${timers.instances} due timers: ${timers.fireMs} ms (${timers.firedPerSecond} timers/s, each instance completing)`);

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

  if (!skip.has('camunda')) await camundaSideBySide(n(2_000), say);
}

/** The same raw-REST workload on the embedded server and on a local Camunda 8 broker, when one can run. */
async function camundaSideBySide(total: number, say: (s: string) => void): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const start = spawnSync('bash', [path.join(root, 'scripts', 'camunda', 'start.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (start.status !== 0) {
    say('Camunda 8 side by side: skipped (the local broker could not be started; see docs/camunda8.md)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-side-'));
  const server = await startServerProcess(dir, { YUKK_WORKERS: 'off' });
  try {
    const embedded = await rawRestThroughput(server.url, total, { credential: server.credential });
    const camunda = await rawRestThroughput(`http://127.0.0.1:${process.env.CAMUNDA_PORT ?? 8088}`, total);
    say(`raw REST, same workload: embedded ${embedded.perSecond}/s, Camunda 8.6 broker ${camunda.perSecond}/s (${(embedded.perSecond / camunda.perSecond).toFixed(1)}x), ${total} instances each`);
  } finally {
    await server.stop();
    spawnSync('bash', [path.join(root, 'scripts', 'camunda', 'stop.sh')], { stdio: 'ignore' });
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
