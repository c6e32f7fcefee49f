import { ValidateBy, ValidationOptions } from 'class-validator';
import { COMMON_PASSWORDS } from './common-passwords';

/**
 * The password rule: at least 10 characters, not a common password (or one with digits and symbols around it),
 * not a repetition ("aaaaaaaaaa", "abcabcabcabc", "1234512345"), not a run ("1234567890", "abcdefghij"),
 * at least 5 different characters, and not the user's own name. Returns why a password is refused, or undefined.
 */
export const MIN_PASSWORD_LENGTH = 10;
const COMMON = new Set(COMMON_PASSWORDS);

export function passwordWeakness(password: string, username?: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must have at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLocaleLowerCase('tr');
  const stem = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (COMMON.has(lower) || COMMON.has(stem) || COMMON.has(password.toLowerCase())) {
    return 'is a common password';
  }
  const chars = [...lower];
  if (new Set(chars).size < 5) return 'repeats too few different characters';
  if (isRepetition(lower)) return 'repeats the same part';
  if (isRun(lower)) return 'is a run of consecutive characters';
  if (username && username.length >= 3 && lower.includes(username.toLocaleLowerCase('tr'))) return 'contains the user name';
  return undefined;
}

/** "abcabcabc": the whole is a shorter part repeated. */
function isRepetition(s: string): boolean {
  for (let unit = 1; unit <= s.length / 2; unit++) {
    if (s.length % unit === 0 && s.slice(unit) === s.slice(0, s.length - unit)) return true;
  }
  return false;
}

/** "1234567890", "9876543210", "abcdefghij": every character one step from the previous, the same way. */
function isRun(s: string): boolean {
  const codes = [...s].map((c) => c.codePointAt(0)!);
  const step = codes[1] - codes[0];
  if (Math.abs(step) !== 1) return false;
  return codes.every((c, i) => i === 0 || c - codes[i - 1] === step || (step === 1 && codes[i - 1] === 57 && c === 48));
}

/** class-validator decorator: the password rule, with the user name taken from the same body when it has one. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value: unknown, args) => typeof value === 'string' && passwordWeakness(value, (args?.object as { username?: string })?.username) === undefined,
        defaultMessage: (args) => {
          const why = typeof args?.value === 'string' ? passwordWeakness(args.value, (args.object as { username?: string })?.username) : 'must be a string';
          return `${args?.property} ${why}`;
        },
      },
    },
    options,
  );
}
