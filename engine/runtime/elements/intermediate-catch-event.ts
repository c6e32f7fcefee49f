import { ElementProcessor } from './processor';

/** Waits for its timer, signal or message; a link catch is entered from its throw and passes straight on. */
export const intermediateCatchEvent: ElementProcessor = {
  activate(it, ei, node) {
    if (node.event?.kind === 'timer') return it.openTimer(ei, node, ei.key);
    if (node.event?.kind === 'signal') return it.openSignalSubscription(ei, node, ei);
    if (node.event?.kind === 'link') return it.complete(ei, {});
    it.openSubscription(ei, node, ei);
  },
};
