/** Maps the `facts` process variable (written by the registration form) to the law's fact types. */
import type { AcceleratedFacts, FirstCountryOfAsylumFacts, InadmissibilityFacts, SafeThirdCountryFacts } from '../../law';
import { Variables } from '../support/job';
import { booleanFacts, optionalObject, optionalString } from '../support/variables';

const ACCELERATED_KEYS = [
  'unaccompaniedMinor',
  'ageDisputed',
  'onlyUnrelatedMatters',
  'misledAuthorities',
  'destroyedDocuments',
  'inRemovalDetention',
  'appliedToDelayRemoval',
  'publicOrderThreat',
  'previouslyRemovedForPublicOrder',
  'reappliedAfterDeemedWithdrawal',
  'examinationWillTakeLong',
] as const;

const INADMISSIBILITY_KEYS = ['repeatWithoutNewGrounds', 'ownApplicationAfterConsentWithoutCause', 'ownApplicationAfterRejectionWithoutNewGrounds'] as const;
const FIRST_COUNTRY_KEYS = ['recognisedAndCanStillAvail', 'sufficientEffectiveProtection'] as const;
const SAFE_THIRD_KEYS = [
  'appliedOrCouldHaveApplied',
  'noThreatOnConventionGrounds',
  'nonRefoulementApplied',
  'canSeekRefugeeStatus',
  'noRiskOfSeriousHarm',
  'individualConnection',
] as const;

/**
 * Art. 79 facts. A resolved age dispute (user task `ap-age-dispute`, variable `ageDisputeOutcome`) replaces
 * the registration's minor/dispute flags: the officer's finding is the fact from then on (brief E.5).
 */
export function acceleratedFacts(vars: Variables): AcceleratedFacts {
  const facts = booleanFacts(optionalObject(vars, 'facts'), ACCELERATED_KEYS);
  const ageOutcome = optionalString(vars, 'ageDisputeOutcome');
  if (ageOutcome) {
    facts.ageDisputed = false;
    facts.unaccompaniedMinor = ageOutcome === 'unaccompanied-minor';
  }
  return { ...facts, unaccompaniedMinor: facts.unaccompaniedMinor === true };
}

/**
 * Arts. 72–74 facts. A first-country or safe-third-country block counts as claimed only when it names a
 * country or has a condition ticked; an untouched form group would otherwise report every condition unmet.
 */
export function inadmissibilityFacts(vars: Variables): InadmissibilityFacts {
  const source = optionalObject(vars, 'facts');
  const facts: InadmissibilityFacts = booleanFacts(source, INADMISSIBILITY_KEYS);
  const first = claimed(source?.firstCountryOfAsylum, FIRST_COUNTRY_KEYS);
  if (first) facts.firstCountryOfAsylum = first as FirstCountryOfAsylumFacts;
  const safe = claimed(source?.safeThirdCountry, SAFE_THIRD_KEYS);
  if (safe) facts.safeThirdCountry = safe as SafeThirdCountryFacts;
  return facts;
}

function claimed(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const block = value as Record<string, unknown>;
  const flags = booleanFacts(block, keys);
  const country = typeof block.country === 'string' && block.country.trim() ? block.country.trim() : undefined;
  if (!country && !Object.values(flags).some((v) => v === true)) return undefined;
  return { ...flags, ...(country ? { country } : {}) };
}
