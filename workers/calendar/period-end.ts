/**
 * yukk.calendar.period-end — the due instant of a statutory period on the legal calendar (brief E.1, E.2).
 * Task headers: `parameter` (law/parameters id), `from` (variable holding the triggering date or instant),
 * `resultVariable` (where the ISO instant goes; the BPMN timer reads it as `timeDate`).
 * Also writes
 * - `<resultVariable>Detail`: due day, roll-over reason, value and enactment used, and `provisional` with the
 *   provisional bayrams the date depends on (for the task list and the deadline board);
 * - `<resultVariable>Basis`: the calendar inputs (parameter, start), so the server can recompute the date and move
 *   the timer when an official bayram date is recorded later (src/calendar/).
 */
import { getParameter, periodEnd } from '../../law';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireHeader } from '../support/variables';
import { eventDay } from './dates';

/** What is needed to compute a due date again. */
export interface DueBasis {
  parameter: string;
  /** Turkish date of the event (or the instant, for `hours` parameters). */
  start: string;
}

/** The variables of one computed due date: `<name>`, `<name>Detail`, `<name>Basis`. */
export function dueVariables(resultVariable: string, basis: DueBasis): Variables {
  const end = periodEnd({ start: basis.start, parameter: basis.parameter as Parameters<typeof periodEnd>[0]['parameter'] });
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
    [`${resultVariable}Basis`]: { parameter: basis.parameter, start: basis.start },
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
  return dueVariables(resultVariable, { parameter, start });
}
