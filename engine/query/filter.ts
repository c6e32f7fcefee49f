import { invalidArgument } from '../errors';
import { parseIsoDate, parseKey } from './format';

/**
 * A WHERE clause under construction. Values only ever travel as bound parameters; column
 * expressions come from the fixed field maps of each resource, never from the request.
 */
export class Where {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.clauses.push(sql);
    this.params.push(...params);
    return this;
  }

  /** Adds a group of alternatives built by `build` (for `$or`). */
  any(branches: Where[]): this {
    const parts = branches.filter((b) => !b.empty).map((b) => `(${b.condition()})`);
    if (parts.length === branches.length && parts.length > 0) {
      this.clauses.push(`(${parts.join(' OR ')})`);
      for (const b of branches) this.params.push(...b.params);
    }
    // An empty branch matches everything, which makes the whole $or true: add nothing.
    return this;
  }

  get empty(): boolean {
    return this.clauses.length === 0;
  }

  condition(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : '1';
  }

  sql(): string {
    return this.clauses.length ? `WHERE ${this.condition()}` : '';
  }
}

type Operator = '$eq' | '$neq' | '$exists' | '$in' | '$notIn' | '$like' | '$gt' | '$gte' | '$lt' | '$lte';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const placeholders = (n: number): string => new Array(n).fill('?').join(', ');

/**
 * Camunda's `$like`: `*` any run, `?` one character, backslash escapes. SQLite's GLOB has the same
 * wildcards and is case-sensitive like Camunda's keyword matching; literal brackets are escaped.
 */
export function likeToGlob(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i];
      out += n === '*' || n === '?' || n === '[' ? `[${n}]` : n;
    } else if (c === '[') out += '[[]';
    else out += c;
  }
  return out;
}

/** Applies one filter property (a plain value or an advanced `{ $op: … }` object) to a column. */
function applyOperators<T>(
  w: Where,
  column: string,
  field: string,
  prop: unknown,
  convert: (v: unknown) => T,
  allowed: readonly Operator[],
): void {
  if (!isPlainObject(prop)) {
    w.add(`${column} = ?`, convert(prop));
    return;
  }
  for (const [op, value] of Object.entries(prop)) {
    if (!allowed.includes(op as Operator)) throw invalidArgument(`The filter operator '${op}' is not supported for '${field}'.`);
    const list = (): T[] => {
      if (!Array.isArray(value)) throw invalidArgument(`Expected '${field}.${op}' to be an array.`);
      return value.map(convert);
    };
    switch (op as Operator) {
      case '$eq': w.add(`${column} = ?`, convert(value)); break;
      case '$neq': w.add(`(${column} IS NULL OR ${column} <> ?)`, convert(value)); break;
      case '$exists':
        if (typeof value !== 'boolean') throw invalidArgument(`Expected '${field}.$exists' to be a boolean.`);
        w.add(value ? `${column} IS NOT NULL` : `${column} IS NULL`);
        break;
      case '$in': { const vs = list(); w.add(vs.length ? `${column} IN (${placeholders(vs.length)})` : '0', ...vs); break; }
      case '$notIn': { const vs = list(); if (vs.length) w.add(`(${column} IS NULL OR ${column} NOT IN (${placeholders(vs.length)}))`, ...vs); break; }
      case '$like':
        if (typeof value !== 'string') throw invalidArgument(`Expected '${field}.$like' to be a string.`);
        w.add(`${column} GLOB ?`, likeToGlob(value));
        break;
      case '$gt': w.add(`${column} > ?`, convert(value)); break;
      case '$gte': w.add(`${column} >= ?`, convert(value)); break;
      case '$lt': w.add(`${column} < ?`, convert(value)); break;
      case '$lte': w.add(`${column} <= ?`, convert(value)); break;
    }
  }
}

const toStr = (field: string) => (v: unknown): string => {
  if (typeof v !== 'string') throw invalidArgument(`Expected '${field}' to be a string, but was '${JSON.stringify(v)}'.`);
  return v;
};

const toInt = (field: string) => (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidArgument(`Expected '${field}' to be an integer, but was '${JSON.stringify(v)}'.`);
  return v;
};

/** Field translators: each takes the (already mapped) SQL column expression of the field. */
export const filters = {
  string(w: Where, column: string, field: string, prop: unknown): void {
    applyOperators(w, column, field, prop, toStr(field), ['$eq', '$neq', '$exists', '$in', '$notIn', '$like']);
  },
  /** Plain-only string fields (the SDK types have no advanced filter for them). */
  exactString(w: Where, column: string, field: string, prop: unknown): void {
    w.add(`${column} = ?`, toStr(field)(prop));
  },
  key(w: Where, column: string, field: string, prop: unknown): void {
    applyOperators(w, column, field, prop, (v) => parseKey(v, field), ['$eq', '$neq', '$exists', '$in', '$notIn']);
  },
  int(w: Where, column: string, field: string, prop: unknown): void {
    applyOperators(w, column, field, prop, toInt(field), ['$eq', '$neq', '$exists', '$gt', '$gte', '$lt', '$lte', '$in']);
  },
  date(w: Where, column: string, field: string, prop: unknown): void {
    applyOperators(w, column, field, prop, (v) => parseIsoDate(v, field), ['$eq', '$neq', '$exists', '$gt', '$gte', '$lt', '$lte', '$in']);
  },
  enumeration(w: Where, column: string, field: string, prop: unknown, values: readonly string[]): void {
    const convert = (v: unknown): string => {
      if (typeof v !== 'string' || !values.includes(v)) throw invalidArgument(`Expected '${field}' to be one of ${values.join(', ')}, but was '${JSON.stringify(v)}'.`);
      return v;
    };
    if (isPlainObject(prop) && typeof prop.$like === 'string') {
      w.add(`${column} GLOB ?`, likeToGlob(prop.$like));
      const { $like: _ignored, ...rest } = prop;
      applyOperators(w, column, field, rest, convert, ['$eq', '$neq', '$exists', '$in']);
      return;
    }
    applyOperators(w, column, field, prop, convert, ['$eq', '$neq', '$exists', '$in']);
  },
  bool(w: Where, trueSql: string, field: string, prop: unknown): void {
    if (typeof prop !== 'boolean') throw invalidArgument(`Expected '${field}' to be a boolean, but was '${JSON.stringify(prop)}'.`);
    w.add(prop ? `(${trueSql})` : `NOT (${trueSql})`);
  },
  /**
   * Variable value filters `[{ name, value }]`: each must match a variable visible in `scopeSql`
   * (a correlated condition on the alias `v`). Values compare as their JSON text, as in Camunda.
   */
  variables(w: Where, scopeSql: string, field: string, prop: unknown, scopeParams: unknown[] = []): void {
    if (!Array.isArray(prop)) throw invalidArgument(`Expected '${field}' to be an array of { name, value }.`);
    for (const entry of prop) {
      if (!isPlainObject(entry) || typeof entry.name !== 'string') throw invalidArgument(`Expected each '${field}' entry to have a string 'name'.`);
      const inner = new Where().add('v.name = ?', entry.name);
      if (entry.value !== undefined) filters.string(inner, 'v.value', `${field}.value`, entry.value);
      w.add(`EXISTS (SELECT 1 FROM variables v WHERE ${scopeSql} AND ${inner.condition()})`, ...scopeParams, ...inner.params);
    }
  },
};

/** Rejects filter members a resource does not know, naming them (Camunda answers 400 as well). */
export function checkFields(filter: Record<string, unknown>, known: readonly string[], resource: string): void {
  for (const k of Object.keys(filter)) {
    if (!known.includes(k)) throw invalidArgument(`The filter field '${k}' is not supported for ${resource}.`);
  }
}

export function asFilter(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw invalidArgument(`Expected 'filter' to be an object.`);
  return value;
}
