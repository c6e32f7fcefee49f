import { describeDateProblem, implausibleDates } from '../../law/plausible-dates';
import { turkeyToday } from '../tasks/days-left';
import { problem } from './problem';

/**
 * Refuses variables with an implausible date (law/plausible-dates: future event dates, dates before the law applies,
 * impossible birth dates) with a 400 whose `errors` name each field, as the start contract's errors do
 * (`variables.applicant.dateOfBirth`), so the UI puts the message next to the field.
 */
export function refuseImplausibleDates(variables: Record<string, unknown>, nowMs: number): void {
  const problems = implausibleDates(variables, turkeyToday(nowMs));
  if (problems.length) {
    throw problem(400, 'Implausible dates', { errors: problems.map((p) => ({ property: `variables.${p.path}`, messages: [describeDateProblem(p)] })) });
  }
}
