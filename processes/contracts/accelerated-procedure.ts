import { Type } from 'class-transformer';
import { IsObject, Matches, ValidateNested } from 'class-validator';
import { CASE_NUMBER, IsCalendarDate, NestedPerson, NestedRepresentative, PersonDto, RepresentativeDto } from './common';
import { CaseFactsDto } from './facts';

/** Start variables of `accelerated-procedure` (called by the application, or started when a ground arises later). */
export class AcceleratedProcedureStart {
  @Matches(CASE_NUMBER)
  applicationNumber!: string;

  @IsCalendarDate()
  registrationDate!: string;

  /** Registration, or the day an Art. 79(1) ground was established (brief E.4): the 3-day period runs from here. */
  @IsCalendarDate()
  acceleratedStartDate!: string;

  @NestedPerson()
  applicant!: PersonDto;

  @NestedRepresentative()
  representative?: RepresentativeDto;

  @IsObject()
  @ValidateNested()
  @Type(() => CaseFactsDto)
  facts!: CaseFactsDto;
}
