import { Global, Injectable, Module } from '@nestjs/common';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { decodeValue } from './runtime-values';
import type { CaseIdentity } from '../tasks/case-summary';

export type { CaseIdentity };

/**
 * Who a case is about, as people find it: the application (or case) number and the person's name, nationality and
 * date of birth, read from the start variables the procedures share (processes/contracts: `applicationNumber` or
 * `caseNumber`, `applicant` or `person`). Called activities receive them too, so every instance of a case has them.
 *
 * Shared service: task cards, the case search and page, and the monitor's rows and deadline board call it.
 */

const NUMBER_VARIABLES = ['applicationNumber', 'caseNumber'];
const PERSON_VARIABLES = ['applicant', 'person'];
export const IDENTITY_VARIABLES = [...NUMBER_VARIABLES, ...PERSON_VARIABLES];

/** Instances whose identity is read in one search; also the bound of a case search's scan. */
const BATCH = 500;
export const SEARCH_SCAN_LIMIT = 10_000;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Identity from one instance's own variables (name → decoded value). */
export function identityOf(variables: Record<string, unknown>): CaseIdentity {
  const number = NUMBER_VARIABLES.map((n) => text(variables[n])).find(Boolean) ?? null;
  const person = PERSON_VARIABLES.map((n) => variables[n]).find((p) => p && typeof p === 'object') as Record<string, unknown> | undefined;
  return { applicationNumber: number, fullName: text(person?.fullName), nationality: text(person?.nationality), dateOfBirth: text(person?.dateOfBirth) };
}

/**
 * Turkish-aware case folding for matching: `İ`/`i` and `I`/`ı` are the same letter pairs they are in Turkish, and
 * a search typed without the dots (`ISIK`) still finds `Işık` — both sides fold to dotless ASCII where Turkish and
 * English disagree. Other diacritics stay (ç, ş, ğ, ö, ü are letters of their own).
 */
export function foldForSearch(s: string): string {
  return s.toLocaleLowerCase('tr-TR').replace(/ı/g, 'i').replace(/i̇/g, 'i').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** True when every word of the query occurs in one of the identity's fields (number, name, nationality, dd.MM.yyyy or ISO birth date). */
export function identityMatches(identity: CaseIdentity, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return false;
  const dob = identity.dateOfBirth;
  const dobTr = dob && /^\d{4}-\d{2}-\d{2}$/.test(dob) ? `${dob.slice(8, 10)}.${dob.slice(5, 7)}.${dob.slice(0, 4)}` : null;
  const haystack = [identity.applicationNumber, identity.fullName, identity.nationality, dob, dobTr].filter((x): x is string => !!x).map(foldForSearch);
  return words.every((w) => haystack.some((h) => h.includes(w)));
}

@Injectable()
export class CaseIdentityService {
  constructor(private readonly runtime: CamundaClientProvider) {}

  /** Identity per process instance key (instances without identity variables get empty fields). */
  async forInstances(processInstanceKeys: string[]): Promise<Map<string, CaseIdentity>> {
    const keys = [...new Set(processInstanceKeys.filter(Boolean))];
    const out = new Map<string, CaseIdentity>();
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      const vars = await this.variables({ processInstanceKey: { $in: batch }, name: { $in: IDENTITY_VARIABLES } }, BATCH * IDENTITY_VARIABLES.length);
      for (const key of batch) out.set(key, identityOf(vars.get(key) ?? {}));
    }
    return out;
  }

  /**
   * Instances whose identity matches the query, newest variables first, at most SEARCH_SCAN_LIMIT identity variables
   * scanned (the query is personal data: matched here, never sent to the runtime as a filter that it could log).
   */
  async search(query: string): Promise<Map<string, CaseIdentity>> {
    const vars = await this.variables({ name: { $in: IDENTITY_VARIABLES } }, SEARCH_SCAN_LIMIT);
    const out = new Map<string, CaseIdentity>();
    for (const [key, v] of vars) {
      const identity = identityOf(v);
      if (identityMatches(identity, query)) out.set(key, identity);
    }
    return out;
  }

  /** Every instance (parent, children, related procedures) carrying this application or case number. */
  async instancesOf(applicationNumber: string): Promise<Map<string, CaseIdentity>> {
    const vars = await this.variables({ name: { $in: NUMBER_VARIABLES }, value: JSON.stringify(applicationNumber) }, BATCH);
    const keys = [...vars.keys()];
    return this.forInstances(keys);
  }

  /** Process-scope variables (scope = the instance) by instance key. */
  private async variables(filter: Record<string, unknown>, limit: number): Promise<Map<string, Record<string, unknown>>> {
    const r = await this.runtime.api.searchVariables({ filter: filter as never, page: { from: 0, limit }, sort: [{ field: 'variableKey', order: 'DESC' }] as never, truncateValues: false }, NOW);
    const out = new Map<string, Record<string, unknown>>();
    for (const v of r.items ?? []) {
      const key = String(v.processInstanceKey);
      if (String(v.scopeKey) !== key) continue;
      const own = out.get(key) ?? {};
      own[v.name] = decodeValue(v.value);
      out.set(key, own);
    }
    return out;
  }
}

@Global()
@Module({ providers: [CaseIdentityService], exports: [CaseIdentityService] })
export class CaseIdentityModule {}
