import { evaluate } from 'feelin';
import { parser } from 'lezer-feel';

/**
 * feelin's evaluate() made cheaper without changing its answers, in two ways.
 *
 * 1. Only the variables an expression can name are passed. evaluate() deep-copies the whole context
 *    (coerceContext) on every call: with 200 documents in scope that is ~80% of an evaluation of
 *    `score > 10`. FEEL reads the top-level context only by names spelled in the source (plus the
 *    implicit `?`), and normalizeContextKey() only re-spaces around `. / - ' + *`, so a variable
 *    with a piece (between those) that does not occur in the source can be neither looked up nor
 *    matched by the context-sensitive tokenizer. Leaving it out changes nothing.
 *
 * 2. Parse trees are cached. feelin (8.2, the newest release) has no compile-once API, and its
 *    Interpreter is not exported (nikku/feelin#67, #34), so the closures it builds from a tree
 *    cannot be reused; the lezer parse, about a third of a small evaluation, can. The only seam is
 *    lezer-feel's `parser` singleton: feelin's parseExpression() calls `parser.configure({ top,
 *    contextTracker, dialect }).parse(source)`, so configure() is wrapped and, only while armed by
 *    fastEvaluate(), answers that parse from the cache. lezer trees are immutable, so sharing is safe.
 *    FEEL parsing is context-sensitive (a variable named `first name`, `net-income` or `and` changes
 *    the tokens), so the key holds every context key, with its path, that could do that. A
 *    plain identifier that is not a keyword only turns an `identifier` token into a `nameIdentifier`,
 *    which both become the same Identifier node, so it is left out of the key.
 *
 * 3. A variable compared with a literal of its own type — `score > 10`, `route = "accelerated"`,
 *    `accepted = false`, the usual gateway conditions — is answered without feelin: even with the parse
 *    cached, evaluate() builds its closures from the tree on every call, most of such an evaluation.
 *    Anything else — another shape, a value of another type, a context name that could change the
 *    parse — goes to feelin. The spec checks the answers against plain feelin's.
 *
 * All three rest on how this feelin/lezer-feel pair works, so they switch on only for the versions
 * checked (the spec fails on an upgrade until re-checked) and when a self-test shows the hook is
 * reached. Anything unusual (class instances in a context, very large values) bypasses the cache.
 */

type LRParser = typeof parser;
type ParserConfig = Parameters<LRParser['configure']>[0];
type Tree = ReturnType<LRParser['parse']>;

/** Major.minor versions the reasoning above was checked against. */
const VALIDATED = { feelin: '8.2.', lezerFeel: '3.0.' };

/** Bounded: analysts deploy arbitrary expressions. Least recently used trees go first. */
const MAX_TREES = 1000;

/** Objects and lists visited to build a key; larger visible values are evaluated without the cache. */
const MAX_VISITS = 2000;

/** lezer-feel's keywords (spec_identifier in its parser): a variable so named is no longer a keyword. */
const KEYWORDS = new Set([
  'for', 'in', 'return', 'if', 'then', 'else', 'some', 'every', 'satisfies', 'or', 'and', 'between',
  'instance', 'of', 'days', 'time', 'duration', 'years', 'months', 'date', 'list', 'context',
  'function', 'null', 'true', 'false', 'external', 'not',
]);
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What normalizeContextKey() re-spaces; a name's other characters appear verbatim wherever it is used. */
const NAME_SEPARATORS = /[\s./\-'+*]+/;

/** Whether a variable so named can change how an expression parses. */
export function changesParsing(name: string): boolean {
  return !PLAIN_NAME.test(name) || KEYWORDS.has(name);
}

/** Whether `source` can refer to a variable so named, at any depth (false only when it certainly cannot). */
export function canReference(source: string, name: string): boolean {
  if (PLAIN_NAME.test(name)) return source.includes(name);
  if (name === '?') return true; // unary-test input, read without being named
  return name.split(NAME_SEPARATORS).every((piece) => source.includes(piece));
}

const trees = new Map<string, Tree>();
let armed: { source: string; key: string } | undefined;
let installed = false;
let enabled = false;
let hits = 0;
let misses = 0;

/** evaluate(source, { ...context, ...extra }), answered as feelin answers it. */
export function fastEvaluate(
  source: string,
  context: Record<string, unknown>,
  extra: Record<string, unknown>,
): ReturnType<typeof evaluate> {
  if (!enabled) return evaluate(source, { ...context, ...extra });
  const compared = simpleComparison(source, context, extra);
  if (compared !== undefined) return { value: compared, warnings: [] };
  const visible: Record<string, unknown> = {};
  for (const name of Object.keys(context)) {
    if (!canReference(source, name)) continue;
    if (name === '__proto__') return evaluate(source, { ...context, ...extra }); // assigning it would set the prototype
    visible[name] = context[name];
  }
  const key = cacheKey(source, visible);
  Object.assign(visible, extra);
  if (key === undefined) return evaluate(source, visible);
  armed = { source, key };
  try {
    return evaluate(source, visible);
  } finally {
    armed = undefined;
  }
}

/** `name <op> literal`, parsed once per source; null when the source has another shape. */
type Comparison = { name: string; op: '<' | '<=' | '>' | '>=' | '=' | '!='; literal: number | string | boolean } | null;
const COMPARISON = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(<=|>=|<|>|!=|=)\s*(-?[0-9]{1,15}(?:\.[0-9]{1,15})?|"[^"\\]*"|true|false)\s*$/;
const comparisons = new Map<string, Comparison>();

function parseComparison(source: string): Comparison {
  const m = COMPARISON.exec(source);
  if (!m || KEYWORDS.has(m[1])) return null;
  const text = m[3];
  const literal = text === 'true' ? true : text === 'false' ? false : text.startsWith('"') ? text.slice(1, -1) : Number(text);
  const op = m[2] as NonNullable<Comparison>['op'];
  // Only numbers are ordered here; strings and booleans only compared for (in)equality.
  if (typeof literal !== 'number' && op !== '=' && op !== '!=') return null;
  return { name: m[1], op, literal };
}

/**
 * The answer to a variable compared with a literal of its own type (number, string, boolean), or undefined
 * for feelin to answer.
 */
function simpleComparison(source: string, context: Record<string, unknown>, extra: Record<string, unknown>): boolean | undefined {
  let c = comparisons.get(source);
  if (c === undefined) {
    c = parseComparison(source);
    if (comparisons.size >= MAX_TREES) comparisons.clear();
    comparisons.set(source, c);
  }
  if (!c || !Object.prototype.hasOwnProperty.call(context, c.name) || c.name in extra) return undefined;
  const value = context[c.name];
  if (typeof value !== typeof c.literal || (typeof value === 'number' && !Number.isFinite(value))) return undefined;
  // A name such as `score > 10` or `score-x` in the context would parse the source differently.
  for (const name of Object.keys(context)) if (name !== c.name && changesParsing(name) && canReference(source, name)) return undefined;
  const v = value as number | string | boolean;
  switch (c.op) {
    case '=':
      return v === c.literal;
    case '!=':
      return v !== c.literal;
    case '<':
      return v < c.literal;
    case '<=':
      return v <= c.literal;
    case '>':
      return v > c.literal;
    case '>=':
      return v >= c.literal;
  }
}

/** For tests and diagnostics. */
export function fastEvalStats(): { enabled: boolean; size: number; hits: number; misses: number } {
  return { enabled, size: trees.size, hits, misses };
}

/** For tests: plain evaluate() (to compare against) or back to the fast path, with an empty cache. */
export function setFastEvalEnabled(on: boolean): void {
  enabled = on && installed;
  trees.clear();
  hits = misses = 0;
}

function cachedTree(key: string, parse: () => Tree): Tree {
  const hit = trees.get(key);
  if (hit) {
    hits++;
    trees.delete(key); // re-insert: Map order is the LRU order
    trees.set(key, hit);
    return hit;
  }
  misses++;
  const tree = parse();
  trees.set(key, tree);
  if (trees.size > MAX_TREES) trees.delete(trees.keys().next().value as string);
  return tree;
}

/**
 * The source plus the paths of the context keys that can change its parse, or undefined to bypass.
 * A path is its keys as JSON strings, `[]` standing for any list item: unambiguous, so contexts
 * that differ in such a name never share a key. As for top-level names, a nested name the source
 * cannot spell cannot change its parse.
 */
function cacheKey(source: string, context: Record<string, unknown>): string | undefined {
  const names = new Set<string>();
  let visits = 0;
  // called for objects only, and paths built only where needed: this runs on every evaluation
  const walk = (value: object, path: string): boolean => {
    if (++visits > MAX_VISITS) return false;
    if (Array.isArray(value)) {
      const itemPath = path + '[]';
      for (const item of value) if (typeof item === 'object' && item !== null && !walk(item, itemPath)) return false;
      return true;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false; // Date, FEEL values, …: not JSON
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      const special = changesParsing(k) && canReference(source, k);
      if (!special && (typeof v !== 'object' || v === null)) continue;
      const keyPath = path + JSON.stringify(k);
      if (special) names.add(keyPath);
      if (typeof v === 'object' && v !== null && !walk(v, keyPath)) return false;
    }
    return true;
  };
  if (!walk(context, '')) return undefined;
  return JSON.stringify([...names].sort()) + source;
}

function install(): void {
  const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;
  if (!version('feelin').startsWith(VALIDATED.feelin) || !version('lezer-feel').startsWith(VALIDATED.lezerFeel)) return;

  const configure = parser.configure;
  parser.configure = function (this: LRParser, config: ParserConfig): LRParser {
    const configured = configure.call(this, config);
    const request = armed;
    armed = undefined; // one evaluate(), one parse: never serve a later one
    if (request && config.top === 'Expression' && config.dialect === undefined) {
      const parse = configured.parse;
      configured.parse = (input, fragments, ranges) =>
        input === request.source && !fragments && !ranges
          ? cachedTree(request.key, () => parse.call(configured, input))
          : parse.call(configured, input, fragments, ranges);
    }
    return configured;
  };

  // Is this the lezer-feel instance feelin parses with, and does evaluate() still go through configure()?
  const probe = '"fast-eval self-test"';
  armed = { source: probe, key: probe };
  try {
    evaluate(probe, {});
  } finally {
    armed = undefined;
  }
  if (trees.delete(probe)) {
    installed = enabled = true;
  } else {
    parser.configure = configure;
  }
  misses = 0;
}

install();
