/** A legal criterion as shown to an officer: why a rule matched, with its citation in Turkish lettering. */
export interface Criterion {
  /** Stable machine code, e.g. `accelerated.misledAuthorities` (safe in FEEL and process variables). */
  code: string;
  /** Turkish lettering, e.g. `Art. 79(1)(ç)`; seeds in brackets, e.g. `[S0 Q5]`. */
  citation: string;
  titleTr: string;
  titleEn: string;
}

/** Common result shape of every rule: every matching criterion, never only the first. */
export interface RuleResult<Outcome extends string> {
  outcome: Outcome;
  matched: Criterion[];
  /** Criteria that matched on the facts but are set aside by an exception (the rule names the exception). */
  excluded?: Criterion[];
}

/** Builds a catalogue of criteria keyed by a local name, with `code` = `<prefix>.<name>`. */
export function criteria<K extends string>(prefix: string, table: Record<K, Omit<Criterion, 'code'>>): Record<K, Criterion> {
  const out = {} as Record<K, Criterion>;
  for (const key of Object.keys(table) as K[]) out[key] = { code: `${prefix}.${key}`, ...table[key] };
  return out;
}

/** Only the criteria whose fact is exactly `true` (a missing fact never matches). */
export function pick<K extends string>(table: Record<K, Criterion>, facts: Partial<Record<K, unknown>>): Criterion[] {
  return (Object.keys(table) as K[]).filter((k) => facts[k] === true).map((k) => table[k]);
}
