/** Row shapes of the engine tables (see store/schema.ts), shared by the runtime and the query side. */
export interface ElementInstanceRow {
  key: number;
  process_instance_key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  element_id: string;
  element_name: string | null;
  type: string;
  state: string;
  flow_scope_key: number | null;
  start_date: number;
  end_date: number | null;
  incident_key: number | null;
  tenant_id: string;
  runtime: string | null;
}

export interface ProcessInstanceRow {
  key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  version: number;
  state: string;
  version_tag: string | null;
  start_date: number;
  end_date: number | null;
  has_incident: number;
  parent_process_instance_key: number | null;
  parent_element_instance_key: number | null;
  root_process_instance_key: number;
  tenant_id: string;
}

export interface JobRow {
  key: number;
  type: string;
  state: string;
  element_instance_key: number;
  process_instance_key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  version: number;
  element_id: string;
  retries: number;
  worker: string | null;
  deadline: number | null;
  activatable_at: number;
  custom_headers: string;
  error_message: string | null;
  error_code: string | null;
  tenant_id: string;
  created_at: number;
  ended_at: number | null;
}

export interface TimerRow {
  key: number;
  due_at: number;
  kind: string;
  element_id: string;
  element_instance_key: number | null;
  process_instance_key: number | null;
  process_definition_key: number;
  repetitions: number;
  spec: string | null;
  tenant_id: string;
}

export interface SubscriptionRow {
  key: number;
  message_name: string;
  correlation_key: string;
  element_id: string;
  element_instance_key: number;
  process_instance_key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  interrupting: number;
  tenant_id: string;
}

export interface SignalSubscriptionRow {
  key: number;
  signal_name: string;
  element_id: string;
  /** NULL: a signal start event of the process definition. */
  element_instance_key: number | null;
  process_instance_key: number | null;
  process_definition_key: number;
  bpmn_process_id: string;
  interrupting: number;
  tenant_id: string;
}

export interface MessageRow {
  key: number;
  name: string;
  correlation_key: string;
  message_id: string | null;
  variables: string;
  expires_at: number;
  tenant_id: string;
}

export interface IncidentRow {
  key: number;
  process_instance_key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  element_id: string;
  element_instance_key: number;
  job_key: number | null;
  error_type: string;
  error_message: string;
  state: string;
  creation_time: number;
  tenant_id: string;
}

export interface UserTaskRow {
  key: number;
  element_instance_key: number;
  process_instance_key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  version: number;
  element_id: string;
  name: string | null;
  state: string;
  assignee: string | null;
  candidate_groups: string;
  candidate_users: string;
  due_date: number | null;
  follow_up_date: number | null;
  form_key: number | null;
  form_id: string | null;
  external_form_reference: string | null;
  priority: number;
  custom_headers: string;
  creation_date: number;
  completion_date: number | null;
  tenant_id: string;
}

export interface VariableRow {
  key: number;
  name: string;
  value: string;
  scope_key: number;
  process_instance_key: number;
  tenant_id: string;
}

/** Interpreter-private data kept with an element instance. */
export interface RuntimeData {
  /** Scopes: tokens waiting at joining gateways, per gateway and incoming flow. */
  joins?: Record<string, Record<string, number>>;
  /** Scopes: an interrupting event sub-process took over. */
  interrupted?: boolean;
  /** Multi-instance body. */
  mi?: { items: unknown[]; next: number; completed: number; done?: boolean };
  /** Multi-instance inner instance: its loop counter (1-based). */
  loopCounter?: number;
  /** Where to resume when an incident on this element is resolved. */
  retry?: 'activate' | 'complete';
  /** Variables to hand to the completion step (message payloads, job results) on retry. */
  pendingVariables?: Record<string, unknown>;
  /** Call activity: the called process instance. */
  childKey?: number;
  /** The instance owns timers, message or signal subscriptions (boundary events, event sub-process starts, waits). */
  owns?: boolean;
  /** The event variables are a BPMN error's payload: they pass only through output mappings. */
  errorPayload?: boolean;
  /** Process instances waiting on an incident before their start event: the start event to activate. */
  startId?: string;
  /** Compensation throw events: handlers still running. */
  compensating?: number;
  /** Compensation handlers: the throw event that invoked them. */
  compensationThrow?: number;
  /** Event sub-process and boundary instances: variables of the event that started them. */
  eventVariables?: Record<string, unknown>;
}
