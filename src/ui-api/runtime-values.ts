/** Helpers at the boundary between the UI API (plain strings) and the SDK (branded key types, JSON-encoded values). */

/** A key string from the API as the SDK's branded key type, inferred from where it is used. */
export const asKey = <T>(value: string): T => value as unknown as T;

/** Variable values arrive JSON-encoded; a value that is not JSON (should not happen) is passed on as text. */
export function decodeValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Variables `[{ name, value }]` as an object; with several scopes, the first occurrence (closest scope) wins. */
export function variablesObject(items: Array<{ name: string; value?: unknown }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of items) if (!(v.name in out)) out[v.name] = decodeValue(v.value);
  return out;
}

export const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));
