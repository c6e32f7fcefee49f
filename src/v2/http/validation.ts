import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { keyInRange } from '../../http/input-limits';
import { ProblemException } from './problem';

function describe(errors: ValidationError[], parent = ''): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = parent ? `${parent}.${e.property}` : e.property;
    for (const msg of Object.values(e.constraints ?? {})) out.push(msg.replace(e.property, path));
    if (e.children?.length) out.push(...describe(e.children, path));
  }
  return out;
}

/** One pipe for all /v2 bodies: a validation failure becomes a 400 INVALID_ARGUMENT problem naming the fields. */
export const v2ValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: false,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new ProblemException(400, describe(errors).join('; ') || 'The request body is not valid.'),
});

/** Camunda's int64 fields (timeouts, TTLs, timestamps) arrive as JSON numbers or numeric strings. */
export function IsLong(options?: ValidationOptions & { min?: number }): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLong',
      validator: {
        validate: (value: unknown) => {
          const n = typeof value === 'string' && /^-?[0-9]+$/.test(value) ? Number(value) : value;
          return typeof n === 'number' && Number.isSafeInteger(n) && (options?.min === undefined || n >= options.min);
        },
        defaultMessage: (args) => `${args?.property} must be an integer number${options?.min !== undefined ? ` >= ${options.min}` : ''}`,
      },
    },
    options,
  );
}

/** Zeebe keys: decimal strings (numbers tolerated, as older clients send them). */
export function IsKey(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKey',
      validator: {
        validate: (value: unknown) => (typeof value === 'string' && /^-?[0-9]{1,19}$/.test(value) && keyInRange(value)) || (typeof value === 'number' && Number.isSafeInteger(value)),
        defaultMessage: (args) => `${args?.property} must be a key (a decimal number as a string, below 2^63)`,
      },
    },
    options,
  );
}

export const toLong = (value: unknown): number | undefined => (value === undefined || value === null ? undefined : Number(value));
