export * from './criterion';
export * from './accelerated';
export * from './inadmissibility';
export * from './victim';
export * from './voluntaryReturn';
export * from './restrictionCodes';
export * from './appeals';
