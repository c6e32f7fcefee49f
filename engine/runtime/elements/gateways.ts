import { ElementProcessor, passThrough } from './processor';

/**
 * Exclusive, inclusive and parallel gateways complete when entered; choosing the outgoing flows
 * (conditions, default flow) and joining happen when the token leaves (Interpreter.leave / takeFlow).
 */
export const exclusiveGateway: ElementProcessor = passThrough;
export const inclusiveGateway: ElementProcessor = passThrough;
export const parallelGateway: ElementProcessor = passThrough;
