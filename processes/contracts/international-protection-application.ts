import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { CASE_NUMBER, IsCalendarDate, NestedPerson, NestedRepresentative, PersonDto, RepresentativeDto } from './common';

/** Start variables of `international-protection-application`; the registration form adds the rest. */
export class InternationalProtectionApplicationStart {
  /** Correlation key of every message of this case. */
  @Matches(CASE_NUMBER)
  applicationNumber!: string;

  /** The 30-day interview period runs from here (Art. 75(1)). */
  @IsCalendarDate()
  applicationDate!: string;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  province?: string;

  @NestedPerson()
  applicant!: PersonDto;

  @NestedRepresentative()
  representative?: RepresentativeDto;
}
