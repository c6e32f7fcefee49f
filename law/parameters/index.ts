export * from './types';
export * from './catalogue';
export * from './registry';
export * from './load';
