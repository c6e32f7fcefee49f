import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';

/**
 * One processor per BPMN element type (Zeebe's BpmnElementProcessor): what the element does when it is
 * entered, and what it must clean up when it is terminated. Shared behaviours (input/output mappings,
 * boundary events, multi-instance, incidents, completion and taking the outgoing flows) stay in the
 * interpreter, which calls the processor after the input mappings and boundary subscriptions.
 */
export interface ElementProcessor {
  /** The element was entered (input mappings applied, boundary events open). */
  activate(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void;
  /** The element is being terminated: release what only this kind of element holds (its jobs, timers and subscriptions go generically). */
  terminate?(it: Interpreter, ei: ElementInstanceRow): void;
}

/** Elements that do nothing but pass the token on (with an event's variables, when they caught one). */
export const passThrough: ElementProcessor = {
  activate: (it, ei) => it.complete(ei, it.runtime(ei).eventVariables ?? {}),
};
