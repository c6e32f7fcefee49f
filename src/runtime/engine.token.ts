/** Injection token of the embedded engine instance (engine/engine.ts `Engine`). */
export const ENGINE = Symbol('ENGINE');
