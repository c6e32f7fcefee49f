/**
 * yukk.rules.deemed-withdrawal — Art. 77(1)(a)–(e) from `withdrawalFacts`;
 * yukk.rules.applicant-detention — Art. 68(2) grounds, the Art. 71 alternatives first, the 30-day maximum, from `detentionFacts`.
 * The day whose law applies is the engine's (`ruleClock` = FEEL now()).
 */
import { ApplicantDetentionFacts, assessApplicantDetention, assessDeemedWithdrawal, DeemedWithdrawalFacts, turkeyDateOf } from '../../law';
import { engineTimeOf } from '../notifications/send-notice';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { booleanFacts, optionalObject } from '../support/variables';

/** The Turkish day of an engine time carried by the job (FEEL now() in an input mapping). */
export function engineDay(v: Variables, name: string): string {
  const ms = engineTimeOf(v[name]);
  if (ms === undefined) throw new InvalidJobInputError(`variable ${name} (FEEL now()) is required`);
  return turkeyDateOf(new Date(ms).toISOString());
}

const count = (o: Record<string, unknown> | undefined, k: string) => (typeof o?.[k] === 'number' && Number.isInteger(o[k]) ? (o[k] as number) : undefined);

export function withdrawalFacts(v: Variables): DeemedWithdrawalFacts {
  const o = optionalObject(v, 'withdrawalFacts');
  return {
    ...booleanFacts(o, ['writtenWithdrawal', 'abscondedFromDetention', 'leftAssignedResidence', 'refusedPersonalData', 'breachedRegistrationOrInterviewDuties'] as const),
    interviewNoShowsWithoutExcuse: count(o, 'interviewNoShowsWithoutExcuse'),
    reportingFailuresWithoutExcuse: count(o, 'reportingFailuresWithoutExcuse'),
  };
}

/** The proposal's facts (message), and the officer's own finding on the Art. 71 alternatives (form). */
export function detentionFacts(v: Variables): ApplicantDetentionFacts {
  const facts = booleanFacts(optionalObject(v, 'detentionFacts'), ['identityOrNationalityInDoubt', 'heldAtBorderForUnlawfulEntry', 'elementsUnobtainableOtherwise', 'seriousPublicOrderThreat', 'alternativesInsufficient'] as const);
  if (v.alternativesInsufficient === true) facts.alternativesInsufficient = true;
  return facts;
}

export function deemedWithdrawal(input: JobInput): Variables {
  const r = assessDeemedWithdrawal(withdrawalFacts(input.variables), engineDay(input.variables, 'ruleClock'));
  return { withdrawalRuleOutcome: r.outcome, withdrawalGrounds: r.matched };
}

export function applicantDetention(input: JobInput): Variables {
  const r = assessApplicantDetention(detentionFacts(input.variables), engineDay(input.variables, 'ruleClock'));
  return { applicantDetentionRuleOutcome: r.outcome, applicantDetentionGrounds: r.matched, applicantDetentionRules: r.rules, applicantDetentionMaxDays: r.maxDays };
}
