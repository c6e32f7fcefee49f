import { invalidArgument } from '../errors';

/** Zeebe keys leave the engine as decimal strings. */
export const keyString = (key: number | bigint): string => String(key);

export const optKey = (key: number | bigint | null | undefined): string | undefined =>
  key === null || key === undefined ? undefined : String(key);

/** Epoch milliseconds on the engine clock → ISO-8601 (UTC, as Camunda returns dates). */
export const isoDate = (ms: number): string => new Date(ms).toISOString();

export const optDate = (ms: number | null | undefined): string | undefined =>
  ms === null || ms === undefined ? undefined : isoDate(ms);

export const optString = (s: string | null | undefined): string | undefined =>
  s === null || s === undefined ? undefined : s;

/** The engine's tenant column may be empty for single-tenant installs; Camunda calls that tenant '<default>'. */
export const tenant = (t: string | null | undefined): string => (t ? t : '<default>');

const INT64_MAX = (1n << 63n) - 1n;

/** Path and filter keys: decimal strings (numbers tolerated), bound as BigInt so no precision is lost. */
export function parseKey(value: unknown, what: string): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?[0-9]{1,19}$/.test(value)) {
    // Keys are signed 64-bit: SQLite cannot bind a larger one (a RangeError, not the caller's mistake worded).
    const key = BigInt(value);
    if (key <= INT64_MAX && key >= -INT64_MAX - 1n) return key;
  }
  throw invalidArgument(`Expected ${what} to be a key (a decimal number as a string, below 2^63), but was '${String(value).slice(0, 40)}'.`);
}

export function parseIsoDate(value: unknown, what: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw invalidArgument(`Expected ${what} to be an ISO-8601 date-time, but was '${String(value)}'.`);
  return ms;
}

/** Removes undefined members so optional fields are absent (the SDK's schemas reject null there). */
export function compact<T extends object>(obj: T): T {
  for (const k of Object.keys(obj) as Array<keyof T>) if (obj[k] === undefined) delete obj[k];
  return obj;
}

export function parseJsonObject(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function parseJsonStrings(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
