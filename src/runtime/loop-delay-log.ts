import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Diagnostics only (`YUKK_LOOP_DELAY_LOG=1`): once a second, one line on stderr with the longest event-loop
 * delay of that second, so a slow request seen by a client can be matched to the block that held it up
 * (the soak bench reads these lines). Off by default: nothing of it reaches production output.
 * Line format: `loop-delay <epoch ms> max <ms> p99 <ms>`.
 */
export function startLoopDelayLog(write: (line: string) => void = (l) => process.stderr.write(l + '\n')): () => void {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    const ms = (ns: number) => Math.round(ns / 1e6);
    write(`loop-delay ${Date.now()} max ${ms(histogram.max)} p99 ${ms(histogram.percentile(99))}`);
    histogram.reset();
  }, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    histogram.disable();
  };
}
