import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../engine';
import { inParallel, rate, ZEEBE_BPMN } from './workload';

/** Completed instances per second through the in-process API (durable commits, synchronous=FULL). */
export async function inProcessThroughput(total: number): Promise<{ perSecond: number; ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-'));
  const engine = await Engine.open({ dataDir: dir });
  try {
    await engine.deploy([{ name: 'bench.bpmn', content: ZEEBE_BPMN }]);
    const started = performance.now();
    let done = 0;
    const worker = (async () => {
      while (done < total) {
        const jobs = await engine.activateJobs({ type: 'bench-check', timeout: 60_000, maxJobsToActivate: 200, worker: 'bench', requestTimeout: 1000 });
        await Promise.all(jobs.map((j) => engine.completeJob(j.jobKey, { score: j.variables.score as number })));
        done += jobs.length;
      }
    })();
    await inParallel(total, 200, async (i) => {
      await engine.createProcessInstance({ processDefinitionId: 'bench', variables: { score: i % 20 } });
    });
    await worker;
    const ms = performance.now() - started;
    const completed = (engine.db.prepare(`SELECT COUNT(*) AS n FROM process_instances WHERE state = 'COMPLETED'`).get() as { n: number }).n;
    if (completed !== total) throw new Error(`expected ${total} completed instances, found ${completed}`);
    return { perSecond: rate(total, ms), ms };
  } finally {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
