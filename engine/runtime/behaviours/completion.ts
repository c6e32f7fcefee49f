import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { compensationHandlerCompleted, subscribeCompensation } from '../elements/compensation';
import { closeOwned } from './event-subscriptions';
import { collectOutputElement, innerCompleted } from './multi-instance';
import { takeOutgoing } from './sequence-flows';
import { applyOutputs } from './variable-mappings';

/**
 * An element completes (Zeebe's transition to ELEMENT_COMPLETED): its result goes through the output
 * mappings (an inner multi-instance instance also fills the output collection), what it owned goes, and
 * compensation remembers it (a handler) or hears of it (a handler invoked by a throw event).
 */
export function completeElement(it: Interpreter, ei: ElementInstanceRow, node: FlowNode, result: Vars): void {
  const rt = it.rt(ei);
  applyOutputs(it, ei, node, result);
  if (rt.loopCounter !== undefined) collectOutputElement(it, ei, node, rt.loopCounter);
  closeOwned(it, ei);
  it.endElementInstance(ei, 'COMPLETED');
  if (node.compensationHandler) subscribeCompensation(it, ei, node);
  if (rt.compensationThrow !== undefined) compensationHandlerCompleted(it, rt.compensationThrow);
}

/** A completed element moves the token on: an inner instance back to its multi-instance body, others along their outgoing flows. */
export function leave(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  if (it.isInnerInstance(ei)) return innerCompleted(it, ei, node);
  takeOutgoing(it, ei, node);
}
