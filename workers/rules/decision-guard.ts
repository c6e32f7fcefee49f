/**
 * yukk.rules.decision-guard — re-runs the rule behind an officer's decision on the recorded facts and refuses a
 * choice the law forbids (law/rules/guards.ts). It reads the facts and the officer's choice only, never a finding
 * variable, so a finding cannot be overturned by a variable set through /v2 or a form. Task header `decision`:
 * victim-termination | inadmissibility-ground | removal-decision | removal-detention | detention-review |
 * applicant-detention | deemed-withdrawal.
 * Writes `guard` (GuardVerdict); each task maps it to a variable of its own (e.g. `terminationGuard`).
 */
import {
  guardApplicantDetention, guardDeemedWithdrawal, guardDetentionReview, guardInadmissibilityGround, guardRemovalDecision, guardRemovalDetention, guardVictimTermination,
  GuardVerdict, turkeyDateOf,
} from '../../law';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireHeader } from '../support/variables';
import { detentionFacts, withdrawalFacts } from './applicant-status';
import { inadmissibilityFacts } from './facts';
import { removalFacts } from './removal-grounds';
import { terminationFacts } from './victim-termination';

/** The law's date of the decision: the engine time the job carries (FEEL now()), in Turkish time. */
function decisionDay(v: Variables): string {
  const clock = typeof v.guardClock === 'string' ? v.guardClock.replace(/\[[^\]]*\]$/, '').replace(/@[A-Za-z_/+-]+$/, '') : '';
  const ms = Date.parse(clock);
  if (Number.isNaN(ms)) throw new InvalidJobInputError('variable guardClock (FEEL now()) is required');
  return turkeyDateOf(new Date(ms).toISOString());
}

export function decisionGuard(input: JobInput): Variables {
  const v = input.variables;
  const decision = requireHeader(input, 'decision');
  let verdict: GuardVerdict;
  switch (decision) {
    case 'victim-termination':
      verdict = guardVictimTermination(terminationFacts(v), v.programmeTerminated, v.departureReason);
      break;
    case 'inadmissibility-ground':
      verdict = guardInadmissibilityGround(inadmissibilityFacts(v), v.inadmissibilityGround, v.inadmissibilityReasons);
      break;
    case 'removal-decision':
      verdict = guardRemovalDecision(removalFacts(v), v.removalDecision, v.departureDays, v.departureReason, decisionDay(v));
      break;
    case 'removal-detention':
      verdict = guardRemovalDetention(removalFacts(v), v.detain);
      break;
    case 'detention-review':
      verdict = guardDetentionReview(v.detentionReview, v.detentionExtensionGround, v.detentionExtended);
      break;
    case 'applicant-detention':
      verdict = guardApplicantDetention(detentionFacts(v), v.applicantDetain, v.applicantDetentionReasons, decisionDay(v));
      break;
    case 'deemed-withdrawal':
      verdict = guardDeemedWithdrawal(withdrawalFacts(v), v.declareWithdrawal, decisionDay(v));
      break;
    default:
      throw new InvalidJobInputError(`unknown decision ${decision}`);
  }
  return { guard: verdict };
}
