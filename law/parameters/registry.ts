/** Lookup of dated parameters: the value in force on a date. */
import { compareDates, IsoDate, parseDate } from '../calendar/civilDate';
import { PARAMETERS, ParameterId } from './catalogue';
import { loadParameterFiles } from './load';
import type { DatedValue, LegalParameter } from './types';

export class UnknownParameterError extends Error {
  constructor(readonly id: string) {
    super(`Unknown legal parameter: ${id}`);
    this.name = 'UnknownParameterError';
  }
}

export class ParameterNotInForceError extends Error {
  constructor(readonly id: string, readonly date: IsoDate) {
    super(`Legal parameter ${id} has no value in force on ${date}`);
    this.name = 'ParameterNotInForceError';
  }
}

export class DuplicateParameterError extends Error {
  constructor(readonly id: string) {
    super(`Legal parameter ${id} is defined twice (data file and catalogue.ts)`);
    this.name = 'DuplicateParameterError';
  }
}

/** The data files (law/parameters/data) plus any entry still written in catalogue.ts. */
function buildIndex(): Map<string, LegalParameter> {
  const index = new Map<string, LegalParameter>();
  for (const p of [...loadParameterFiles(), ...(PARAMETERS as readonly LegalParameter[])]) {
    if (index.has(p.id)) throw new DuplicateParameterError(p.id);
    index.set(p.id, p);
  }
  return index;
}

const byId = buildIndex();

export function listParameters(): LegalParameter[] {
  return [...byId.values()];
}

export function getParameter(id: ParameterId | string): LegalParameter {
  const parameter = byId.get(id);
  if (!parameter) throw new UnknownParameterError(id);
  return parameter;
}

export interface ValueInForce extends DatedValue {
  id: string;
  citation: string;
  unit: LegalParameter['unit'];
  bound: LegalParameter['bound'];
  /** Date the value took effect. */
  effectiveFrom: IsoDate;
}

/** The full record of the value in force on `date` (value, enactment, effective date, citation). */
export function valueInForce(id: ParameterId | string, date: IsoDate): ValueInForce {
  parseDate(date);
  const parameter = getParameter(id);
  const effective = Object.keys(parameter.values)
    .filter((from) => compareDates(from, date) <= 0)
    .sort(compareDates)
    .pop();
  if (!effective) throw new ParameterNotInForceError(id, date);
  const dated = parameter.values[effective];
  return { id: parameter.id, citation: parameter.citation, unit: parameter.unit, bound: parameter.bound, effectiveFrom: effective, ...dated };
}

/** The value in force on `date`, e.g. `valueAt('removal.appealPeriod', '2020-01-10') === 7`. */
export function valueAt(id: ParameterId | string, date: IsoDate): number {
  return valueInForce(id, date).value;
}
