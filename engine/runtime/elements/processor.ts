import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { completeElement, leave } from '../behaviours/completion';

/**
 * Something an element instance waited for happened: a timer fired, a message was correlated, a signal
 * arrived (`caught`, with the catch event that caught it), its job or user task was completed, the
 * process it called completed, or a compensation handler it invoked completed.
 */
export type ElementEvent =
  | { kind: 'caught'; eventNode: FlowNode; variables: Vars }
  | { kind: 'jobCompleted' | 'userTaskCompleted' | 'childCompleted'; variables: Vars }
  | { kind: 'compensationHandlerCompleted'; variables: Vars };

/**
 * One processor per BPMN element type, as Zeebe's BpmnElementProcessor: what the element does when it
 * is entered (onActivate), when it completes (onComplete), when it is terminated (onTerminate) and when
 * something it waits for happens. Processors compose the shared behaviours of runtime/behaviours
 * (variable mappings, event subscriptions, incidents, multi-instance, sequence flows).
 */
export interface ElementProcessor {
  /** The element was entered (input mappings applied, boundary events open). */
  activate(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void;
  /**
   * The element completes with `result`: output mappings, end of the instance, then the token moves on
   * (unless `noContinue`). Most elements use `completeAndLeave`.
   */
  complete(it: Interpreter, ei: ElementInstanceRow, node: FlowNode, result: Vars, noContinue: boolean): void;
  /** The element is being terminated: release what only this kind of element holds (its jobs, timers and subscriptions go generically). */
  terminate?(it: Interpreter, ei: ElementInstanceRow): void;
  /** Something the element waits for happened. Without this hook the element completes with the event's variables. */
  onEvent?(it: Interpreter, ei: ElementInstanceRow, node: FlowNode, event: ElementEvent): void;
}

/** The usual completion: outputs, the instance ends, the outgoing sequence flows are taken. */
export function completeAndLeave(it: Interpreter, ei: ElementInstanceRow, node: FlowNode, result: Vars, noContinue: boolean): void {
  completeElement(it, ei, node, result);
  if (!noContinue) leave(it, ei, node);
}

/** The usual reaction to an event: the element completes with the event's variables (a failure is an incident that retries the completion). */
export function completeWithEvent(it: Interpreter, ei: ElementInstanceRow, event: ElementEvent): void {
  const variables = event.variables;
  it.step(ei, 'complete', () => it.complete(ei, variables), variables);
}

/** Elements that do nothing but pass the token on (with an event's variables, when they caught one). */
export const passThrough: ElementProcessor = {
  activate: (it, ei) => it.complete(ei, it.rt(ei).eventVariables ?? {}),
  complete: completeAndLeave,
};
