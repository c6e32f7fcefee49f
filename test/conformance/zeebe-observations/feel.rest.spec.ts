/**
 * FEEL results as Zeebe produced them: each expression runs in a script task (`resultVariable` r), the
 * instance is created with awaitCompletion and `fetchVariables: ["r"]`. `{ completed: false }` means the
 * instance did not complete within 3 s (on Camunda an incident). Recorded on Camunda 8.6.0.
 */
import { linear, scriptTask } from '../support/bpmn-builder';
import { RawRestClient, RestError } from '../support/raw-rest-client';
import { describeObservations, divergence, observed } from '../support/recorded-observations';
import { FEEL_DECIMAL, FEEL_MIXED_COMPARISON, FEEL_SOME_NULL, FEEL_STRING_CONTEXT } from './divergences';

type Outcome = { deployed: false } | { completed: true; r: unknown } | { completed: false };

interface Case {
  expr: string;
  vars?: Record<string, unknown>;
  /** What Camunda 8.6.0 gave. */
  camunda: Outcome;
  /** Set when the embedded engine gives something else (a documented divergence). */
  embedded?: Outcome;
  verdict?: string;
}

const ok = (r: unknown): Outcome => ({ completed: true, r });

/** Null propagation, missing variables, type errors, and a few plain values as a control group. */
const CASES: Case[] = [
  { expr: '=x * 2', vars: { x: 21 }, camunda: ok(42) },
  { expr: '=x * 2', vars: { x: 'a' }, camunda: ok(null) },
  { expr: '=x * 2', camunda: ok(null) },
  { expr: '=null + 1', camunda: ok(null) },
  { expr: '=x.y.z', camunda: ok(null) },
  { expr: '=a.b', vars: { a: { b: 5 } }, camunda: ok(5) },
  { expr: '={a: 1}.b', camunda: ok(null) },
  { expr: '=foo(1)', camunda: ok(null) },
  { expr: '=1 / 0', camunda: ok(null) },
  { expr: '="a" + 1', camunda: ok(null) },
  { expr: '="a" + "b"', camunda: ok('ab') },
  { expr: '="x" < 1', camunda: ok(null), embedded: ok(false), verdict: FEEL_MIXED_COMPARISON },
  { expr: '=x > 5', camunda: ok(null) },
  { expr: '=if x > 5 then "big" else "small"', camunda: ok('small') },
  { expr: '=x = null', camunda: ok(true) },
  { expr: '=x != null', camunda: ok(false) },
  { expr: '=not(x)', camunda: ok(null) },
  { expr: '=x and true', camunda: ok(null) },
  { expr: '=false and x', camunda: ok(false) },
  { expr: '=true or x', camunda: ok(true) },
  { expr: '=count([1, 2, null])', camunda: ok(3) },
  { expr: '=sum([1, "a"])', camunda: ok(null) },
  { expr: '=sum([])', camunda: ok(null) },
  { expr: '=string length(x)', vars: { x: 5 }, camunda: ok(null) },
  { expr: '=upper case(x)', camunda: ok(null) },
  { expr: '=date("2026-13-45")', camunda: ok(null) },
  { expr: '=string(date("2026-01-31") + duration("P1M"))', camunda: ok('2026-02-28') },
  { expr: '=string(date and time("2026-01-01T00:00:00Z") + duration("P1D"))', camunda: ok('2026-01-02T00:00:00Z') },
  { expr: '=[1, 2, 3][x]', camunda: ok([]) },
  { expr: '=[1, 2, 3][-1]', camunda: ok(3) },
  { expr: '=[1, 2, 3][5]', camunda: ok(null) },
  { expr: '=list contains([1, 2], x)', camunda: ok(false) },
  { expr: '=10 / 4', camunda: ok(2.5) },
  { expr: '=0.1 + 0.2', camunda: ok(0.3), embedded: ok(0.30000000000000004), verdict: FEEL_DECIMAL },
  { expr: '=decimal(1 / 3, 2)', camunda: ok(0.33) },
  { expr: '=floor(-7.5)', camunda: ok(-8) },
  { expr: '=substring("abcdef", -2)', camunda: ok('ef') },
  { expr: '=get or else(x, "fallback")', camunda: ok('fallback') },
  { expr: '=is defined(x)', camunda: ok(false) },
  { expr: '=x instance of number', vars: { x: 1 }, camunda: ok(true) },
  { expr: '=for i in [1, 2, 3] return i * x', vars: { x: 2 }, camunda: ok([2, 4, 6]) },
  { expr: '=some i in [1, 2] satisfies i > x', camunda: ok(null), embedded: ok(false), verdict: FEEL_SOME_NULL },
  { expr: '={"a": x}', vars: {}, camunda: ok({ a: null }) },
  { expr: '=string(x)', vars: { x: { k: [1, 'two'] } }, camunda: ok('{k:[1, "two"]}'), embedded: ok('{k: [1, "two"]}'), verdict: FEEL_STRING_CONTEXT },
  { expr: '=number("12a")', camunda: ok(null) },
  { expr: '=x[item > 1]', vars: { x: [1, 2, 3] }, camunda: ok([2, 3]) },
  { expr: '=x.a', vars: { x: [{ a: 1 }, { a: 2 }] }, camunda: ok([1, 2]) },
];

async function evaluate(c: RawRestClient, processId: string, expr: string, vars: Record<string, unknown>): Promise<Outcome> {
  try {
    await c.deploy({ [`${processId}.bpmn`]: linear(processId, [scriptTask('calc', expr, 'r')]) });
  } catch (e) {
    if (e instanceof RestError && e.problem.status === 400) return { deployed: false };
    throw e;
  }
  const res = await c.runToCompletion(processId, vars, { requestTimeout: 3_000, fetchVariables: ['r'] });
  return res.completed ? { completed: true, r: res.variables.r } : { completed: false };
}

describeObservations('FEEL in a script task', (client) => {
  CASES.forEach((tc, i) => {
    const name = `${tc.expr} with ${JSON.stringify(tc.vars ?? {})}`;
    const scenario = (c: RawRestClient) => evaluate(c, `feel-${i}`, tc.expr, tc.vars ?? {});
    if (tc.embedded) divergence(name, client, scenario, { embedded: tc.embedded, camunda: tc.camunda, verdict: tc.verdict ?? '' });
    else observed(name, client, scenario, tc.camunda);
  });

  // docs/camunda8.md, "Engine behaviour observed": a syntax error refuses the deployment (400).
  observed('=1 + (a syntax error) refuses the deployment', client, (c) => evaluate(c, 'feel-syntax', '=1 +', {}), { deployed: false });
});
