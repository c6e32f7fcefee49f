/**
 * The command side of the embedded engine, in Camunda 8 REST v2 vocabulary. The REST layer (src/v2)
 * and in-process callers (tests, benchmarks) use the same calls. Keys are decimal strings, instants
 * are epoch milliseconds, variables are plain JSON objects.
 */
export type Variables = Record<string, unknown>;

export interface DeployResource {
  name: string;
  content: Buffer | string;
}

export interface DeployedProcess {
  processDefinitionId: string;
  processDefinitionVersion: number;
  processDefinitionKey: string;
  resourceName: string;
  tenantId: string;
}

export interface DeployedForm {
  formId: string;
  version: number;
  formKey: string;
  resourceName: string;
  tenantId: string;
}

export interface DeployedDecision {
  decisionDefinitionId: string;
  name: string;
  version: number;
  decisionDefinitionKey: string;
  decisionRequirementsId: string;
  decisionRequirementsKey: string;
  tenantId: string;
}

export interface DeployedDecisionRequirements {
  decisionRequirementsId: string;
  decisionRequirementsName: string;
  version: number;
  decisionRequirementsKey: string;
  resourceName: string;
  tenantId: string;
}

export interface DeploymentResult {
  deploymentKey: string;
  tenantId: string;
  processes: DeployedProcess[];
  forms: DeployedForm[];
  decisions: DeployedDecision[];
  decisionRequirements: DeployedDecisionRequirements[];
}

export interface EvaluateDecision {
  decisionDefinitionId?: string;
  decisionDefinitionKey?: string;
  variables?: Variables;
  tenantId?: string;
}

/** Camunda's evaluate-decision answer; a failed evaluation is an answer too (failure fields set). */
export interface EvaluatedDecisionResult {
  decisionDefinitionId: string;
  decisionDefinitionName: string;
  decisionDefinitionVersion: number;
  decisionDefinitionKey: string;
  decisionRequirementsId: string;
  decisionRequirementsKey: string;
  output: string;
  failedDecisionDefinitionId: string;
  failureMessage: string;
  tenantId: string;
  decisionEvaluationKey: string;
  decisionInstanceKey: string;
  evaluatedDecisions: Array<{
    decisionDefinitionId: string;
    decisionDefinitionName: string;
    decisionDefinitionVersion: number;
    decisionDefinitionType: string;
    decisionDefinitionKey: string;
    decisionEvaluationInstanceKey: string;
    output: string;
    tenantId: string;
    evaluatedInputs: Array<{ inputId: string; inputName: string; inputValue: string }>;
    matchedRules: Array<{ ruleId: string; ruleIndex: number; evaluatedOutputs: Array<{ outputId: string; outputName: string; outputValue: string }> }>;
  }>;
}

export interface CreateProcessInstance {
  processDefinitionId?: string;
  processDefinitionKey?: string;
  /** -1 or absent: latest version. */
  processDefinitionVersion?: number;
  variables?: Variables;
  tenantId?: string;
  /** When true, resolves only after the instance completed (with its variables). */
  awaitCompletion?: boolean;
  fetchVariables?: string[];
  requestTimeout?: number;
}

export interface CreatedProcessInstance {
  processDefinitionKey: string;
  processDefinitionId: string;
  processDefinitionVersion: number;
  processInstanceKey: string;
  tenantId: string;
  variables: Variables;
}

export interface ActivateJobs {
  type: string;
  worker?: string;
  /** Job timeout in ms: the job returns to the pool when not completed by then. */
  timeout: number;
  maxJobsToActivate: number;
  fetchVariable?: string[];
  /** Long polling: wait up to this many ms for jobs when none is available (0 = default 10 s, <0 = no wait). */
  requestTimeout?: number;
  tenantIds?: string[];
}

export interface ActivatedJob {
  jobKey: string;
  type: string;
  processInstanceKey: string;
  processDefinitionId: string;
  processDefinitionVersion: number;
  processDefinitionKey: string;
  elementId: string;
  elementInstanceKey: string;
  customHeaders: Record<string, string>;
  worker: string;
  retries: number;
  deadline: number;
  variables: Variables;
  tenantId: string;
  kind: 'BPMN_ELEMENT';
  listenerEventType: 'UNSPECIFIED';
}

export interface FailJob {
  retries: number;
  errorMessage?: string;
  /** ms before the job can be activated again. */
  retryBackOff?: number;
  variables?: Variables;
}

export interface ThrowJobError {
  errorCode: string;
  errorMessage?: string;
  variables?: Variables;
}

export interface PublishMessage {
  name: string;
  correlationKey?: string;
  /** ms to keep the message buffered for subscriptions opened later. */
  timeToLive?: number;
  messageId?: string;
  variables?: Variables;
  tenantId?: string;
}

export interface PublishedMessage {
  messageKey: string;
  tenantId: string;
}

export interface CorrelateMessage {
  name: string;
  correlationKey?: string;
  variables?: Variables;
  tenantId?: string;
}

export interface CorrelatedMessage {
  messageKey: string;
  processInstanceKey: string;
  tenantId: string;
}

export interface BroadcastSignal {
  signalName: string;
  variables?: Variables;
  tenantId?: string;
}

export interface BroadcastedSignal {
  signalKey: string;
  tenantId: string;
}

export interface AssignUserTask {
  assignee: string;
  allowOverride?: boolean;
  action?: string;
}

export interface CompleteUserTask {
  variables?: Variables;
  action?: string;
}

/** Everything the engine accepts as a command; implemented by `Engine` (engine/engine.ts). */
export interface EngineCommands {
  deploy(resources: DeployResource[], tenantId?: string): Promise<DeploymentResult>;
  createProcessInstance(cmd: CreateProcessInstance): Promise<CreatedProcessInstance>;
  cancelProcessInstance(processInstanceKey: string): Promise<void>;
  activateJobs(cmd: ActivateJobs, signal?: AbortSignal): Promise<ActivatedJob[]>;
  completeJob(jobKey: string, variables?: Variables): Promise<void>;
  failJob(jobKey: string, cmd: FailJob): Promise<void>;
  throwJobError(jobKey: string, cmd: ThrowJobError): Promise<void>;
  publishMessage(cmd: PublishMessage): Promise<PublishedMessage>;
  correlateMessage(cmd: CorrelateMessage): Promise<CorrelatedMessage>;
  broadcastSignal(cmd: BroadcastSignal): Promise<BroadcastedSignal>;
  assignUserTask(userTaskKey: string, cmd: AssignUserTask): Promise<void>;
  unassignUserTask(userTaskKey: string): Promise<void>;
  completeUserTask(userTaskKey: string, cmd: CompleteUserTask, actor?: string): Promise<void>;
  resolveIncident(incidentKey: string): Promise<void>;
  evaluateDecision(cmd: EvaluateDecision): Promise<EvaluatedDecisionResult>;
  /** PUT /v2/element-instances/{key}/variables: set variables on a scope (local or propagated). */
  setVariables(elementInstanceKey: string, variables: Variables, local: boolean): Promise<void>;
  pinClock(epochMs: number): Promise<void>;
  resetClock(): Promise<void>;
  now(): number;
}
