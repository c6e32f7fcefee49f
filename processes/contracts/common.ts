/** Shared parts of the start-variable contracts: people, representatives, dates, case numbers. */
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

/** A calendar date as the legal calendar counts it (`YYYY-MM-DD`, no time, no zone). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const IsCalendarDate = () => (target: object, key: string) => {
  Matches(ISO_DATE, { message: `${key} must be a calendar date YYYY-MM-DD` })(target, key);
  IsISO8601({ strict: true })(target, key);
};

/** Case and application numbers: correlation keys of every message, so plain and stable. */
export const CASE_NUMBER = /^[A-Z0-9][A-Z0-9/-]{2,39}$/;

export class PersonDto {
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @IsString()
  @Length(2, 60)
  nationality!: string;

  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  /** Language for notices and the interpreter (Art. 70), ISO 639-1. */
  @IsOptional()
  @Matches(/^[a-z]{2}$/)
  language?: string;
}

/** Arts. 72(3), 78(6): notices go to the legal representative or the lawyer when there is one. */
export class RepresentativeDto {
  @IsIn(['lawyer', 'legal-representative'])
  kind!: 'lawyer' | 'legal-representative';

  @IsString()
  @Length(1, 200)
  fullName!: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  address?: string;
}

export const NestedPerson = () => (target: object, key: string) => {
  // ValidateNested alone lets a missing object through
  IsObject()(target, key);
  ValidateNested()(target, key);
  Type(() => PersonDto)(target, key);
};

export const NestedRepresentative = () => (target: object, key: string) => {
  IsOptional()(target, key);
  ValidateNested()(target, key);
  Type(() => RepresentativeDto)(target, key);
};
