import { ElementProcessor, passThrough } from './processor';

/** Undefined and manual tasks: nothing to do, as in Zeebe. */
export const task: ElementProcessor = passThrough;
