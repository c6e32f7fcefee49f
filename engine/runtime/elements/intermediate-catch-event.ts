import { openCatchEvent } from '../behaviours/event-subscriptions';
import { completeAndLeave, ElementProcessor } from './processor';

/** Waits for its timer, signal or message (caught: it completes with the event's variables); a link catch is entered from its throw and passes straight on. */
export const intermediateCatchEvent: ElementProcessor = {
  activate(it, ei, node) {
    if (node.event?.kind === 'link') return it.complete(ei, {});
    openCatchEvent(it, ei, node);
  },
  complete: completeAndLeave,
};
