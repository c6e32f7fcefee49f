import { BPMN_ENGINE_BPMN, inParallel, rate } from './workload';

/** The same workload on the `bpmn-engine` package (in memory, no persistence), for comparison. */
export async function bpmnEngineThroughput(total: number): Promise<{ perSecond: number; ms: number }> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Engine } = require('bpmn-engine') as { Engine: new (opts: unknown) => { execute(opts: unknown): Promise<unknown> } };
  const started = performance.now();
  let completed = 0;
  await inParallel(total, 50, async (i) => {
    const engine = new Engine({ name: `bench-${i}`, source: BPMN_ENGINE_BPMN });
    await new Promise<void>((resolve, reject) => {
      (engine as any).once('end', () => {
        completed++;
        resolve();
      });
      (engine as any).once('error', reject);
      engine
        .execute({
          variables: { score: i % 20 },
          services: { check: (_ctx: unknown, next: (err: unknown, out?: unknown) => void) => next(null, { score: i % 20 }) },
        })
        .catch(reject);
    });
  });
  const ms = performance.now() - started;
  if (completed !== total) throw new Error(`bpmn-engine completed ${completed} of ${total}`);
  return { perSecond: rate(total, ms), ms };
}
