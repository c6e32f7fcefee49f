export * from './civilDate';
export * from './instant';
export * from './holidays';
export * from './workingDays';
export * from './periodEnd';
export * from './daysLeft';
export * from './hijri';
export * from './officialOverrides';
