import { evaluateTyped } from '../../feel/feel';
import { IncidentSignal } from '../context';
import { openBoundaryEvents } from '../behaviours/event-subscriptions';
import { createProcessInstance } from '../behaviours/process-instances';
import { completeAndLeave, ElementProcessor } from './processor';

/**
 * Call activity: starts the latest version of the called process (a child instance) with all or only
 * the local variables; completes when the child completes (the `childCompleted` event the called process sends). Terminating
 * it terminates the child.
 */
export const callActivity: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    const ce = node.calledElement!;
    const context = it.vars.context(ei.key);
    let processId: string;
    try {
      processId = evaluateTyped(ce.processId, context, 'string') as string;
    } catch (err) {
      throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as Error).message);
    }
    const defKey = it.models.latestKey(processId, ei.tenant_id);
    if (defKey === undefined) {
      throw new IncidentSignal('CALLED_ELEMENT_ERROR', `Expected process with BPMN process id '${processId}' to be deployed, but not found.`);
    }
    const info = it.models.get(defKey);
    if (!info.model.root.startEventId) throw new IncidentSignal('CALLED_ELEMENT_ERROR', `Expected process with BPMN process id '${processId}' to have a none start event, but not found.`);
    const variables = ce.propagateAllParentVariables ? context : it.vars.localVariables(ei.key);
    const rootKey = it.stores.processInstances.get(ei.process_instance_key)!.root_process_instance_key;
    const childKey = createProcessInstance(it, info, variables, { parent: { piKey: ei.process_instance_key, eiKey: ei.key, rootKey } });
    if (it.ei(ei.key).state === 'ACTIVE') it.patchRuntime(ei, { childKey });
  },
  complete: completeAndLeave,
  terminate(it, ei) {
    const child = it.stores.processInstances.activeChildOf(ei.key);
    if (child !== undefined) it.terminate(it.ei(child), true);
  },
};
