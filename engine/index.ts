export { Engine, DEFAULT_TENANT } from './engine';
export type { EngineOptions } from './engine';
export * from './api/commands';
export { EngineClock } from './clock';
export { EngineError } from './errors';
export type { EngineErrorKind } from './errors';
export { compileBpmn } from './model/compile';
