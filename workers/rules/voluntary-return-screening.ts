/**
 * yukk.rules.voluntary-return-screening — Art. 87 eligibility, the checks of brief E.7 and the effects by
 * status (withdrawal Art. 77(1)(a), cessation Art. 85, V-87 for temporary protection). No return is
 * organised without a voluntary (for victims: informed) request: BPMN error RETURN_NOT_VOLUNTARY.
 */
import { assessVoluntaryReturn, ReturnPersonStatus, VoluntaryReturnFacts } from '../../law';
import { BpmnError, InvalidJobInputError, JobInput, Variables } from '../support/job';
import { booleanFacts, optionalString, requireString } from '../support/variables';

export const RETURN_NOT_VOLUNTARY = 'RETURN_NOT_VOLUNTARY';

const STATUS: Record<string, ReturnPersonStatus> = {
  applicant: 'applicant',
  'status-holder': 'statusHolder',
  victim: 'victim',
  'temporary-protection': 'temporaryProtection',
};

const KEYS = ['writtenRequest', 'identityAndTravelDocument', 'voluntarinessRecorded', 'nonRefoulementCleared', 'consularContactConsent', 'unaccompaniedMinor', 'bestInterestsAssessed'] as const;

export function returnFacts(variables: Variables): VoluntaryReturnFacts {
  const category = requireString(variables, 'personCategory');
  const personStatus = STATUS[category];
  if (!personStatus) throw new InvalidJobInputError(`unknown personCategory ${category}`);
  const destination = optionalString(variables, 'destination');
  const assistance = optionalString(variables, 'assistance');
  return {
    personStatus,
    ...booleanFacts(variables, KEYS),
    ...(destination ? { destination: destination === 'origin' || destination === 'safeThirdCountry' ? destination : 'other' } : {}),
    ...(assistance ? { assistance: assistance as VoluntaryReturnFacts['assistance'] } : {}),
  };
}

export function voluntaryReturnScreening({ variables }: JobInput): Variables {
  const facts = returnFacts(variables);
  const victimWithoutConsent = facts.personStatus === 'victim' && variables.informedConsent !== true;
  if (facts.voluntarinessRecorded !== true || victimWithoutConsent) {
    throw new BpmnError(RETURN_NOT_VOLUNTARY, 'Gönüllülük / bilgilendirilmiş rıza görüşmede teyit edilmedi', { returnRuleOutcome: 'notVoluntary' });
  }
  const result = assessVoluntaryReturn(facts);
  return {
    returnRuleOutcome: result.outcome,
    returnEligibility: result.matched,
    returnChecks: result.checks.map((c) => ({ ...c.criterion, state: c.state })),
    returnEffects: result.effects,
    returnAssistance: result.assistance,
  };
}
