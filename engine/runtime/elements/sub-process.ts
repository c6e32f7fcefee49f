import { ElementProcessor } from './processor';

/** Embedded sub-process: its event sub-processes subscribe, then its none start event runs. */
export const subProcess: ElementProcessor = {
  activate(it, ei, node) {
    it.openEventSubProcesses(ei, node);
    it.activate(it.model(ei).nodes.get(node.startEventId!)!, ei);
  },
};

/** Event sub-process: started by its start event's trigger, whose variables it hands to the start event. */
export const eventSubProcess: ElementProcessor = {
  activate(it, ei, node) {
    const start = it.model(ei).nodes.get(node.startEventId!)!;
    const { eventVariables, errorPayload } = it.runtime(ei);
    it.activate(start, ei, { eventVariables, errorPayload });
  },
};

/** The process itself: only when an incident before its start event is resolved (event sub-processes could not subscribe). */
export const processScope: ElementProcessor = {
  activate(it, ei, node) {
    it.closeOwned(ei);
    it.openEventSubProcesses(ei, node);
    const { startId, eventVariables } = it.runtime(ei);
    it.activate(it.model(ei).nodes.get(startId ?? node.startEventId!)!, ei, { eventVariables });
  },
};
