/**
 * yukk.calendar.period-end — the due instant of a statutory period on the legal calendar (brief E.1, E.2).
 * Task headers: `parameter` (law/parameters id), `from` (variable holding the triggering date or instant),
 * `resultVariable` (where the ISO instant goes; the BPMN timer reads it as `timeDate`).
 * Optional header `valueFrom`: a variable holding the number of units chosen within the parameter's bound (e.g. the
 * 15–30-day departure period of Art. 56(1), parameter removal.departurePeriodMin): counted the same way.
 * Also writes `<resultVariable>Detail` (due day, roll-over reason, value and enactment used) for the task list.
 */
import { getParameter, periodEnd, periodEndFromValue, PeriodEnd, valueInForce } from '../../law';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireHeader } from '../support/variables';
import { eventDay } from './dates';

export function periodEndHandler(input: JobInput): Variables {
  const parameter = requireHeader(input, 'parameter');
  const from = requireHeader(input, 'from');
  const resultVariable = requireHeader(input, 'resultVariable');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(resultVariable)) throw new InvalidJobInputError(`resultVariable ${resultVariable} is not a variable name`);
  getParameter(parameter); // unknown id → technical fault with the id in the message

  const raw = input.variables[from];
  const hours = getParameter(parameter).unit === 'hours';
  const start = hours ? (raw as string) : eventDay(raw, from);
  const end = chosenValue(input, parameter, start) ?? periodEnd({ start, parameter: parameter as Parameters<typeof periodEnd>[0]['parameter'] });
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
      startedOn: hours ? raw : start,
      rolledOverFrom: end.rolledOverFrom ?? null,
      reason: end.reason ?? null,
      halfDay: end.halfDay ?? null,
    },
  };
}

/** A period whose length the officer chose within the parameter's bound (min or max), checked here again. */
function chosenValue(input: JobInput, parameter: string, start: string): PeriodEnd | undefined {
  const name = input.customHeaders.valueFrom;
  if (!name) return undefined;
  const value = input.variables[name];
  const inForce = valueInForce(parameter, start.slice(0, 10));
  const fits = typeof value === 'number' && Number.isInteger(value) && (inForce.bound === 'min' ? value >= inForce.value : inForce.bound === 'max' ? value <= inForce.value : value === inForce.value);
  if (!fits) throw new InvalidJobInputError(`variable ${name} must be an integer ${inForce.bound === 'min' ? '≥' : '≤'} ${inForce.value} (${inForce.citation})`);
  const { citation, unit, reference, effectiveFrom } = inForce;
  return { ...periodEndFromValue(start, value as number, unit), citation, parameter: parameter as PeriodEnd['parameter'], value: value as number, unit, reference, effectiveFrom };
}
