/**
 * Variable propagation (io mappings, call activities) and the exclusive gateway as Zeebe showed them.
 * Recorded on Camunda 8.6.0 with the raw REST calls below. "stuck" = the instance did not complete within
 * 3 s (on Camunda an incident).
 */
import { bpmn, ext, ioMapping, linear, scriptTask, serviceTask } from '../support/bpmn-builder';
import { Completion, RawRestClient } from '../support/raw-rest-client';
import { describeObservations, divergence, observed, sorted } from '../support/recorded-observations';
import { FEEL_MIXED_COMPARISON, GATEWAY_ORDER } from './divergences';

const outcome = (r: Completion) => (r.completed ? { completed: true, variables: sorted(r.variables) } : { completed: false });

/** Creates an instance with awaitCompletion, completes the one job of `type` with `result`; returns the job's variables and the end state. */
async function runWithJob(c: RawRestClient, processId: string, type: string, vars: Record<string, unknown>, result: Record<string, unknown>) {
  const done = c.runToCompletion(processId, vars, { requestTimeout: 10_000 });
  const [job] = await c.activateAtLeast(type, 1, 8_000);
  if (job) await c.complete(job.jobKey, result);
  return { jobVariables: job ? sorted(job.variables) : 'no job', end: outcome(await done) };
}

/** The path each input takes (instances run concurrently). */
async function routes(c: RawRestClient, id: string, inputs: Array<Record<string, unknown>>) {
  return Promise.all(
    inputs.map(async (vars) => {
      const r = await c.runToCompletion(id, vars, { fetchVariables: ['path'], requestTimeout: 3_000 });
      return { vars, path: r.completed ? r.variables.path : 'stuck' };
    }),
  );
}

describeObservations('variables and gateways', (client) => {
  describe('io mappings', () => {
    observed(
      'service task with input and output mappings: the job sees the locals, only outputs propagate',
      client,
      async (c) => {
        const id = 'io-both';
        await c.deploy({
          [`${id}.bpmn`]: linear(id, [serviceTask('task', id, ioMapping([['=a + 1', 'b'], ['=missing', 'm'], ['=a', 'shadow']], [['=b * 10', 'c'], ['=d', 'dOut'], ['=shadow', 'fromShadow']]))]),
        });
        return runWithJob(c, id, id, { a: 1, keep: 'k', shadow: 'root' }, { d: 5, e: 6, shadow: 'job' });
      },
      {
        jobVariables: { a: 1, b: 2, keep: 'k', m: null, shadow: 1 },
        end: { completed: true, variables: { a: 1, c: 20, dOut: 5, fromShadow: 'job', keep: 'k', shadow: 'root' } },
      },
    );

    // Once a divergence (the embedded engine propagated b: 99); fixed: a result merges from the element's own scope.
    observed(
      'service task with input mappings only: a job result named like an input-mapped local stays local',
      client,
      async (c) => {
        const id = 'io-in';
        await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id, ioMapping([['=a + 1', 'b']]))]) });
        return runWithJob(c, id, id, { a: 1 }, { d: 5, b: 99 });
      },
      { jobVariables: { a: 1, b: 2 }, end: { completed: true, variables: { a: 1, d: 5 } } },
    );

    observed(
      'output mapping into a context path and from a missing variable',
      client,
      async (c) => {
        const id = 'io-path';
        await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id, ioMapping([], [['=d', 'ctx.inner'], ['=nothing', 'n']]))]) });
        return runWithJob(c, id, id, { ctx: { keep: 1 } }, { d: 5 });
      },
      { jobVariables: { ctx: { keep: 1 } }, end: { completed: true, variables: { ctx: { keep: 1, inner: 5 }, n: null } } },
    );

    observed(
      'script task with output mappings: its resultVariable stays local',
      client,
      async (c) => {
        const id = 'io-script';
        await c.deploy({ [`${id}.bpmn`]: linear(id, [scriptTask('calc', '=a * 2', 'r', ioMapping([], [['=r + 1', 'r1']]))]) });
        return outcome(await c.runToCompletion(id, { a: 4 }));
      },
      { completed: true, variables: { a: 4, r1: 9 } },
    );

    observed(
      'script task with an input mapping from a missing path and an output mapping: only the output reaches the process',
      client,
      async (c) => {
        const id = 'io-missing-path';
        await c.deploy({ [`${id}.bpmn`]: linear(id, [scriptTask('calc', '=1', 'one', ioMapping([['=x.y', 'local']], [['=local', 'copied']]))]) });
        return outcome(await c.runToCompletion(id, {}, { requestTimeout: 3_000 }));
      },
      { completed: true, variables: { copied: null } },
    );
  });

  describe('call activities', () => {
    const child = 'child-proc';
    const deployChild = (c: RawRestClient) =>
      c.deploy({ [`${child}.bpmn`]: linear(child, [scriptTask('inc', '=if p = null then -1 else p + 1', 'q'), scriptTask('seen', '=other != null', 'childSawOther')]) });
    const callActivity = (attrs: string, mappings = '') => ({
      id: 'call',
      tag: 'callActivity',
      inner: ext(`<zeebe:calledElement processId="${child}" ${attrs}/>${mappings}`),
    });

    observed(
      'defaults: all parent variables in, all child variables out',
      client,
      async (c) => {
        const id = 'call-default';
        await deployChild(c);
        await c.deploy({ [`${id}.bpmn`]: linear(id, [callActivity('')]) });
        return outcome(await c.runToCompletion(id, { p: 1, other: 'o' }));
      },
      { completed: true, variables: { childSawOther: true, other: 'o', p: 1, q: 2 } },
    );

    observed(
      'propagateAllChildVariables=false with an output mapping',
      client,
      async (c) => {
        const id = 'call-out';
        await deployChild(c);
        await c.deploy({ [`${id}.bpmn`]: linear(id, [callActivity('propagateAllChildVariables="false"', ioMapping([], [['=q', 'fromChild']]))]) });
        return outcome(await c.runToCompletion(id, { p: 1, other: 'o' }));
      },
      { completed: true, variables: { fromChild: 2, other: 'o', p: 1 } },
    );

    observed(
      'propagateAllParentVariables=false with an input mapping that shadows a parent variable',
      client,
      async (c) => {
        const id = 'call-in';
        await deployChild(c);
        await c.deploy({ [`${id}.bpmn`]: linear(id, [callActivity('propagateAllParentVariables="false"', ioMapping([['=p * 10', 'p']]))]) });
        return outcome(await c.runToCompletion(id, { p: 1, other: 'o' }));
      },
      { completed: true, variables: { childSawOther: false, other: 'o', p: 10, q: 11 } },
    );

    observed(
      'called element id from an expression',
      client,
      async (c) => {
        const id = 'call-expr';
        await deployChild(c);
        await c.deploy({ [`${id}.bpmn`]: linear(id, [{ id: 'call', tag: 'callActivity', inner: ext(`<zeebe:calledElement processId="=childId"/>`) }]) });
        return outcome(await c.runToCompletion(id, { p: 5, childId: child }));
      },
      { completed: true, variables: { childId: child, childSawOther: false, p: 5, q: 6 } },
    );
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

    observed(
      'with a default flow: the true condition, else the default; a null condition result stops the instance',
      client,
      async (c) => {
        await c.deploy({ ['gw-default.bpmn']: gatewayProcess('gw-default', true) });
        return routes(c, 'gw-default', [{ x: 7 }, { x: 1 }, {}, { x: null }]);
      },
      [
        { vars: { x: 7 }, path: 'mid' },
        { vars: { x: 1 }, path: 'low' },
        { vars: {}, path: 'stuck' },
        { vars: { x: null }, path: 'stuck' },
      ],
    );

    divergence(
      'two true conditions: which flow is taken',
      client,
      async (c) => {
        await c.deploy({ ['gw-order.bpmn']: gatewayProcess('gw-order', true) });
        return routes(c, 'gw-order', [{ x: 20 }]);
      },
      { embedded: [{ vars: { x: 20 }, path: 'high' }], camunda: [{ vars: { x: 20 }, path: 'mid' }], verdict: GATEWAY_ORDER },
    );

    divergence(
      'a condition comparing a string with a number (x > 10 with x = "a")',
      client,
      async (c) => {
        await c.deploy({ ['gw-mixed.bpmn']: gatewayProcess('gw-mixed', true) });
        return routes(c, 'gw-mixed', [{ x: 'a' }]);
      },
      { embedded: [{ vars: { x: 'a' }, path: 'low' }], camunda: [{ vars: { x: 'a' }, path: 'stuck' }], verdict: FEEL_MIXED_COMPARISON },
    );

    observed(
      'without a default flow: no true condition means the instance stops (incident)',
      client,
      async (c) => {
        await c.deploy({ ['gw-nodefault.bpmn']: gatewayProcess('gw-nodefault', false) });
        return routes(c, 'gw-nodefault', [{ x: 7 }, { x: 1 }, {}]);
      },
      [
        { vars: { x: 7 }, path: 'mid' },
        { vars: { x: 1 }, path: 'stuck' },
        { vars: {}, path: 'stuck' },
      ],
    );

    observed(
      'a single conditional flow and no default: taken when true, stuck without the variable',
      client,
      async (c) => {
        const id = 'gw-single';
        await c.deploy({
          [`${id}.bpmn`]: bpmn(
            id,
            [{ id: 'start', tag: 'startEvent' }, { id: 'gw', tag: 'exclusiveGateway' }, scriptTask('big', '="big"', 'path'), { id: 'end', tag: 'endEvent' }],
            [
              { from: 'start', to: 'gw' },
              { from: 'gw', to: 'big', condition: '=x > 5' },
              { from: 'big', to: 'end' },
            ],
          ),
        });
        return routes(c, id, [{ x: 10 }, {}]);
      },
      [
        { vars: { x: 10 }, path: 'big' },
        { vars: {}, path: 'stuck' },
      ],
    );

    observed(
      'a non-boolean condition',
      client,
      async (c) => {
        const id = 'gw-nonbool';
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
      },
      [
        { vars: { x: true }, path: 'high' },
        { vars: { x: false }, path: 'low' },
        { vars: { x: 'yes' }, path: 'stuck' },
        { vars: { x: 1 }, path: 'stuck' },
        { vars: {}, path: 'stuck' },
      ],
    );
  });
});
