import { date, dateAndTime, parseExpression } from 'feelin';
import { boundedEvaluate, FeelLimitExceeded, needsBoundedEvaluation, WorkerRecipe } from './bounded-eval';
import { fastEvaluate } from './fast-eval';

/**
 * FEEL as Zeebe uses it: a property value starting with `=` is a FEEL expression, anything else a
 * static value. Syntax errors are found at deploy time; evaluation failures become incidents.
 */
export class FeelError extends Error {
  constructor(message: string, readonly expression: string) {
    super(message);
    this.name = 'FeelError';
  }
}

export type Expr = { feel: true; source: string } | { feel: false; value: string };

export function toExpr(raw: string | undefined | null): Expr | undefined {
  if (raw === undefined || raw === null) return undefined;
  const trimmed = raw.trim();
  if (trimmed.startsWith('=')) return { feel: true, source: trimmed.slice(1).trim() };
  return { feel: false, value: raw };
}

/** Returns the syntax error of a FEEL expression, or undefined when it parses. */
export function feelSyntaxError(source: string): string | undefined {
  if (source.trim() === '') return 'empty expression';
  const tree = parseExpression(source, CAMUNDA_BUILTINS as Record<string, any>, undefined);
  let error: string | undefined;
  tree.iterate({
    enter(node) {
      if (error) return false;
      if (node.type.isError) {
        error = `syntax error at position ${node.from}: '${source.slice(Math.max(0, node.from - 10), node.to + 10)}'`;
        return false;
      }
      return undefined;
    },
  });
  return error;
}

/**
 * FEEL's now() and today() read the engine clock, as Zeebe's do, so pinned-clock tests and timers
 * agree. Commands run synchronously, so the engine sets its clock before each batch.
 */
let clockNow: () => number = () => Date.now();

export function useFeelClock(now: () => number): void {
  clockNow = now;
}

/**
 * Built-ins Camunda's FEEL has and feelin lacks (observed on Camunda 8.6.0: test/conformance/zeebe-observations/feel),
 * plus the clock functions. Names with spaces must also be known to the parser.
 */
const CAMUNDA_BUILTINS = {
  'is defined': (value: unknown) => value !== null && value !== undefined,
  'get or else': (value: unknown, fallback: unknown) => (value === null || value === undefined ? fallback : value),
};

/** Built once: now() and today() read the clock when called, not when the context is built. */
const EXTRA_FUNCTIONS = {
  ...CAMUNDA_BUILTINS,
  now: () => dateAndTime(new Date(clockNow()).toISOString()),
  today: () => date(new Date(clockNow()).toISOString().slice(0, 10)),
};

/** What the bounded evaluation's worker rebuilds: the same built-ins and result conversion (see bounded-eval.ts). */
let recipe: WorkerRecipe | undefined;
const workerRecipe = (): WorkerRecipe =>
  (recipe ??= { builtins: Object.fromEntries(Object.entries(CAMUNDA_BUILTINS).map(([name, fn]) => [name, fn.toString()])), toJson: toJson.toString() });

/** An incident message quotes the expression; a very long one is cut. */
const quoted = (source: string) => (source.length > 300 ? `${source.slice(0, 300)}…` : source);

/**
 * Evaluates FEEL against a context; throws FeelError when evaluation fails outright. Expressions that can do
 * unbounded work run under time and memory limits (bounded-eval.ts); a FeelError then says the limit was hit.
 */
export function evaluateFeel(source: string, context: Record<string, unknown>): { value: unknown; warnings: string[] } {
  try {
    if (needsBoundedEvaluation(source)) return boundedEvaluate(source, context, clockNow(), workerRecipe());
    const result = fastEvaluate(source, context, EXTRA_FUNCTIONS);
    return { value: toJson(result.value), warnings: result.warnings.map((w: { message: string }) => w.message) };
  } catch (err) {
    // A stack overflow (deep recursion in a user function, deeply nested data) is FEEL's failure too, not the server's.
    const why = err instanceof FeelLimitExceeded ? err.message : err instanceof RangeError ? `too deeply nested (${err.message})` : (err as Error).message;
    throw new FeelError(`failed to evaluate expression '${quoted(source)}': ${why}`, source);
  }
}

export function evaluateExpr(expr: Expr, context: Record<string, unknown>): { value: unknown; warnings: string[] } {
  return expr.feel ? evaluateFeel(expr.source, context) : { value: expr.value, warnings: [] };
}

/** Evaluates and requires a result of the given kind, as Zeebe does for typed properties. */
export function evaluateTyped(
  expr: Expr,
  context: Record<string, unknown>,
  kind: 'string' | 'number' | 'boolean' | 'array' | 'stringOrNumber' | 'stringList' | 'any',
): unknown {
  const { value, warnings } = evaluateExpr(expr, context);
  const ok =
    kind === 'any' ||
    (kind === 'string' && typeof value === 'string') ||
    (kind === 'number' && typeof value === 'number') ||
    (kind === 'boolean' && typeof value === 'boolean') ||
    (kind === 'array' && Array.isArray(value)) ||
    (kind === 'stringOrNumber' && (typeof value === 'string' || typeof value === 'number')) ||
    (kind === 'stringList' && Array.isArray(value) && value.every((v) => typeof v === 'string'));
  if (!ok) {
    const src = expr.feel ? expr.source : expr.value;
    const why = warnings.length ? ` [${warnings.join('; ')}]` : '';
    throw new FeelError(`Expected result of the expression '${src}' to be '${kind.toUpperCase()}', but was '${describe(value)}'.${why}`, src);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return 'ARRAY';
  return (typeof value).toUpperCase();
}

/** Converts feelin's temporal values to the JSON forms Zeebe stores (ISO strings). */
export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown> & { constructor?: { name?: string } };
    const ctor = v.constructor?.name;
    if (ctor && ctor.startsWith('Feel') && typeof (v as { toString?: unknown }).toString === 'function') {
      const iso = (v as { iso?: unknown }).iso;
      return typeof iso === 'string' ? iso : String(v);
    }
    if (typeof (v as { toISO?: unknown }).toISO === 'function') return (v as unknown as { toISO(): string }).toISO();
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toJson(x);
    return out;
  }
  if (typeof value === 'function') return null;
  return value;
}
