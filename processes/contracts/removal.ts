import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, Matches, ValidateNested } from 'class-validator';
import { CASE_NUMBER, NestedPerson, NestedRepresentative, PersonDto, RepresentativeDto } from './common';
import { Flag } from './facts';

/** An absolute instant with its offset (an apprehension happens at a moment, Art. 57(1)). */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The facts the removal rules read (law/rules/removal.ts): Art. 54 grounds, 54(2), Art. 55 bars, Arts. 56–57. */
export class RemovalFactsDto {
  @Flag() tckArticle59?: boolean;
  @Flag() terroristOrCriminalOrganisation?: boolean;
  @Flag() falseInformationOrForgedDocuments?: boolean;
  @Flag() illegitimateLivelihood?: boolean;
  @Flag() publicOrderSecurityOrHealthThreat?: boolean;
  @Flag() visaOverstayOrVisaCancelled?: boolean;
  @Flag() residencePermitCancelled?: boolean;
  @Flag() permitOverstayWithoutCause?: boolean;
  @Flag() workingWithoutPermit?: boolean;
  @Flag() unlawfulEntryOrExit?: boolean;
  @Flag() enteredDespiteEntryBan?: boolean;
  @Flag() finalNegativeProtectionDecision?: boolean;
  @Flag() notLeftAfterPermitRenewalRefused?: boolean;
  @Flag() linkedToDesignatedTerroristOrganisation?: boolean;
  @Flag() protectionApplicantOrStatusHolder?: boolean;
  @Flag() seriousDangerToStateSecurity?: boolean;
  @Flag() convictedOfSeriousCrime?: boolean;
  @Flag() riskOfDeathPenaltyOrTorture?: boolean;
  @Flag() unsafeToTravel?: boolean;
  @Flag() lifeThreateningIllnessNoTreatment?: boolean;
  @Flag() inVictimSupportProcess?: boolean;
  @Flag() violenceVictimInTreatment?: boolean;
  @Flag() flightRisk?: boolean;
  @Flag() permitSoughtWithUnfoundedDocuments?: boolean;
  @Flag() notLeftWithinDeparturePeriod?: boolean;
  @Flag() unpaidFine?: boolean;
}

export const REMOVAL_REFERRERS = ['international-protection-application', 'accelerated-procedure', 'inadmissibility-assessment', 'victim-support', 'direct'] as const;

/** Start variables of `removal` (called by the procedures that end in removal, or started directly). */
export class RemovalStart {
  @Matches(CASE_NUMBER)
  caseNumber!: string;

  @NestedPerson()
  person!: PersonDto;

  @NestedRepresentative()
  representative?: RepresentativeDto;

  @IsObject()
  @ValidateNested()
  @Type(() => RemovalFactsDto)
  removalFacts!: RemovalFactsDto;

  /** When the person was apprehended: the 48-hour decision period of Art. 57(1) runs from this instant. */
  @IsOptional()
  @Matches(ISO_INSTANT)
  apprehendedAt?: string;

  @IsOptional()
  @IsIn([...REMOVAL_REFERRERS])
  referredFrom?: string;
}
