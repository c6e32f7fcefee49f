/**
 * Multi-instance output collection: embedded vs Camunda.
 */
import { describeDifferential, diff, diffKnown, ext, linear, RUN, scriptTask, serviceTask } from './differential';
import { MI_OUTPUT_ELEMENT_LOCAL } from './divergences';

const loop = (sequential: boolean, output = true, completion?: string) =>
  `<bpmn:multiInstanceLoopCharacteristics${sequential ? ' isSequential="true"' : ''}>${ext(
    `<zeebe:loopCharacteristics inputCollection="=items" inputElement="item"${output ? ' outputCollection="results" outputElement="=res"' : ''}/>`,
  )}${completion ? `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${completion}</bpmn:completionCondition>` : ''}</bpmn:multiInstanceLoopCharacteristics>`;

const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describeDifferential('multi-instance: embedded engine vs Camunda 8', (targets) => {
  diff('parallel service task: jobs completed in reverse order, results in input order', targets, async (c) => {
    const id = `mi-par-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...serviceTask('task', id), tail: loop(false) }]) });
    const done = c.runToCompletion(id, { items: [1, 2, 3] }, { requestTimeout: 10_000 });
    const jobs = await c.activateAtLeast(id, 3, 8_000);
    const seen = jobs.map((j) => ({ item: j.variables.item, loopCounter: j.variables.loopCounter })).sort((a, b) => Number(a.loopCounter) - Number(b.loopCounter));
    for (const j of [...jobs].reverse()) await c.complete(j.jobKey, { res: Number(j.variables.item) * 10 });
    const r = await done;
    return { seen, end: r.completed ? sorted(r.variables) : 'not completed' };
  });

  diff('sequential script task', targets, async (c) => {
    const id = `mi-seq-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...scriptTask('calc', '=item * 2', 'res'), tail: loop(true) }]) });
    const r = await c.runToCompletion(id, { items: [3, 1, 2] });
    return r.completed ? sorted(r.variables) : 'not completed';
  });

  diff('empty input collection', targets, async (c) => {
    const id = `mi-empty-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...scriptTask('calc', '=item * 2', 'res'), tail: loop(false) }]) });
    const r = await c.runToCompletion(id, { items: [] }, { requestTimeout: 3_000 });
    return r.completed ? sorted(r.variables) : 'not completed';
  });

  diff('output element from a missing variable', targets, async (c) => {
    const id = `mi-null-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...scriptTask('calc', '=item * 2', 'other'), tail: loop(false) }]) });
    const r = await c.runToCompletion(id, { items: [1, 2] }, { requestTimeout: 3_000 });
    return r.completed ? sorted(r.variables) : 'not completed';
  });

  diff('sequential with a completion condition', targets, async (c) => {
    const id = `mi-cond-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...scriptTask('calc', '=item * 2', 'res'), tail: loop(true, true, '=numberOfCompletedInstances >= 2') }]) });
    const r = await c.runToCompletion(id, { items: [5, 6, 7, 8] }, { requestTimeout: 3_000 });
    return r.completed ? sorted(r.variables) : 'not completed';
  });

  diff('input collection that is not a list', targets, async (c) => {
    const id = `mi-notlist-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [{ ...scriptTask('calc', '=item * 2', 'res'), tail: loop(false) }]) });
    const r = await c.runToCompletion(id, { items: 'abc' }, { requestTimeout: 3_000 });
    return r.completed ? sorted(r.variables) : 'not completed';
  });
});
