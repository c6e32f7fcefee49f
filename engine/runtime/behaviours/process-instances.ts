import { CreateProcessInstance } from '../../api/commands';
import { invalidArgument, invalidState, notFound } from '../../errors';
import { FeelError } from '../../feel/feel';
import type { Interpreter } from '../interpreter';
import { IncidentSignal } from '../context';
import { DefinitionInfo } from '../models';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { dropCompensationSubscriptions } from '../elements/compensation';
import { closeOwned, openEventSubProcesses } from './event-subscriptions';
import { raiseIncident } from './incidents';
import { recordMessageStart, releaseMessageStartKey } from './message-correlation';

/** The message that starts an instance at a message start event. */
export interface StartMessage {
  key: number;
  correlationKey: string;
  /** Waited in the buffer until an instance with the same key ended. */
  buffered?: boolean;
}

export interface CreateOptions {
  startNodeId?: string;
  /** A call activity's child: the calling process instance, element instance and root instance. */
  parent?: { piKey: number; eiKey: number; rootKey: number };
  /** Variables of the event that started the instance (message, signal), handed to its start event. */
  triggerVariables?: Vars;
  message?: StartMessage;
}

/** The definition a create-process-instance command names: by key, or by id and version (the latest when none or -1). */
export function definitionToStart(it: Interpreter, cmd: CreateProcessInstance, tenantId: string): DefinitionInfo {
  if (cmd.processDefinitionKey !== undefined) {
    const key = Number(cmd.processDefinitionKey);
    if (!Number.isSafeInteger(key) || !it.models.has(key)) throw notFound(`Process definition with key '${cmd.processDefinitionKey}' not found`);
    return it.models.get(key);
  }
  if (!cmd.processDefinitionId) throw invalidArgument('Expected either processDefinitionId or processDefinitionKey');
  const version = cmd.processDefinitionVersion ?? -1;
  const key = it.stores.deployments.processKey(cmd.processDefinitionId, tenantId, version < 0 ? undefined : version);
  if (key === undefined) throw notFound(`Expected to find process definition with process ID '${cmd.processDefinitionId}'${version >= 0 ? ` and version '${version}'` : ''}, but none found`);
  return it.models.get(key);
}

/** Creates a process instance: its row, its root element instance with the variables, its event sub-processes, its start event. */
export function createProcessInstance(it: Interpreter, info: DefinitionInfo, variables: Vars, opts: CreateOptions = {}): number {
  const model = info.model;
  const key = it.takeKey();
  const startId = opts.startNodeId ?? model.root.startEventId;
  if (!startId) throw invalidArgument(`Process '${model.id}' has no none start event; it starts by message, signal or timer only`);
  it.stores.processInstances.insert({
    key, process_definition_key: info.key, bpmn_process_id: info.bpmnProcessId, version: info.version, version_tag: model.versionTag ?? null, start_date: it.now(),
    parent_process_instance_key: opts.parent?.piKey ?? null, parent_element_instance_key: opts.parent?.eiKey ?? null, root_process_instance_key: opts.parent?.rootKey ?? key, tenant_id: info.tenantId,
  });
  it.history('PROCESS_INSTANCE', 'CREATED', key, key, model.id);
  // Recorded before the start event runs: an instance that ends in this very step must find its key.
  if (opts.message) recordMessageStart(it, info, key, startId, opts.message);
  const root = it.createElementInstance(model.root, 'PROCESS', null, { key, defKey: info.key, bpmnId: info.bpmnProcessId, tenant: info.tenantId }, key);
  for (const [name, value] of Object.entries(variables)) it.vars.setLocal(root, name, value);
  try {
    openEventSubProcesses(it, root, model.root);
  } catch (err) {
    // A FEEL message or signal name of an event sub-process failed: as in Zeebe, the instance exists
    // and waits with an incident on the process itself; resolving it subscribes again and starts.
    if (!(err instanceof IncidentSignal || err instanceof FeelError)) throw err;
    closeOwned(it, root);
    it.patchRuntime(root, { retry: 'activate', startId, ...(opts.triggerVariables ? { eventVariables: opts.triggerVariables } : {}) });
    raiseIncident(it, root, err instanceof IncidentSignal ? err.errorType : 'IO_MAPPING_ERROR', err.message);
    return key;
  }
  it.activate(model.nodes.get(startId)!, root, { eventVariables: opts.triggerVariables });
  return key;
}

export function cancelProcessInstance(it: Interpreter, piKey: number): void {
  const pi = it.stores.processInstances.get(piKey);
  if (!pi) throw notFound(`Process instance with key '${piKey}' not found`);
  if (pi.state !== 'ACTIVE') throw notFound(`Process instance with key '${piKey}' is not active`);
  if (pi.parent_process_instance_key !== null) throw invalidState(`Process instance '${piKey}' is a child process instance; cancel its root process instance instead`);
  it.terminate(it.ei(piKey));
}

/** The root element instance ended: so does the process instance; a message start key is free again. */
export function processInstanceEnded(it: Interpreter, root: ElementInstanceRow, state: 'COMPLETED' | 'TERMINATED'): void {
  const piKey = root.process_instance_key;
  it.stores.processInstances.end(piKey, state, it.now());
  it.history('PROCESS_INSTANCE', state, piKey, piKey, root.element_id);
  (state === 'COMPLETED' ? it.ctx.effects.completedInstances : it.ctx.effects.terminatedInstances).add(piKey);
  releaseMessageStartKey(it, root);
  if (it.model(root).hasCompensation) dropCompensationSubscriptions(it, piKey);
}
