import { invalidArgument } from '../errors';

/** A key given as a decimal string (Zeebe keys are 64-bit; the engine's stay within safe integers). */
export function parseKey(value: string, what: string): number {
  const key = Number(value);
  if (!/^\d+$/.test(String(value)) || !Number.isSafeInteger(key)) throw invalidArgument(`'${value}' is not a valid ${what} key`);
  return key;
}

/** Variables of a command must be a JSON object. */
export function assertVariables(variables: unknown): void {
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) throw invalidArgument('variables must be a JSON object');
}
