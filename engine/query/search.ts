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
 * Cursors are opaque to clients; here they carry the row position (base64 JSON, which matches the
 * SDK's cursor pattern). Position cursors are stable while the matching set does not change.
 */
export const encodeCursor = (position: number): string => Buffer.from(JSON.stringify({ p: position })).toString('base64');

export function decodeCursor(cursor: unknown, what: string): number {
  try {
    if (typeof cursor !== 'string') throw new Error();
    const p = (JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { p?: unknown }).p;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0) throw new Error();
    return p;
  } catch {
    throw invalidArgument(`The '${what}' cursor '${String(cursor)}' is not valid.`);
  }
}

function window(page: SearchQuery['page']): { offset: number; limit: number } {
  if (page === undefined || page === null) return { offset: 0, limit: DEFAULT_LIMIT };
  if (typeof page !== 'object' || Array.isArray(page)) throw invalidArgument(`Expected 'page' to be an object.`);
  const limit = page.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw invalidArgument(`Expected 'page.limit' to be a positive integer, but was '${String(limit)}'.`);
  const capped = Math.min(limit, MAX_LIMIT);
  if (page.after !== undefined) return { offset: decodeCursor(page.after, 'after') + 1, limit: capped };
  if (page.before !== undefined) {
    const end = decodeCursor(page.before, 'before');
    const start = Math.max(0, end - capped);
    return { offset: start, limit: end - start };
  }
  const from = page.from ?? 0;
  if (!Number.isInteger(from) || from < 0) throw invalidArgument(`Expected 'page.from' to be a non-negative integer, but was '${String(from)}'.`);
  return { offset: from, limit: capped };
}

export function orderBy(sort: SearchQuery['sort'], fields: Record<string, string>, tieBreaker: string): string {
  if (sort !== undefined && !Array.isArray(sort)) throw invalidArgument(`Expected 'sort' to be an array of { field, order }.`);
  const parts: string[] = [];
  for (const s of sort ?? []) {
    const column = s && typeof s === 'object' ? fields[s.field] : undefined;
    if (!column) throw invalidArgument(`The sort field '${String(s?.field)}' is not supported; use one of ${Object.keys(fields).join(', ')}.`);
    const order = s.order === undefined ? 'ASC' : String(s.order).toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw invalidArgument(`Expected sort order to be ASC or DESC, but was '${String(s.order)}'.`);
    parts.push(`${column} ${order}`);
  }
  // The tie-breaker runs the way the last sort field does: "newest first" is then one index walked backwards
  // (…, start_date, key) that stops after a page; a key ascending under a descending field meant sorting every
  // row that shared a start date (a whole bulk load under a pinned clock).
  const last = sort?.length ? String(sort[sort.length - 1].order ?? 'ASC').toUpperCase() : 'ASC';
  parts.push(`${tieBreaker} ${last}`);
  return `ORDER BY ${parts.join(', ')}`;
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
  const { offset, limit } = window(query.page);
  const order = orderBy(query.sort, spec.sortFields, spec.tieBreaker);
  const where = spec.where.sql();
  return db.transaction(() => {
    const total = spec.exactTotal
      ? (prepared(db, spec.exactTotal.sql).get(...spec.exactTotal.params) as { n: number }).n
      : (prepared(db, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${spec.from} ${where} LIMIT ${TOTAL_ITEMS_CAP + 1})`).get(...spec.where.params) as { n: number }).n;
    const rows = limit > 0
      ? (prepared(db, `SELECT ${spec.select} FROM ${spec.from} ${where} ${order} LIMIT ? OFFSET ?`).all(...spec.where.params, limit, offset) as Row[])
      : [];
    return pageOf(rows.map(spec.map), offset, total, !spec.exactTotal && total > TOTAL_ITEMS_CAP);
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
    page.startCursor = encodeCursor(offset);
    page.endCursor = encodeCursor(offset + items.length - 1);
  }
  return { items, page };
}

export function asQuery(body: unknown): SearchQuery {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw invalidArgument('Expected the search query to be an object.');
  return body as SearchQuery;
}
