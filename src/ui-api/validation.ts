import { ValidationError, ValidationPipe } from '@nestjs/common';
import { problem } from './problem';

const flatten = (errors: ValidationError[], prefix = ''): Array<{ property: string; messages: string[] }> =>
  errors.flatMap((e) => {
    const property = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ property, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], property)];
  });

/** The /api validation pipe: whitelist DTO properties, refuse unknown ones, 400 as a problem detail with `errors`. */
export const apiValidationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => problem(400, 'Request validation failed', { errors: flatten(errors) }),
});
