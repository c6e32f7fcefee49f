import { IsIn, Matches } from 'class-validator';
import { CASE_NUMBER, NestedPerson, NestedRepresentative, PersonDto, RepresentativeDto } from './common';

export const PERSON_CATEGORIES = ['applicant', 'status-holder', 'victim', 'temporary-protection'] as const;

/** Start variables of `voluntary-return` (called by the application or the victim process, or started directly). */
export class VoluntaryReturnStart {
  /** The application number for applicants; the case number otherwise. */
  @Matches(CASE_NUMBER)
  caseNumber!: string;

  /** Decides the effects: withdrawal (Art. 77(1)(a)), cessation (Art. 85), V-87 (temporary protection). */
  @IsIn(PERSON_CATEGORIES)
  personCategory!: (typeof PERSON_CATEGORIES)[number];

  @NestedPerson()
  person!: PersonDto;

  @NestedRepresentative()
  representative?: RepresentativeDto;
}
