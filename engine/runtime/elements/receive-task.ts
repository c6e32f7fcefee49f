import { openBoundaryEvents, openMessageSubscription } from '../behaviours/event-subscriptions';
import { completeAndLeave, ElementProcessor } from './processor';

/** Waits for its message; correlation completes it with the message's variables. */
export const receiveTask: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    openMessageSubscription(it, ei, node, ei);
  },
  complete: completeAndLeave,
};
