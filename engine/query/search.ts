import type { Database, Statement } from 'better-sqlite3';
import { invalidArgument } from '../errors';
import { Where } from './filter';

export type SortOrder = 'ASC' | 'DESC';

export interface SearchQuery {
  filter?: unknown;
  sort?: Array<{ field: string; order?: SortOrder | string }>;
  page?: { from?: number; limit?: number; after?: string; before?: string };
}

export interface SearchPage {
  totalItems: number;
  hasMoreTotalItems: boolean;
  startCursor?: string;
  endCursor?: string;
}

export interface SearchResult<T> {
  items: T[];
  page: SearchPage;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

/**
 * Cursors are opaque to clients (base64 JSON, which matches the SDK's cursor pattern). They carry the row's
 * position and, from a database search, the row's sort values: `after`/`before` then continue from those values
 * (keyset pagination, like Camunda's search-after), so a next page costs one page whatever its depth, and rows
 * added meanwhile neither repeat nor vanish. A cursor with a position only (an in-memory list) pages by position.
 */
interface Cursor {
  p: number;
  /** The row's values of the ORDER BY terms, tie-breaker last. */
  v?: Array<string | number | null>;
}

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64');

function decodeCursor(cursor: unknown, what: string): Cursor {
  try {
    if (typeof cursor !== 'string') throw new Error();
    const { p, v } = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { p?: unknown; v?: unknown };
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0) throw new Error();
    if (v === undefined) return { p };
    if (!Array.isArray(v) || !v.every((x) => x === null || typeof x === 'string' || typeof x === 'number')) throw new Error();
    return { p, v };
  } catch {
    throw invalidArgument(`The '${what}' cursor '${String(cursor)}' is not valid.`);
  }
}

interface Window {
  offset: number;
  limit: number;
  /** Continue from a row's sort values: the rows after it, or the `limit` rows before it. */
  from?: { values: Array<string | number | null>; forward: boolean; position: number };
}

function window(page: SearchQuery['page']): Window {
  if (page === undefined || page === null) return { offset: 0, limit: DEFAULT_LIMIT };
  if (typeof page !== 'object' || Array.isArray(page)) throw invalidArgument(`Expected 'page' to be an object.`);
  const limit = page.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw invalidArgument(`Expected 'page.limit' to be a positive integer, but was '${String(limit)}'.`);
  const capped = Math.min(limit, MAX_LIMIT);
  if (page.after !== undefined) {
    const { p, v } = decodeCursor(page.after, 'after');
    return { offset: p + 1, limit: capped, from: v && { values: v, forward: true, position: p } };
  }
  if (page.before !== undefined) {
    const { p, v } = decodeCursor(page.before, 'before');
    const start = Math.max(0, p - capped);
    return { offset: start, limit: v ? capped : p - start, from: v && { values: v, forward: false, position: p } };
  }
  const from = page.from ?? 0;
  if (!Number.isInteger(from) || from < 0) throw invalidArgument(`Expected 'page.from' to be a non-negative integer, but was '${String(from)}'.`);
  return { offset: from, limit: capped };
}

interface OrderTerm {
  expr: string;
  dir: SortOrder;
}

function orderTerms(sort: SearchQuery['sort'], fields: Record<string, string>, tieBreaker: string): OrderTerm[] {
  if (sort !== undefined && !Array.isArray(sort)) throw invalidArgument(`Expected 'sort' to be an array of { field, order }.`);
  const terms: OrderTerm[] = [];
  for (const s of sort ?? []) {
    const column = s && typeof s === 'object' ? fields[s.field] : undefined;
    if (!column) throw invalidArgument(`The sort field '${String(s?.field)}' is not supported; use one of ${Object.keys(fields).join(', ')}.`);
    const order = s.order === undefined ? 'ASC' : String(s.order).toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw invalidArgument(`Expected sort order to be ASC or DESC, but was '${String(s.order)}'.`);
    terms.push({ expr: column, dir: order });
  }
  // The tie-breaker runs the way the last sort field does: "newest first" is then one index walked backwards
  // (…, start_date, key) that stops after a page; a key ascending under a descending field meant sorting every
  // row that shared a start date (a whole bulk load under a pinned clock).
  terms.push({ expr: tieBreaker, dir: terms.length ? terms[terms.length - 1].dir : 'ASC' });
  return terms;
}

const orderClause = (terms: OrderTerm[], reversed = false): string =>
  `ORDER BY ${terms.map((t) => `${t.expr} ${(t.dir === 'ASC') !== reversed ? 'ASC' : 'DESC'}`).join(', ')}`;

/** Validates a sort and returns its ORDER BY (for lists sorted elsewhere with the same rules). */
export function orderBy(sort: SearchQuery['sort'], fields: Record<string, string>, tieBreaker: string): string {
  return orderClause(orderTerms(sort, fields, tieBreaker));
}

/**
 * Rows strictly after (forward) or before a row with `values`, in the order of `terms`: the first term that
 * differs decides. SQLite sorts NULL below every value, so it comes first ascending and last descending.
 */
function beyond(terms: OrderTerm[], values: Array<string | number | null>, forward: boolean): Where {
  if (values.length !== terms.length) throw invalidArgument('The cursor does not belong to this sort; search again without it.');
  const branches = terms.map((t, i) => {
    const w = new Where();
    for (let j = 0; j < i; j++) w.add(`${terms[j].expr} IS ?`, values[j]);
    const v = values[i];
    if ((t.dir === 'ASC') === forward) w.add(v === null ? `${t.expr} IS NOT NULL` : `${t.expr} > ?`, ...(v === null ? [] : [v]));
    else w.add(v === null ? '0' : `(${t.expr} < ? OR ${t.expr} IS NULL)`, ...(v === null ? [] : [v]));
    return w;
  });
  return new Where().any(branches);
}

export interface SearchSpec<Row, Item> {
  /** FROM clause with joins (fixed SQL). */
  from: string;
  select: string;
  where: Where;
  sortFields: Record<string, string>;
  /** Unique column that makes the order total, so pages never overlap. */
  tieBreaker: string;
  map: (row: Row) => Item;
  /** A cheaper statement that yields the exact total (`n`), where the resource keeps counters for this filter. */
  exactTotal?: { sql: string; params: unknown[] };
}

/**
 * Beyond this many matches a search counts no further: the total says "at least 10,000" with hasMoreTotalItems,
 * as Camunda 8's search does (its totals are capped the same way). Counting a million rows per page was most of a
 * search's time; a page never needs more than its own rows.
 */
export const TOTAL_ITEMS_CAP = 10_000;

/**
 * Prepared statements by SQL text, per database. Searches repeat the same few shapes (a UI polls the same filter),
 * and preparing was 6% of the server's CPU under mixed load (soak bench profile). Bounded: filters vary.
 */
const statements = new WeakMap<Database, Map<string, Statement<unknown[]>>>();
const MAX_STATEMENTS = 200;

function prepared(db: Database, sql: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    cache.set(sql, statement);
  }
  return statement;
}

/** Counts, sorts and pages a filtered table; one read transaction so count and page agree. */
export function runSearch<Row, Item>(db: Database, query: SearchQuery, spec: SearchSpec<Row, Item>): SearchResult<Item> {
  const { offset, limit, from } = window(query.page);
  const terms = orderTerms(query.sort, spec.sortFields, spec.tieBreaker);
  const where = spec.where.sql();
  // Each row also yields its sort values (o0, o1, …), the cursors' content.
  const select = `${spec.select}, ${terms.map((t, i) => `${t.expr} AS o${i}`).join(', ')}`;
  return db.transaction(() => {
    const total = spec.exactTotal
      ? (prepared(db, spec.exactTotal.sql).get(...spec.exactTotal.params) as { n: number }).n
      : (prepared(db, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${spec.from} ${where} LIMIT ${TOTAL_ITEMS_CAP + 1})`).get(...spec.where.params) as { n: number }).n;
    let rows: Array<Row & Record<string, unknown>>;
    let first = offset;
    if (from) {
      const edge = beyond(terms, from.values, from.forward);
      const sql = `SELECT ${select} FROM ${spec.from} ${where ? `${where} AND` : 'WHERE'} ${edge.condition()} ${orderClause(terms, !from.forward)} LIMIT ?`;
      rows = prepared(db, sql).all(...spec.where.params, ...edge.params, limit) as typeof rows;
      // Before a cursor, the rows came nearest first: put them back in order; their position ends at the cursor's.
      if (!from.forward) {
        rows.reverse();
        first = Math.max(0, from.position - rows.length);
      }
    } else {
      rows = limit > 0 ? (prepared(db, `SELECT ${select} FROM ${spec.from} ${where} ${orderClause(terms)} LIMIT ? OFFSET ?`).all(...spec.where.params, limit, offset) as typeof rows) : [];
    }
    const page = pageOf(rows.map(spec.map), first, total, !spec.exactTotal && total > TOTAL_ITEMS_CAP);
    if (rows.length) {
      const values = (r: Record<string, unknown>) => terms.map((_, i) => r[`o${i}`] as string | number | null);
      page.page.startCursor = encodeCursor({ p: first, v: values(rows[0]) });
      page.page.endCursor = encodeCursor({ p: first + rows.length - 1, v: values(rows[rows.length - 1]) });
    }
    return page;
  })();
}

/** Pages an in-memory list (used where the visible set is computed, e.g. user-task variables). */
export function pageList<Item>(items: Item[], query: SearchQuery): SearchResult<Item> {
  const { offset, limit } = window(query.page);
  return pageOf(items.slice(offset, offset + limit), offset, items.length);
}

function pageOf<Item>(items: Item[], offset: number, total: number, capped = false): SearchResult<Item> {
  const page: SearchPage = capped ? { totalItems: TOTAL_ITEMS_CAP, hasMoreTotalItems: true } : { totalItems: total, hasMoreTotalItems: false };
  if (items.length > 0) {
    page.startCursor = encodeCursor({ p: offset });
    page.endCursor = encodeCursor({ p: offset + items.length - 1 });
  }
  return { items, page };
}

export function asQuery(body: unknown): SearchQuery {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw invalidArgument('Expected the search query to be an object.');
  return body as SearchQuery;
}
