import { InvalidJobInputError, JobInput, Variables } from './job';

/** Reads variables defensively: process variables are untyped JSON. */
export function optionalObject(vars: Variables, name: string): Record<string, unknown> | undefined {
  const v = vars[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw new InvalidJobInputError(`variable ${name} must be an object`);
  return v as Record<string, unknown>;
}

export function requireString(vars: Variables, name: string): string {
  const v = vars[name];
  if (typeof v !== 'string' || v.length === 0) throw new InvalidJobInputError(`variable ${name} is required (string)`);
  return v;
}

export function optionalString(vars: Variables, name: string): string | undefined {
  const v = vars[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new InvalidJobInputError(`variable ${name} must be a string`);
  return v;
}

export function optionalBoolean(vars: Variables, name: string): boolean | undefined {
  const v = vars[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new InvalidJobInputError(`variable ${name} must be a boolean`);
  return v;
}

export function requireHeader(input: JobInput, name: string): string {
  const v = input.customHeaders[name];
  if (typeof v !== 'string' || v.length === 0) throw new InvalidJobInputError(`task header ${name} is required`);
  return v;
}

/** Keeps only `true`/`false` values of the given keys (a missing fact stays missing, never false). */
export function booleanFacts<K extends string>(source: Record<string, unknown> | undefined, keys: readonly K[]): Partial<Record<K, boolean>> {
  const out: Partial<Record<K, boolean>> = {};
  if (!source) return out;
  for (const k of keys) if (typeof source[k] === 'boolean') out[k] = source[k] as boolean;
  return out;
}
