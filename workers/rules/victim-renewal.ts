/**
 * yukk.rules.victim-renewal — Art. 49(1): at least one ground (safety, health, special circumstances) and
 * room under the 3-year cap counted from the first grant (brief E.6). A refused renewal is a business
 * outcome: BPMN error VICTIM_RENEWAL_REFUSED, caught on the task.
 */
import { assessVictimPermitRenewal, VictimRenewalFacts } from '../../law';
import { BpmnError, InvalidJobInputError, JobInput, Variables } from '../support/job';
import { requireString } from '../support/variables';

export const VICTIM_RENEWAL_REFUSED = 'VICTIM_RENEWAL_REFUSED';

/** Facts from the period-review form: checklist `renewalGrounds`, number `renewalMonths`. */
export function renewalFacts(variables: Variables): VictimRenewalFacts {
  const grounds = Array.isArray(variables.renewalGrounds) ? (variables.renewalGrounds as unknown[]) : [];
  const months = variables.renewalMonths;
  if (months !== undefined && months !== null && (typeof months !== 'number' || !Number.isInteger(months) || months < 1)) {
    throw new InvalidJobInputError('variable renewalMonths must be a positive integer');
  }
  return {
    firstGrantDate: requireString(variables, 'firstGrantDate'),
    currentUntil: requireString(variables, 'permitValidUntil'),
    ...(typeof months === 'number' ? { requestedMonths: months } : {}),
    safety: grounds.includes('safety'),
    health: grounds.includes('health'),
    specialCircumstances: grounds.includes('specialCircumstances'),
  };
}

export function victimRenewal({ variables }: JobInput): Variables {
  const result = assessVictimPermitRenewal(renewalFacts(variables));
  if (result.outcome !== 'renew') {
    const why = result.outcome === 'capReached' ? '3 yıllık üst süre doldu (Md. 49(1))' : 'Md. 49(1) kapsamında yenileme sebebi yok';
    throw new BpmnError(VICTIM_RENEWAL_REFUSED, why, {
      renewalRefusal: result.outcome,
      renewalRefusalCitation: result.cap.citation,
      renewalCriteria: result.matched,
    });
  }
  return {
    renewalCriteria: result.matched,
    renewalCappedByTotal: result.cappedByTotal,
    renewalMonthsGranted: result.monthsGranted ?? null,
  };
}
