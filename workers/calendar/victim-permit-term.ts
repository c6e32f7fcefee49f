/**
 * yukk.calendar.victim-permit-term — validity of the victim residence permit (Arts. 48(1), 49(1); brief E.6).
 * Header `mode`: `initial` (30 days from the grant) or `renewal` (≤6 months, never past the 3-year cap).
 * Writes the instants the timers use: `permitExpiresAt` (escalation at expiry), `permitReminderAt`
 * (15 days before, moved back to a working day), and the cap.
 */
import { assessVictimPermitGrant, assessVictimPermitRenewal, endOfDayInstant, PermitTerm } from '../../law';
import { BpmnError, InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireHeader, requireString } from '../support/variables';
import { renewalFacts, VICTIM_RENEWAL_REFUSED } from '../rules/victim-renewal';
import { eventDay, officeMorning } from './dates';

function termVariables(term: PermitTerm): Variables {
  return {
    permitValidFrom: term.from,
    permitValidUntil: term.until,
    permitExpiresAt: endOfDayInstant(term.until),
    permitReminderAt: officeMorning(term.renewalReminder),
    permitCapUntil: term.capUntil,
    permitCapEndsAt: endOfDayInstant(term.capUntil),
  };
}

export function victimPermitTerm(input: JobInput): Variables {
  const mode = requireHeader(input, 'mode');
  const vars = input.variables;
  if (mode === 'initial') {
    const basis = requireString(vars, 'identificationBasis');
    const grantDate = eventDay(vars.grantDate, 'grantDate');
    const result = assessVictimPermitGrant({
      grantDate,
      identifiedVictim: basis === 'identified-victim',
      strongSuspicionOfVictim: basis === 'strong-suspicion',
    });
    if (!result.term) throw new InvalidJobInputError(`identificationBasis ${basis} does not support a victim permit`);
    return { firstGrantDate: grantDate, permitGrounds: result.matched, removalBar: result.removalBar ?? null, ...termVariables(result.term) };
  }
  if (mode === 'renewal') {
    const result = assessVictimPermitRenewal(renewalFacts(vars));
    // The rules task before this one has already refused these; kept so the task is safe on its own.
    if (!result.term) throw new BpmnError(VICTIM_RENEWAL_REFUSED, result.outcome, { renewalRefusal: result.outcome });
    return { permitCappedByTotal: result.cappedByTotal, ...termVariables(result.term) };
  }
  throw new InvalidJobInputError(`unknown mode ${mode}`);
}
