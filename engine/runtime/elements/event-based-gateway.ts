import { closeOwned, openCatchEvent } from '../behaviours/event-subscriptions';
import { completeAndLeave, completeWithEvent, ElementProcessor } from './processor';

/** Subscribes to the events after it; the first one caught wins: the gateway completes and that event's element is entered, caught already. */
export const eventBasedGateway: ElementProcessor = {
  activate(it, gw, node) {
    const model = it.model(gw);
    for (const fid of node.outgoing) openCatchEvent(it, gw, model.nodes.get(model.flows.get(fid)!.targetId)!);
  },
  complete: completeAndLeave,
  onEvent(it, gw, node, event) {
    if (event.kind !== 'caught') return completeWithEvent(it, gw, event);
    const model = it.model(gw);
    const scope = it.ei(gw.flow_scope_key!);
    closeOwned(it, gw);
    it.endElementInstance(gw, 'COMPLETED');
    const flow = model.flows.get(event.eventNode.incoming.find((f) => model.flows.get(f)!.sourceId === node.id)!)!;
    it.history('ELEMENT', 'SEQUENCE_FLOW_TAKEN', null, gw.process_instance_key, flow.id);
    it.activate(event.eventNode, scope, { eventVariables: event.variables, triggered: true });
  },
};
