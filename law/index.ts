/** Law No. 6458 as code: dated parameters, the legal calendar and the rules. Pure; bundled data only. */
export * from './parameters';
export * from './calendar';
export * from './rules';
