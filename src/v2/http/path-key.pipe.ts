import { PipeTransform } from '@nestjs/common';
import { badRequest } from './problem';

/** Path keys must be decimal strings; anything else is a 400 naming the parameter. */
export class KeyParam implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!/^-?[0-9]{1,19}$/.test(value)) throw badRequest(`Expected ${this.name} to be a key (a decimal number), but was '${value}'.`);
    return value;
  }
}

export const key = (name: string) => new KeyParam(name);
