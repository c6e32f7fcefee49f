/**
 * yukk.rules.removal-grounds — Art. 54 grounds, Art. 55 bars, the Art. 53(3) stay and its exceptions, the Art. 56
 * departure-period withholding grounds and the Art. 57(2) detention grounds, from the `removalFacts` variable.
 */
import { assessRemoval, RemovalFacts } from '../../law';
import { JobInput, Variables } from '../support/job';
import { booleanFacts, optionalObject } from '../support/variables';

export const REMOVAL_FACT_KEYS = [
  'tckArticle59', 'terroristOrCriminalOrganisation', 'falseInformationOrForgedDocuments', 'illegitimateLivelihood',
  'publicOrderSecurityOrHealthThreat', 'visaOverstayOrVisaCancelled', 'residencePermitCancelled', 'permitOverstayWithoutCause',
  'workingWithoutPermit', 'unlawfulEntryOrExit', 'enteredDespiteEntryBan', 'finalNegativeProtectionDecision',
  'notLeftAfterPermitRenewalRefused', 'linkedToDesignatedTerroristOrganisation', 'protectionApplicantOrStatusHolder',
  'seriousDangerToStateSecurity', 'convictedOfSeriousCrime', 'riskOfDeathPenaltyOrTorture', 'unsafeToTravel',
  'lifeThreateningIllnessNoTreatment', 'inVictimSupportProcess', 'violenceVictimInTreatment', 'flightRisk',
  'permitSoughtWithUnfoundedDocuments', 'notLeftWithinDeparturePeriod', 'unpaidFine',
] as const satisfies readonly (keyof RemovalFacts)[];

/** The recorded facts of the removal case (start variable, completed by the decision form). */
export function removalFacts(variables: Variables): RemovalFacts {
  return booleanFacts(optionalObject(variables, 'removalFacts'), REMOVAL_FACT_KEYS);
}

export function removalGrounds({ variables }: JobInput): Variables {
  const r = assessRemoval(removalFacts(variables));
  return {
    removalRuleOutcome: r.outcome,
    removalGrounds: r.matched,
    removalGroundsExcluded: r.excluded ?? [],
    removalBars: r.bars,
    removalBarObligations: r.barObligations ?? null,
    removalProtectionHolderLimit: r.protectionHolderLimit ?? null,
    removalStay: r.stay,
    removalStayExceptions: r.stayExceptions,
    removalStaysDuringProceedings: r.staysDuringProceedings,
    departureWithheldGrounds: r.departureWithheld,
    departurePeriodWithheld: r.departureWithheld.length > 0,
    detentionGrounds: r.detentionGrounds,
  };
}
