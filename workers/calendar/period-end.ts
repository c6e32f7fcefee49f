/**
 * yukk.calendar.period-end — the due instant of a statutory period on the legal calendar (brief E.1, E.2).
 * Task headers: `parameter` (law/parameters id), `from` (variable holding the triggering date or instant),
 * `resultVariable` (where the ISO instant goes; the BPMN timer reads it as `timeDate`).
 * Optional header `valueFrom`: a variable holding the number of units chosen within the parameter's bound (e.g. the
 * 15–30-day departure period of Art. 56(1), parameter removal.departurePeriodMin): counted the same way.
 * Also writes
 * - `<resultVariable>Detail`: due day, roll-over reason, value and enactment used, and `provisional` with the
 *   provisional bayrams the date depends on (for the task list and the deadline board);
 * - `<resultVariable>Basis`: the calendar inputs (parameter, start and a chosen value), so the server can recompute
 *   the date and move the timer when an official bayram date is recorded later (src/calendar/).
 */
import { getParameter, periodEnd, periodEndFromValue, PeriodEnd, valueInForce } from '../../law';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireHeader } from '../support/variables';
import { eventDay } from './dates';

/** What is needed to compute a due date again. */
export interface DueBasis {
  parameter: string;
  /** Turkish date of the event (or the instant, for `hours` parameters). */
  start: string;
  /** The number of units chosen within the parameter's bound (header `valueFrom`); absent: the parameter's value. */
  value?: number;
}

/** The variables of one computed due date: `<name>`, `<name>Detail`, `<name>Basis`. */
export function dueVariables(resultVariable: string, basis: DueBasis): Variables {
  const end = basis.value === undefined ? periodEnd({ start: basis.start, parameter: basis.parameter }) : chosenPeriodEnd(basis.parameter, basis.start, basis.value, 'value');
  return {
    [resultVariable]: end.dueAt,
    [`${resultVariable}Detail`]: {
      dueDate: end.dueDate,
      citation: end.citation,
      parameter: end.parameter,
      value: end.value,
      unit: end.unit,
      reference: end.reference,
      effectiveFrom: end.effectiveFrom,
      startedOn: basis.start,
      rolledOverFrom: end.rolledOverFrom ?? null,
      reason: end.reason ?? null,
      halfDay: end.halfDay ?? null,
      provisional: end.provisional,
      provisionalHolidays: end.provisionalHolidays,
    },
    [`${resultVariable}Basis`]: basis.value === undefined ? { parameter: basis.parameter, start: basis.start } : { parameter: basis.parameter, start: basis.start, value: basis.value },
  };
}

export function periodEndHandler(input: JobInput): Variables {
  const parameter = requireHeader(input, 'parameter');
  const from = requireHeader(input, 'from');
  const resultVariable = requireHeader(input, 'resultVariable');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(resultVariable)) throw new InvalidJobInputError(`resultVariable ${resultVariable} is not a variable name`);
  getParameter(parameter); // unknown id → technical fault with the id in the message

  const raw = input.variables[from];
  const hours = getParameter(parameter).unit === 'hours';
  const start = hours ? (raw as string) : eventDay(raw, from);
  const valueFrom = input.customHeaders.valueFrom;
  if (!valueFrom) return dueVariables(resultVariable, { parameter, start });
  const value = input.variables[valueFrom];
  chosenPeriodEnd(parameter, start, value, `variable ${valueFrom}`); // refused here, as a job fault naming the variable
  return dueVariables(resultVariable, { parameter, start, value: value as number });
}

/** A period whose length the officer chose within the parameter's bound (min or max), checked here again. */
function chosenPeriodEnd(parameter: string, start: string, value: unknown, what: string): PeriodEnd {
  const inForce = valueInForce(parameter, start.slice(0, 10));
  const fits = typeof value === 'number' && Number.isInteger(value) && (inForce.bound === 'min' ? value >= inForce.value : inForce.bound === 'max' ? value <= inForce.value : value === inForce.value);
  if (!fits) throw new InvalidJobInputError(`${what} must be an integer ${inForce.bound === 'min' ? '≥' : inForce.bound === 'max' ? '≤' : '='} ${inForce.value} (${inForce.citation})`);
  const { citation, unit, reference, effectiveFrom } = inForce;
  return { ...periodEndFromValue(start, value as number, unit), citation, parameter, value: value as number, unit, reference, effectiveFrom };
}
