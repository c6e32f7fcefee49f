import { bpmnEngineThroughput } from './bpmn-engine';
import { inProcessThroughput } from './in-process';
import { restWorkerThroughput } from './rest-worker';
import { waitingTimersInChild } from './waiting-timers';

/**
 * `npm run bench`: prints the figures the README reports. Not part of the tests — speed is
 * measured here, never asserted. Sizes can be lowered for a quick look: BENCH_SCALE=0.1.
 */
async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const n = (x: number) => Math.max(100, Math.round(x * scale));
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  say(`yukk-flow benchmarks (${new Date().toISOString()}, node ${process.version})`);

  const rest = await restWorkerThroughput(n(10_000));
  say(`REST v2 + @camunda8/sdk job worker (server in a child process): ${rest.perSecond} completed instances/s (${n(10_000)} instances, ${Math.round(rest.ms)} ms)`);

  const inProc = await inProcessThroughput(n(20_000));
  say(`in-process API: ${inProc.perSecond} completed instances/s (${n(20_000)} instances)`);

  const other = await bpmnEngineThroughput(n(5_000));
  say(`bpmn-engine (same BPMN, in memory, no persistence): ${other.perSecond} completed instances/s (${n(5_000)} instances)`);
  say(`ratio REST worker / bpmn-engine: ${(rest.perSecond / other.perSecond).toFixed(1)}x; in-process / bpmn-engine: ${(inProc.perSecond / other.perSecond).toFixed(1)}x`);

  const timers = await waitingTimersInChild(n(100_000));
  say(`${timers.instances} instances waiting on a timer: RSS ${timers.rssMbWaiting} MB (baseline ${timers.rssMbBaseline} MB), created at ${timers.createPerSecond}/s`);
  say(`firing ${timers.instances} due timers: ${timers.fireMs} ms (${timers.firedPerSecond} timers/s, each instance completing)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
