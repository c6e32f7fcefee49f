/**
 * yukk.rules.victim-termination — programme termination on the Presidency expert's evaluation report
 * ([S0 Q5]): the seven grounds; conduct grounds need a finding of voluntariness and yield to duress (brief E.6).
 * Input: message variable `expertReport` (see processes/README.md).
 */
import { assessVictimProgrammeTermination, VictimTerminationFacts } from '../../law';
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
] as const;

export function victimTermination({ variables }: JobInput): Variables {
  const report = optionalObject(variables, 'expertReport');
  const facts: VictimTerminationFacts = { expertReport: report !== undefined, ...booleanFacts(report, REPORT_KEYS) };
  const result = assessVictimProgrammeTermination(facts);
  return {
    terminationRuleOutcome: result.outcome,
    terminationGrounds: result.matched,
    terminationSetAside: result.excluded ?? [],
    terminationExceptions: result.exceptions,
    victimOffers: result.offers,
  };
}
