/**
 * The grounds a DMN decision table found (processes/decisions/*.dmn, evaluated by the business-rule task
 * just before the rule worker): a list of ground keys in a result variable. The table decides which
 * grounds are established; the worker keeps what a table cannot express (exclusions, all-of conditions
 * with what is unmet, citations and routes). Absent (a process without the table): undefined, and the
 * worker reads the facts as before.
 */
import { InvalidJobInputError, Variables } from '../support/job';

export function tableFindings(vars: Variables, name: string, known: readonly string[]): Set<string> | undefined {
  const v = vars[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new InvalidJobInputError(`variable ${name} must be the list of grounds found by the decision table`);
  const unknown = (v as string[]).filter((x) => !known.includes(x));
  if (unknown.length) throw new InvalidJobInputError(`the decision table found grounds this rule does not know: ${unknown.join(', ')}`);
  return new Set(v as string[]);
}
