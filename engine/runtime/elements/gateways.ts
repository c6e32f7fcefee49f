import { evaluateTyped } from '../../feel/feel';
import { FlowNode, SequenceFlow } from '../../model/types';
import { IncidentSignal } from '../context';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { completeElement } from '../behaviours/completion';
import { takeFlows } from '../behaviours/sequence-flows';
import { completeAndLeave, ElementProcessor, passThrough } from './processor';

/**
 * Exclusive and inclusive gateways, as Zeebe's ExclusiveGatewayProcessor: the conditions are evaluated
 * when the gateway is entered; the chosen flows (the first true one, every true one, or the default) are
 * taken as it completes. No flow to take, or a failing condition, is a CONDITION_ERROR incident on the
 * gateway; resolving it evaluates again. Joining happens before the gateway is entered
 * (behaviours/sequence-flows.ts).
 */
const conditionalGateway: ElementProcessor = {
  activate(it, gw, node) {
    const flows = chooseFlows(it, gw, node);
    completeElement(it, gw, node, {});
    takeFlows(it, gw, flows);
  },
  complete: completeAndLeave,
};

function chooseFlows(it: Interpreter, gw: ElementInstanceRow, node: FlowNode): SequenceFlow[] {
  const model = it.model(gw);
  const outgoing = node.outgoing.map((id) => model.flows.get(id)!);
  if (outgoing.length <= 1 && !outgoing[0]?.condition) return outgoing;
  const context = it.vars.context(gw.flow_scope_key!);
  const taken: SequenceFlow[] = [];
  try {
    for (const f of outgoing) {
      if (f.id === node.defaultFlow || !f.condition) continue;
      if (evaluateTyped(f.condition, context, 'boolean') === true) {
        taken.push(f);
        if (node.type === 'EXCLUSIVE_GATEWAY') break;
      }
    }
  } catch (err) {
    throw new IncidentSignal('CONDITION_ERROR', (err as Error).message);
  }
  if (taken.length === 0 && node.defaultFlow) taken.push(model.flows.get(node.defaultFlow)!);
  if (taken.length === 0) throw new IncidentSignal('CONDITION_ERROR', `Expected at least one condition to evaluate to true, or to have a default flow`);
  return taken;
}

export const exclusiveGateway = conditionalGateway;
export const inclusiveGateway = conditionalGateway;
/** A parallel gateway forks when entered (joining happens before, behaviours/sequence-flows.ts). */
export const parallelGateway: ElementProcessor = passThrough;
