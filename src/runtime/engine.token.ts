/** Injection token of the embedded engine instance (engine/engine.ts `Engine`). */
export const ENGINE = Symbol('ENGINE');

/** Injection token of the runtime credential /v2 requires (runtime-credential.ts `RuntimeCredential`). */
export const RUNTIME_CREDENTIAL = Symbol('RUNTIME_CREDENTIAL');
