import { ElementProcessor, passThrough } from './processor';

/** A boundary event instance exists only once its event was caught (see Interpreter.triggerEvent): it passes on. */
export const boundaryEvent: ElementProcessor = passThrough;
