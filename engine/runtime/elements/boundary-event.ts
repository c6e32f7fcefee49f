import { ElementProcessor, passThrough } from './processor';

/** A boundary event instance exists only once its event was caught (behaviours/event-triggers.ts): it passes on. */
export const boundaryEvent: ElementProcessor = passThrough;
