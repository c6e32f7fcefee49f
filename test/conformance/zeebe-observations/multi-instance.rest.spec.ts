/**
 * Multi-instance input and output collections as Zeebe handled them. Recorded on Camunda 8.6.0.
 */
import { ext, linear, scriptTask, serviceTask } from '../support/bpmn-builder';
import { RawRestClient } from '../support/raw-rest-client';
import { describeObservations, observed, sorted } from '../support/recorded-observations';

const loop = (sequential: boolean, completion?: string) =>
  `<bpmn:multiInstanceLoopCharacteristics${sequential ? ' isSequential="true"' : ''}>${ext(
    `<zeebe:loopCharacteristics inputCollection="=items" inputElement="item" outputCollection="results" outputElement="=res"/>`,
  )}${completion ? `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${completion}</bpmn:completionCondition>` : ''}</bpmn:multiInstanceLoopCharacteristics>`;

/** A multi-instance script task over `items`; the end variables, or "not completed" within 3 s. */
async function scriptLoop(c: RawRestClient, id: string, items: unknown, opts: { sequential?: boolean; resultVariable?: string; completion?: string } = {}) {
  await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...scriptTask('calc', '=item * 2', opts.resultVariable ?? 'res'), tail: loop(opts.sequential ?? false, opts.completion) }]) });
  const r = await c.runToCompletion(id, { items }, { requestTimeout: 3_000 });
  return r.completed ? sorted(r.variables) : 'not completed';
}

describeObservations('multi-instance', (client) => {
  // Once a divergence (the output element res leaked into the process); fixed: it is a local of each inner instance.
  observed(
    'parallel service task: jobs completed in reverse order, results in input order, the output element stays local',
    client,
    async (c) => {
      const id = 'mi-par';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...serviceTask('task', id), tail: loop(false) }]) });
      const done = c.runToCompletion(id, { items: [1, 2, 3] }, { requestTimeout: 10_000 });
      const jobs = await c.activateAtLeast(id, 3, 8_000);
      const seen = jobs.map((j) => ({ item: j.variables.item, loopCounter: j.variables.loopCounter })).sort((a, b) => Number(a.loopCounter) - Number(b.loopCounter));
      for (const j of [...jobs].reverse()) await c.complete(j.jobKey, { res: Number(j.variables.item) * 10 });
      const r = await done;
      return { seen, end: r.completed ? sorted(r.variables) : 'not completed' };
    },
    {
      seen: [
        { item: 1, loopCounter: 1 },
        { item: 2, loopCounter: 2 },
        { item: 3, loopCounter: 3 },
      ],
      end: { items: [1, 2, 3], results: [10, 20, 30] },
    },
  );

  observed('sequential script task', client, (c) => scriptLoop(c, 'mi-seq', [3, 1, 2], { sequential: true }), { items: [3, 1, 2], results: [6, 2, 4] });

  observed('empty input collection', client, (c) => scriptLoop(c, 'mi-empty', []), { items: [], results: [] });

  observed('output element from a missing variable', client, (c) => scriptLoop(c, 'mi-null', [1, 2], { resultVariable: 'other' }), {
    items: [1, 2],
    other: 4,
    results: [null, null],
  });

  observed(
    'sequential with a completion condition: the results not reached stay null',
    client,
    (c) => scriptLoop(c, 'mi-cond', [5, 6, 7, 8], { sequential: true, completion: '=numberOfCompletedInstances >= 2' }),
    { items: [5, 6, 7, 8], results: [10, 12, null, null] },
  );

  observed('input collection that is not a list: the instance stops (incident)', client, (c) => scriptLoop(c, 'mi-notlist', 'abc'), 'not completed');
});
