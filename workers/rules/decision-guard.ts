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
  GuardVerdict,
} from '../../law';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireHeader } from '../support/variables';
import { detentionFacts, engineDay, withdrawalFacts } from './applicant-status';
import { inadmissibilityFacts } from './facts';
import { removalFacts } from './removal-grounds';
import { terminationFacts } from './victim-termination';

/** The law's date of the decision: the engine time the job carries (FEEL now() in `guardClock`), in Turkish time. */
const decisionDay = (v: Variables): string => engineDay(v, 'guardClock');

/** The decisions a guard knows (task header `decision`), each re-running its rule on the recorded facts. */
const GUARDS: Record<string, (v: Variables) => GuardVerdict> = {
  'victim-termination': (v) => guardVictimTermination(terminationFacts(v), v.programmeTerminated, v.departureReason),
  'inadmissibility-ground': (v) => guardInadmissibilityGround(inadmissibilityFacts(v), v.inadmissibilityGround, v.inadmissibilityReasons),
  'removal-decision': (v) => guardRemovalDecision(removalFacts(v), v.removalDecision, v.departureDays, v.departureReason, decisionDay(v)),
  'removal-detention': (v) => guardRemovalDetention(removalFacts(v), v.detain),
  'detention-review': (v) => guardDetentionReview(v.detentionReview, v.detentionExtensionGround, v.detentionExtended),
  'applicant-detention': (v) => guardApplicantDetention(detentionFacts(v), v.applicantDetain, v.applicantDetentionReasons, decisionDay(v)),
  'deemed-withdrawal': (v) => guardDeemedWithdrawal(withdrawalFacts(v), v.declareWithdrawal, decisionDay(v)),
};

/** For the element template and lint: the values header `decision` may take. */
export const GUARDED_DECISIONS = Object.keys(GUARDS);

export function decisionGuard(input: JobInput): Variables {
  const decision = requireHeader(input, 'decision');
  const guard = Object.hasOwn(GUARDS, decision) ? GUARDS[decision] : undefined;
  if (!guard) throw new InvalidJobInputError(`unknown decision ${decision}`);
  return { guard: guard(input.variables) };
}
