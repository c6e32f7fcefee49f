/**
 * Errors the engine raises for bad commands. `kind` follows Camunda's problem-detail titles so the
 * REST layer maps them one to one (INVALID_ARGUMENT → 400, NOT_FOUND → 404, INVALID_STATE → 409,
 * RESOURCE_EXHAUSTED → 429, PAYLOAD_TOO_LARGE → 413, DEADLINE_EXCEEDED → 504).
 */
export type EngineErrorKind = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'INVALID_STATE' | 'RESOURCE_EXHAUSTED' | 'PAYLOAD_TOO_LARGE' | 'DEADLINE_EXCEEDED';

export class EngineError extends Error {
  constructor(readonly kind: EngineErrorKind, message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

export const invalidArgument = (message: string) => new EngineError('INVALID_ARGUMENT', message);
export const notFound = (message: string) => new EngineError('NOT_FOUND', message);
export const invalidState = (message: string) => new EngineError('INVALID_STATE', message);
