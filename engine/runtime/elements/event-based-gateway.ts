import { ElementProcessor } from './processor';

/** Subscribes to the events after it; the first one caught wins (Interpreter.triggerEvent). */
export const eventBasedGateway: ElementProcessor = {
  activate(it, gw, node) {
    const model = it.model(gw);
    for (const fid of node.outgoing) {
      const target = model.nodes.get(model.flows.get(fid)!.targetId)!;
      if (target.event?.kind === 'timer') it.openTimer(gw, target, gw.key);
      else if (target.event?.kind === 'signal') it.openSignalSubscription(gw, target, gw);
      else it.openSubscription(gw, target, gw);
    }
  },
};
