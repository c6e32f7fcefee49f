/**
 * yukk.rules.victim-termination — programme termination on the Presidency expert's evaluation report
 * ([S0 Q5]): the seven grounds; conduct grounds need a finding of voluntariness and yield to duress (brief E.6).
 * Also the permit-cancellation reading of the same report (Art. 49(2); [S2]) with the Art. 25(1) factors the
 * governorate must weigh, so the officer sees both (brief C12 leaves open whether termination cancels the permit).
 * Input: message variable `expertReport` (see processes/README.md).
 */
import { assessVictimPermitCancellation, assessVictimProgrammeTermination, VictimTerminationFacts } from '../../law';
import { JobInput, Variables } from '../support/job';
import { booleanFacts, optionalObject } from '../support/variables';

const REPORT_KEYS = [
  'unwilling',
  'recontactedPerpetrators',
  'leftShelterWithoutNotice',
  'disobeyedProgrammeMeasures',
  'nonCooperation',
  'notAVictim',
  'untrueInformation',
  'conductVoluntary',
  'underDuress',
  'breachedObligations',
] as const;

/** The expert report's findings as the law's facts (also read by the decision guard). */
export function terminationFacts(variables: Variables): VictimTerminationFacts {
  const report = optionalObject(variables, 'expertReport');
  return { expertReport: report !== undefined, ...booleanFacts(report, REPORT_KEYS) };
}

export function victimTermination({ variables }: JobInput): Variables {
  const report = optionalObject(variables, 'expertReport');
  const flags = booleanFacts(report, REPORT_KEYS);
  const facts: VictimTerminationFacts = terminationFacts(variables);
  const result = assessVictimProgrammeTermination(facts);
  const cancellation = assessVictimPermitCancellation({
    recontactedPerpetrators: flags.recontactedPerpetrators,
    breachedObligations: flags.breachedObligations,
    notAVictim: flags.notAVictim,
    conductVoluntary: flags.conductVoluntary,
    underDuress: flags.underDuress,
  });
  return {
    cancellationRuleOutcome: cancellation.outcome,
    cancellationGrounds: cancellation.matched,
    cancellationMustWeigh: cancellation.mustWeigh,
    terminationRuleOutcome: result.outcome,
    terminationGrounds: result.matched,
    terminationSetAside: result.excluded ?? [],
    terminationExceptions: result.exceptions,
    victimOffers: result.offers,
  };
}
