/** The `facts` object the registration form writes and the Art. 72–74 and 79 rules read (law/rules). */
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

export const Flag = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsBoolean()(target, key);
};

export class FirstCountryOfAsylumDto {
  @IsOptional() @IsString() @Length(0, 80) country?: string;
  @Flag() recognisedAndCanStillAvail?: boolean;
  @Flag() sufficientEffectiveProtection?: boolean;
}

export class SafeThirdCountryDto {
  @IsOptional() @IsString() @Length(0, 80) country?: string;
  @Flag() appliedOrCouldHaveApplied?: boolean;
  @Flag() noThreatOnConventionGrounds?: boolean;
  @Flag() nonRefoulementApplied?: boolean;
  @Flag() canSeekRefugeeStatus?: boolean;
  @Flag() noRiskOfSeriousHarm?: boolean;
  @Flag() individualConnection?: boolean;
}

export class AcceleratedFactsDto {
  @Flag() unaccompaniedMinor?: boolean;
  @Flag() ageDisputed?: boolean;
  @Flag() onlyUnrelatedMatters?: boolean;
  @Flag() misledAuthorities?: boolean;
  @Flag() destroyedDocuments?: boolean;
  @Flag() inRemovalDetention?: boolean;
  @Flag() appliedToDelayRemoval?: boolean;
  @Flag() publicOrderThreat?: boolean;
  @Flag() previouslyRemovedForPublicOrder?: boolean;
  @Flag() reappliedAfterDeemedWithdrawal?: boolean;
  @Flag() examinationWillTakeLong?: boolean;
}

export class InadmissibilityFactsDto {
  @Flag() repeatWithoutNewGrounds?: boolean;
  @Flag() ownApplicationAfterConsentWithoutCause?: boolean;
  @Flag() ownApplicationAfterRejectionWithoutNewGrounds?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => FirstCountryOfAsylumDto)
  firstCountryOfAsylum?: FirstCountryOfAsylumDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => SafeThirdCountryDto)
  safeThirdCountry?: SafeThirdCountryDto;
}

/** Both rule sets read the same object. */
export class CaseFactsDto extends AcceleratedFactsDto {
  @Flag() repeatWithoutNewGrounds?: boolean;
  @Flag() ownApplicationAfterConsentWithoutCause?: boolean;
  @Flag() ownApplicationAfterRejectionWithoutNewGrounds?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => FirstCountryOfAsylumDto)
  firstCountryOfAsylum?: FirstCountryOfAsylumDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => SafeThirdCountryDto)
  safeThirdCountry?: SafeThirdCountryDto;
}
