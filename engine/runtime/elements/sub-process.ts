import { completeElement } from '../behaviours/completion';
import { closeOwned, openBoundaryEvents, openEventSubProcesses } from '../behaviours/event-subscriptions';
import { processInstanceEnded } from '../behaviours/process-instances';
import { completeAndLeave, ElementProcessor } from './processor';

/** Embedded sub-process: its event sub-processes subscribe, then its none start event runs. */
export const subProcess: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    openEventSubProcesses(it, ei, node);
    it.activate(it.model(ei).nodes.get(node.startEventId!)!, ei);
  },
  complete: completeAndLeave,
};

/** Event sub-process: started by its start event's trigger, whose variables it hands to the start event. */
export const eventSubProcess: ElementProcessor = {
  activate(it, ei, node) {
    const start = it.model(ei).nodes.get(node.startEventId!)!;
    const { eventVariables, errorPayload } = it.rt(ei);
    it.activate(start, ei, { eventVariables, errorPayload });
  },
  complete: completeAndLeave,
};

/**
 * The process itself. Activated here only when an incident before its start event is resolved (event
 * sub-processes could not subscribe; behaviours/process-instances.ts creates instances). Completing it
 * completes the process instance and, for a called process, the calling activity.
 */
export const processScope: ElementProcessor = {
  activate(it, ei, node) {
    closeOwned(it, ei);
    openEventSubProcesses(it, ei, node);
    const { startId, eventVariables } = it.rt(ei);
    it.activate(it.model(ei).nodes.get(startId ?? node.startEventId!)!, ei, { eventVariables });
  },
  complete(it, root, node, result) {
    completeElement(it, root, node, result);
    processInstanceEnded(it, root, 'COMPLETED');
    const caller = it.callingActivity(root);
    if (caller && caller.state === 'ACTIVE') it.onEvent(caller, { kind: 'childCompleted', variables: it.vars.localVariables(root.key) });
  },
};
