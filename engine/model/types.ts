import { Expr } from '../feel/feel';

/** Camunda's element instance types, as the v2 API reports them. */
export type ElementType =
  | 'PROCESS' | 'SUB_PROCESS' | 'EVENT_SUB_PROCESS' | 'START_EVENT' | 'INTERMEDIATE_CATCH_EVENT'
  | 'INTERMEDIATE_THROW_EVENT' | 'BOUNDARY_EVENT' | 'END_EVENT' | 'SERVICE_TASK' | 'RECEIVE_TASK'
  | 'USER_TASK' | 'MANUAL_TASK' | 'TASK' | 'EXCLUSIVE_GATEWAY' | 'INCLUSIVE_GATEWAY' | 'PARALLEL_GATEWAY'
  | 'EVENT_BASED_GATEWAY' | 'SEQUENCE_FLOW' | 'MULTI_INSTANCE_BODY' | 'CALL_ACTIVITY' | 'BUSINESS_RULE_TASK'
  | 'SCRIPT_TASK' | 'SEND_TASK' | 'UNKNOWN';

export interface Mapping {
  source: Expr;
  target: string;
}

export type TimerDefinition = { kind: 'duration' | 'date' | 'cycle'; expr: Expr };

export interface EventDefinition {
  kind: 'none' | 'timer' | 'message' | 'error' | 'terminate' | 'signal' | 'link' | 'escalation' | 'compensation';
  timer?: TimerDefinition;
  messageName?: Expr;
  correlationKey?: Expr;
  /** Signal events: the signal's name (FEEL: evaluated at deployment for start events, else at activation). */
  signalName?: Expr;
  /** Link events: the link name pairing a throw with the catch of its scope. */
  linkName?: string;
  /** For error catch events: undefined catches every error. For throws: the code thrown. */
  errorCode?: string;
  /** Escalation throws: the code (static or FEEL). Catches: a static code, undefined catches every escalation. */
  escalationCode?: Expr;
  /** Compensation throws: the activity to compensate (undefined: every completed activity of the scope). */
  activityRef?: string;
}

export interface JobDefinition {
  type: Expr;
  retries: Expr;
  headers: Record<string, string>;
}

export interface UserTaskDefinition {
  assignee?: Expr;
  candidateGroups?: Expr;
  candidateUsers?: Expr;
  dueDate?: Expr;
  followUpDate?: Expr;
  formId?: string;
  externalReference?: string;
  priority?: Expr;
  /** Job-based user task (no zeebe:userTask): handled as a job of type io.camunda.zeebe:userTask. */
  jobBased: boolean;
}

export interface MultiInstanceDefinition {
  sequential: boolean;
  inputCollection: Expr;
  inputElement?: string;
  outputCollection?: string;
  outputElement?: Expr;
  completionCondition?: Expr;
}

export interface CalledElementDefinition {
  processId: Expr;
  propagateAllChildVariables: boolean;
  propagateAllParentVariables: boolean;
}

export interface FlowNode {
  id: string;
  name?: string;
  /** BPMN type without prefix, e.g. ServiceTask, BoundaryEvent. */
  bpmnType: string;
  type: ElementType;
  /** Id of the scope containing this node (the process or a sub-process). */
  scopeId: string;
  incoming: string[];
  outgoing: string[];
  inputs: Mapping[];
  outputs: Mapping[];
  event?: EventDefinition;
  /** Boundary events: cancelActivity; start events of event sub-processes: isInterrupting. */
  interrupting: boolean;
  attachedTo?: string;
  boundaryEvents: string[];
  /** Link throw events: the link catch event of the same scope where the token continues. */
  linkTarget?: string;
  defaultFlow?: string;
  job?: JobDefinition;
  userTask?: UserTaskDefinition;
  script?: { expression: Expr; resultVariable: string };
  calledElement?: CalledElementDefinition;
  /** Business-rule tasks with zeebe:calledDecision: the decision evaluated in-engine. */
  calledDecision?: { decisionId: Expr; resultVariable: string };
  /** Activities with a compensation boundary event: the handler activity its association points to. */
  compensationHandler?: string;
  /** A compensation handler (isForCompensation): activated only by a compensation throw. */
  isForCompensation?: boolean;
  multiInstance?: MultiInstanceDefinition;
  /** Scopes (process, sub-processes): their none start event, event sub-processes and children. */
  startEventId?: string;
  eventSubProcesses: string[];
  children: string[];
  /** Gateways and scopes: for inclusive joins, the element ids that can reach this node within its scope. */
  reachableFrom?: Set<string>;
}

export interface SequenceFlow {
  id: string;
  sourceId: string;
  targetId: string;
  condition?: Expr;
}

export interface ProcessModel {
  id: string;
  name?: string;
  versionTag?: string;
  nodes: Map<string, FlowNode>;
  flows: Map<string, SequenceFlow>;
  /** The process's own scope node (type PROCESS). */
  root: FlowNode;
  timerStartEvents: string[];
  messageStartEvents: string[];
  signalStartEvents: string[];
  /** zeebe:formDefinition on the none start event. */
  hasStartForm: boolean;
  /** Some activity has a compensation handler (instances may hold compensation subscriptions). */
  hasCompensation?: boolean;
}
