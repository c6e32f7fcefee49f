import { Type } from 'class-transformer';
import { IsObject, Matches, ValidateNested } from 'class-validator';
import { CASE_NUMBER, NestedPerson, NestedRepresentative, PersonDto, RepresentativeDto } from './common';
import { CaseFactsDto } from './facts';

/** Start variables of `inadmissibility-assessment`. */
export class InadmissibilityAssessmentStart {
  @Matches(CASE_NUMBER)
  applicationNumber!: string;

  @NestedPerson()
  applicant!: PersonDto;

  @NestedRepresentative()
  representative?: RepresentativeDto;

  @IsObject()
  @ValidateNested()
  @Type(() => CaseFactsDto)
  facts!: CaseFactsDto;
}
