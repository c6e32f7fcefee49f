/**
 * Variable propagation (io mappings, call activities) and the exclusive gateway, embedded vs Camunda.
 */
import { bpmn, describeDifferential, diff, diffKnown, ext, ioMapping, linear, RUN, scriptTask, serviceTask } from './differential';
import { Completion, RawRestClient } from './rest-client';

const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const outcome = (r: Completion) => (r.completed ? { completed: true, variables: sorted(r.variables) } : { completed: false });

/** Creates an instance with awaitCompletion, completes the one job of `type` with `result`; returns the job's variables and the end state. */
async function runWithJob(c: RawRestClient, processId: string, type: string, vars: Record<string, unknown>, result: Record<string, unknown>) {
  const done = c.runToCompletion(processId, vars, { requestTimeout: 10_000 });
  const [job] = await c.activateAtLeast(type, 1, 8_000);
  if (job) await c.complete(job.jobKey, result);
  return { jobVariables: job ? sorted(job.variables) : 'no job', end: outcome(await done) };
}

import { FEEL_MIXED_COMPARISON, GATEWAY_ORDER, LOCAL_SCOPE_PROPAGATION } from './divergences';

/** The path each input takes (instances run concurrently; "stuck" = not completed within 3 s, an incident on Camunda). */
async function routes(c: RawRestClient, id: string, inputs: Array<Record<string, unknown>>) {
  return Promise.all(
    inputs.map(async (vars) => {
      const r = await c.runToCompletion(id, vars, { fetchVariables: ['path'], requestTimeout: 3_000 });
      return { vars, path: r.completed ? r.variables.path : 'stuck' };
    }),
  );
}

describeDifferential('variables and gateways: embedded engine vs Camunda 8', (targets) => {
  describe('io mappings on a service task', () => {
    diff('input and output mappings: job sees locals, only outputs propagate', targets, async (c) => {
      const id = `io-both-${RUN}`;
      await c.deploy({
        [`${id}.bpmn`]: linear(id, [serviceTask('task', id, ioMapping([['=a + 1', 'b'], ['=missing', 'm'], ['=a', 'shadow']], [['=b * 10', 'c'], ['=d', 'dOut'], ['=shadow', 'fromShadow']]))]),
      });
      return runWithJob(c, id, id, { a: 1, keep: 'k', shadow: 'root' }, { d: 5, e: 6, shadow: 'job' });
    });

    diff('input mappings only: a job result variable named like an input-mapped local', targets, async (c) => {
      const id = `io-in-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id, ioMapping([['=a + 1', 'b']]))]) });
      return runWithJob(c, id, id, { a: 1 }, { d: 5, b: 99 });
    });

    diff('output mapping into a context path and from a missing variable', targets, async (c) => {
      const id = `io-path-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id, ioMapping([], [['=d', 'ctx.inner'], ['=nothing', 'n']]))]) });
      return runWithJob(c, id, id, { ctx: { keep: 1 } }, { d: 5 });
    });

    diff('script task with output mappings: resultVariable stays local', targets, async (c) => {
      const id = `io-script-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: linear(id, [scriptTask('calc', '=a * 2', 'r', ioMapping([], [['=r + 1', 'r1']]))]) });
      return outcome(await c.runToCompletion(id, { a: 4 }));
    });
  });

  describe('call activities', () => {
    const child = `child-${RUN}`;
    const deployChild = (c: RawRestClient) =>
      c.deploy({ [`${child}.bpmn`]: linear(child, [scriptTask('inc', '=if p = null then -1 else p + 1', 'q'), scriptTask('seen', '=other != null', 'childSawOther')]) });
    const callActivity = (attrs: string, mappings = '') => ({
      id: 'call',
      tag: 'callActivity',
      inner: ext(`<zeebe:calledElement processId="${child}" ${attrs}/>${mappings}`),
    });

    diff('defaults: all parent variables in, all child variables out', targets, async (c) => {
      const id = `call-default-${RUN}`;
      await deployChild(c);
      await c.deploy({ [`${id}.bpmn`]: linear(id, [callActivity('')]) });
      return outcome(await c.runToCompletion(id, { p: 1, other: 'o' }));
    });

    diff('propagateAllChildVariables=false with an output mapping', targets, async (c) => {
      const id = `call-out-${RUN}`;
      await deployChild(c);
      await c.deploy({ [`${id}.bpmn`]: linear(id, [callActivity('propagateAllChildVariables="false"', ioMapping([], [['=q', 'fromChild']]))]) });
      return outcome(await c.runToCompletion(id, { p: 1, other: 'o' }));
    });

    diff('propagateAllParentVariables=false with an input mapping that shadows a parent variable', targets, async (c) => {
      const id = `call-in-${RUN}`;
      await deployChild(c);
      await c.deploy({ [`${id}.bpmn`]: linear(id, [callActivity('propagateAllParentVariables="false"', ioMapping([['=p * 10', 'p']]))]) });
      return outcome(await c.runToCompletion(id, { p: 1, other: 'o' }));
    });

    diff('called element id from an expression', targets, async (c) => {
      const id = `call-expr-${RUN}`;
      await deployChild(c);
      await c.deploy({ [`${id}.bpmn`]: linear(id, [{ id: 'call', tag: 'callActivity', inner: ext(`<zeebe:calledElement processId="=childId"/>`) }]) });
      return outcome(await c.runToCompletion(id, { p: 5, childId: child }));
    });
  });

  describe('exclusive gateway', () => {
    const gatewayProcess = (id: string, withDefault: boolean) =>
      bpmn(
        id,
        [
          { id: 'start', tag: 'startEvent' },
          { id: 'gw', tag: 'exclusiveGateway', attrs: withDefault ? { default: 'toLow' } : {} },
          scriptTask('high', '="high"', 'path'),
          scriptTask('mid', '="mid"', 'path'),
          scriptTask('low', '="low"', 'path'),
          { id: 'end', tag: 'endEvent' },
        ],
        [
          { from: 'start', to: 'gw' },
          { from: 'gw', to: 'high', condition: '=x > 10' },
          { from: 'gw', to: 'mid', condition: '=x > 5' },
          ...(withDefault ? [{ id: 'toLow', from: 'gw', to: 'low' }] : []),
          { from: 'high', to: 'end' },
          { from: 'mid', to: 'end' },
          { from: 'low', to: 'end' },
        ],
      );

    diff('with a default flow: the true condition, else the default; a null condition result stops the instance', targets, async (c) => {
      const id = `gw-default-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: gatewayProcess(id, true) });
      return routes(c, id, [{ x: 7 }, { x: 1 }, {}, { x: null }]);
    });

    diffKnown('two true conditions: which flow is taken', GATEWAY_ORDER, targets, async (c) => {
      const id = `gw-order-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: gatewayProcess(id, true) });
      return routes(c, id, [{ x: 20 }]);
    });

    diffKnown('a condition comparing a string with a number (x > 10 with x = "a")', FEEL_MIXED_COMPARISON, targets, async (c) => {
      const id = `gw-mixed-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: gatewayProcess(id, true) });
      return routes(c, id, [{ x: 'a' }]);
    });

    diff('without a default flow: no true condition means the instance stops (incident)', targets, async (c) => {
      const id = `gw-nodefault-${RUN}`;
      await c.deploy({ [`${id}.bpmn`]: gatewayProcess(id, false) });
      return routes(c, id, [{ x: 7 }, { x: 1 }, {}]);
    });

    diff('a non-boolean condition', targets, async (c) => {
      const id = `gw-nonbool-${RUN}`;
      await c.deploy({
        [`${id}.bpmn`]: bpmn(
          id,
          [{ id: 'start', tag: 'startEvent' }, { id: 'gw', tag: 'exclusiveGateway', attrs: { default: 'toLow' } }, scriptTask('high', '="high"', 'path'), scriptTask('low', '="low"', 'path'), { id: 'end', tag: 'endEvent' }],
          [
            { from: 'start', to: 'gw' },
            { from: 'gw', to: 'high', condition: '=x' },
            { id: 'toLow', from: 'gw', to: 'low' },
            { from: 'high', to: 'end' },
            { from: 'low', to: 'end' },
          ],
        ),
      });
      return routes(c, id, [{ x: true }, { x: false }, { x: 'yes' }, { x: 1 }, {}]);
    });
  });
});
