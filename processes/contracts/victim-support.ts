import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CASE_NUMBER, NestedPerson, NestedRepresentative, PersonDto, RepresentativeDto } from './common';

/** Start variables of `victim-support`; the grant form adds basis and date (Art. 48). */
export class VictimSupportStart {
  @Matches(CASE_NUMBER)
  caseNumber!: string;

  @NestedPerson()
  person!: PersonDto;

  @NestedRepresentative()
  representative?: RepresentativeDto;

  /** Who referred the person (e.g. law enforcement, YİMER 157, an NGO). */
  @IsOptional()
  @IsIn(['law-enforcement', 'hotline-157', 'ngo', 'international-organisation', 'self', 'other'])
  referredBy?: string;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  province?: string;
}
