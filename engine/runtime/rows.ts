/** Row types moved to engine/store/rows.ts (one place for the runtime and the query side); kept for existing imports. */
export * from '../store/rows';
