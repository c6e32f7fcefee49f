import { ElementProcessor, passThrough } from './processor';

/** Start events complete at once; a typed start event already caught its event (the variables come with it). */
export const startEvent: ElementProcessor = passThrough;
