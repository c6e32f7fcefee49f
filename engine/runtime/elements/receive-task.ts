import { ElementProcessor } from './processor';

/** Waits for its message; correlation completes it (Interpreter.triggerSubscription). */
export const receiveTask: ElementProcessor = {
  activate: (it, ei, node) => it.openSubscription(ei, node, ei),
};
