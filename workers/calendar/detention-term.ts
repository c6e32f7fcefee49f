/**
 * yukk.calendar.detention-term — the limits of a removal detention (Art. 57) from the instant it was decided:
 * `detentionClock` = FEEL now() in the task's input mapping (the engine clock, as for notices). Writes
 * detentionStartedAt, transferDueAt (48 hours, Art. 57(2)), detentionCapAt (6 months, Art. 57(3)),
 * detentionExtendedCapAt (at most 6 more, Art. 57(3)) and detentionReviewFrom (first monthly review counts from
 * the start, Art. 57(4)). Hours and month terms are instants from law/calendar, never legal-calendar days.
 */
import { epochMsToTurkeyInstant, removalDetentionTerm } from '../../law';
import { engineTimeOf } from '../notifications/send-notice';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';

export function detentionTerm({ variables }: JobInput): Variables {
  const ms = engineTimeOf(variables.detentionClock);
  if (ms === undefined) throw new InvalidJobInputError('variable detentionClock (FEEL now()) is required');
  const term = removalDetentionTerm(epochMsToTurkeyInstant(ms));
  return {
    detentionStartedAt: term.startedAt,
    transferDueAt: term.transferDueAt,
    detentionCapAt: term.capAt,
    detentionExtendedCapAt: term.extendedCapAt,
    detentionReviewFrom: term.startedAt,
    detentionExtended: false,
  };
}
