import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { createJob } from '../behaviours/jobs';
import { throwSignal } from '../behaviours/signals';
import { handlerCompleted, throwCompensation } from './compensation';
import { throwEscalation } from './escalation';
import { completeWithEvent, ElementEvent } from './processor';

/**
 * What intermediate throw and end events share: a message one is a job (it completes with the job); a
 * signal is broadcast and an escalation thrown before the event completes; a compensation one waits for
 * the handlers it invoked.
 */
export function activateThrowEvent(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const kind = node.event?.kind;
  if (node.job) return createJob(it, ei, node);
  if (kind === 'signal') throwSignal(it, ei, node);
  if (kind === 'compensation') return throwCompensation(it, ei, node);
  if (kind === 'escalation') throwEscalation(it, ei, node);
  it.complete(ei, {});
}

/** A compensation handler it invoked completed (the last one completes it), or its job completed. */
export function throwEventOnEvent(it: Interpreter, ei: ElementInstanceRow, _node: FlowNode, event: ElementEvent): void {
  if (event.kind === 'compensationHandlerCompleted') handlerCompleted(it, ei);
  else completeWithEvent(it, ei, event);
}
