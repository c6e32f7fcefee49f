import type { NextFunction, Request, Response } from 'express';

/**
 * Limits on request input that the rest of the server takes for granted, checked once for /api and /v2 right
 * after body parsing (and by the /v2 hot path, which falls through to here when they are not met):
 *
 * - JSON nested deeper than MAX_DEPTH: validation, storage and FEEL all walk values recursively, and 10,000
 *   levels overflowed the stack (a 500). The walk here is iterative, so it cannot overflow itself.
 * - variable names: not empty, no control characters, at most MAX_NAME_LENGTH characters;
 * - keys: a path segment of 16+ digits must be a 64-bit key (< 2^63), or SQLite refuses to bind it (a 500/502).
 *
 * Everything answers 400 with a problem detail that names what was wrong, never the value.
 */
export const INPUT_LIMITS = { maxDepth: 64, maxNameLength: 256 };
const MAX_KEY = (1n << 63n) - 1n;
const MIN_KEY = -(1n << 63n);
const LONG_NUMBER = /^-?[0-9]{16,}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The depth of a JSON value (a scalar is 0) or `Infinity` once deeper than `limit`. */
export function depthExceeds(value: unknown, limit = INPUT_LIMITS.maxDepth): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Why a variable name is refused, or undefined. */
export function variableNameProblem(name: string): string | undefined {
  if (name === '') return 'a variable name must not be empty';
  if (CONTROL.test(name)) return 'a variable name must not contain control characters';
  if (name.length > INPUT_LIMITS.maxNameLength) return `a variable name may have at most ${INPUT_LIMITS.maxNameLength} characters`;
  return undefined;
}

/** Whether a decimal key string is inside the signed 64-bit range. */
export function keyInRange(text: string): boolean {
  const n = BigInt(text);
  return n >= MIN_KEY && n <= MAX_KEY;
}

/** What is wrong with a parsed JSON body, or undefined. */
export function bodyInputProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  if (depthExceeds(body, INPUT_LIMITS.maxDepth + 1)) return `The request body is nested too deeply: values may be nested at most ${INPUT_LIMITS.maxDepth} levels.`;
  const variables = (body as { variables?: unknown }).variables;
  if (variables !== null && typeof variables === 'object' && !Array.isArray(variables)) {
    for (const name of Object.keys(variables)) {
      const why = variableNameProblem(name);
      if (why) return `Invalid variable name in variables: ${why}.`;
    }
  }
  return undefined;
}

/** What is wrong with the path of a request (keys out of range), or undefined. */
export function pathInputProblem(urlPath: string): string | undefined {
  for (const segment of urlPath.split('/')) {
    if (LONG_NUMBER.test(segment) && (segment.length > 20 || !keyInRange(segment))) return `'${segment.slice(0, 24)}' is not a key: keys are 64-bit numbers (below 2^63).`;
  }
  return undefined;
}

export function inputLimits() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const problem = pathInputProblem(req.path) ?? bodyInputProblem(req.body);
    if (!problem) return next();
    const v2 = req.path.startsWith('/v2/');
    const body = { type: 'about:blank', title: v2 ? 'INVALID_ARGUMENT' : 'Bad Request', status: 400, detail: problem, instance: req.path };
    res.status(400).type('application/problem+json').send(JSON.stringify(body));
  };
}
