/** Typed calls of the UI API (docs/ui-api.md). One function per endpoint; no logic here. */
import { get, post, qs, request, LintMessage } from './http';
import type { CaseIdentity, CaseInstance, CaseSummary } from '../../../src/tasks/case-summary';

export type Role = 'analyst' | 'officer' | 'manager';
export interface User {
  username: string;
  displayName: string;
  roles: Role[];
  groups: string[];
  expiresAt?: string;
}

export interface ProcessVersion {
  processDefinitionKey: string;
  version: number;
  versionTag: string | null;
  resourceName: string;
}
export interface ProcessDefinition {
  processDefinitionId: string;
  name: string | null;
  latest: ProcessVersion;
  versions: ProcessVersion[];
}
export interface Resource {
  name: string;
  content: string;
}
export interface DeploymentResult {
  deploymentKey: string;
  processes: { processDefinitionId: string; processDefinitionKey: string; version: number; resourceName: string }[];
  forms: { formId: string; formKey: string; version: number; resourceName: string }[];
  decisions: { decisionDefinitionId: string; decisionDefinitionKey: string; version: number; decisionRequirementsId: string }[];
  warnings: LintMessage[];
}
export interface FormSummary {
  formId: string;
  resourceName: string;
  source: 'repository' | 'deployed';
  formKey: string | null;
  version: number | null;
}

export interface DaysLeft {
  calendarDays: number;
  workingDays: number;
  dueToday: boolean;
  overdue: boolean;
  dueOnHalfDay: boolean;
  /** The count or the due day involves a provisional (computed) bayram date. */
  provisional: boolean;
}
export type { CaseIdentity, CaseInstance, CaseSummary };
export interface CaseFile extends CaseSummary {
  timeline: { processInstanceKey: string; processName: string | null; elementId: string; elementName: string | null; type: string; state: string; startDate: string | null; endDate: string | null; hasIncident: boolean }[];
  deadlines: { processInstanceKey: string; processName: string | null; variable: string; dueAt: string; citation: string | null; titleTr: string | null; titleEn: string | null; status: 'met' | 'late' | 'open' | 'elapsed'; taskName: string | null; completedAt: string | null; daysLeft: DaysLeft | null }[];
  documents: { kind: 'decision' | 'notice'; processInstanceKey: string | null; at: string | null; title: string; citation: string | null; detail: string | null; value?: string }[];
  openTasks: { userTaskKey: string; name: string | null; elementId: string; processInstanceKey: string; assignee: string | null; candidateGroups: string[] }[];
  audit: AuditEntry[] | null;
}
export interface Task {
  userTaskKey: string;
  name: string | null;
  elementId: string;
  state: string;
  processDefinitionId: string;
  processName: string | null;
  processDefinitionKey: string;
  processInstanceKey: string;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  creationDate: string;
  dueDate: string | null;
  followUpDate: string | null;
  priority: number;
  formKey: string | null;
  daysLeft: DaysLeft | null;
  case?: CaseIdentity | null;
}
export interface TaskDetail {
  task: Task;
  form: { formKey: string; formId: string; schema: Record<string, unknown> } | null;
  variables: Record<string, unknown>;
  /** BPMN of the task's process version, for the case diagram (officers get it only here). */
  xml?: string | null;
}
/** A process an officer may start (`GET /api/cases/startable`), with its start form. */
export interface Startable {
  processDefinitionId: string;
  name: string;
  processDefinitionKey: string;
  version: number;
  /** Start variables are checked against a closed contract on the server. */
  contract: boolean;
  formId: string | null;
  schema: Record<string, unknown> | null;
}
export interface CaseStarted {
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  version: number;
}
export interface Page<T> {
  items: T[];
  page?: { totalItems: number; limit: number; offset: number };
}

export type InstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
export interface Instance {
  processInstanceKey: string;
  processDefinitionId: string;
  processDefinitionKey: string;
  processDefinitionName: string | null;
  processDefinitionVersion: number;
  state: InstanceState;
  startDate: string;
  endDate: string | null;
  hasIncident: boolean;
  /** Who the case is about (lists and the instance page). */
  case?: CaseIdentity | null;
}
export interface ElementInstance {
  elementInstanceKey: string;
  elementId: string;
  elementName: string | null;
  type: string;
  state: string;
  startDate: string;
  endDate: string | null;
  hasIncident: boolean;
}
export interface Incident {
  incidentKey: string;
  processInstanceKey: string;
  processDefinitionId: string;
  elementId: string;
  elementInstanceKey: string;
  errorType: string;
  errorMessage: string;
  state: string;
  creationTime: string;
  jobKey: string | null;
  case?: CaseIdentity | null;
}
export interface AuditEntry {
  id: number;
  at: string;
  username: string;
  action: string;
  resourceType: string;
  resourceKey: string;
  processInstanceKey: string | null;
  outcome: 'success' | 'denied' | 'failure';
  detail: string | null;
}
export interface InstanceDetail {
  instance: Instance;
  xml: string;
  activeElements: ElementInstance[];
  history: ElementInstance[];
  incidents: Incident[];
  variables: Record<string, unknown>;
  audit: AuditEntry[];
}
export interface ProcessStats {
  processDefinitionId: string;
  name: string | null;
  latestVersion: number;
  counts: Partial<Record<InstanceState, number>>;
  withIncidents: number;
}
export interface Deadline {
  kind: 'userTask' | 'variable';
  status: 'missed' | 'dueSoon';
  processInstanceKey: string;
  processDefinitionId: string;
  name: string;
  elementId: string | null;
  userTaskKey: string | null;
  assignee: string | null;
  dueAt: string;
  daysLeft: DaysLeft | null;
  case?: CaseIdentity | null;
}
export interface BatchStatus {
  batchId: string;
  total: number;
  resolved: number;
  failed: number;
  done: boolean;
  failures: { incidentKey: string; detail: string }[];
}

export interface ManagedUser {
  username: string;
  displayName: string;
  roles: Role[];
  groups: string[];
  active: boolean;
  createdAt: string;
}

export const api = {
  // 401 here means "wrong password", shown on the form, not "session expired".
  login: (username: string, password: string) => request<User>('POST', '/api/auth/login', { username, password }, { quiet401: true }),
  logout: () => post<void>('/api/auth/logout'),
  me: () => get<User>('/api/auth/me', { quiet401: true }),

  users: () => get<{ items: ManagedUser[] }>('/api/users'),
  createUser: (u: { username: string; displayName: string; password: string; roles: Role[]; groups: string[] }) => post<ManagedUser>('/api/users', u),
  updateUser: (username: string, patch: Partial<Pick<ManagedUser, 'displayName' | 'roles' | 'groups' | 'active'>> & { password?: string }) =>
    request<ManagedUser>('PATCH', `/api/users/${encodeURIComponent(username)}`, patch),

  processDefinitions: () => get<{ items: ProcessDefinition[] }>('/api/process-definitions'),
  processXml: (key: string) => get<{ processDefinitionKey: string; xml: string }>(`/api/process-definitions/${encodeURIComponent(key)}/xml`),
  lint: (resources: Resource[]) => post<{ errors: LintMessage[]; warnings: LintMessage[] }>('/api/deployments/lint', { resources }),
  deploy: (resources: Resource[]) => post<DeploymentResult>('/api/deployments', { resources }),
  forms: () => get<{ items: FormSummary[] }>('/api/forms'),
  form: (formId: string) => get<{ formId: string; resourceName: string; schema: Record<string, unknown> }>(`/api/forms/${encodeURIComponent(formId)}`),

  tasks: (p: { processDefinitionId?: string; state?: string; scope?: string; sort?: string; order?: string; limit?: number; offset?: number }) =>
    get<Page<Task>>(`/api/tasks${qs(p)}`),
  task: (key: string) => get<TaskDetail>(`/api/tasks/${encodeURIComponent(key)}`),
  claim: (key: string) => post<void>(`/api/tasks/${encodeURIComponent(key)}/claim`),
  unclaim: (key: string) => post<void>(`/api/tasks/${encodeURIComponent(key)}/unclaim`),
  complete: (key: string, variables: Record<string, unknown>) => post<void>(`/api/tasks/${encodeURIComponent(key)}/complete`, { variables }),
  searchCases: (q: string, limit = 20) => get<{ items: CaseSummary[] }>(`/api/cases${qs({ q, limit })}`),
  caseFile: (applicationNumber: string) => get<CaseFile>(`/api/cases/${encodeURIComponent(applicationNumber)}`),
  startable: () => get<{ items: Startable[] }>('/api/cases/startable'),
  startCase: (processDefinitionId: string, variables: Record<string, unknown>) => post<CaseStarted>('/api/cases', { processDefinitionId, variables }),

  monitorProcesses: () => get<{ items: ProcessStats[] }>('/api/monitor/processes'),
  instances: (p: { processDefinitionId?: string; state?: string; hasIncident?: boolean; q?: string; limit?: number; offset?: number }) =>
    get<Page<Instance>>(`/api/monitor/instances${qs(p)}`),
  instance: (key: string) => get<InstanceDetail>(`/api/monitor/instances/${encodeURIComponent(key)}`),
  incidents: (p: { processDefinitionId?: string; state?: string; limit?: number }) => get<Page<Incident>>(`/api/monitor/incidents${qs(p)}`),
  resolveIncident: (key: string) => post<void>(`/api/monitor/incidents/${encodeURIComponent(key)}/resolve`),
  resolveIncidents: (incidentKeys: string[]) => post<{ batchId: string }>('/api/monitor/incidents/resolve', { incidentKeys }),
  batch: (batchId: string) => get<BatchStatus>(`/api/monitor/incidents/batches/${encodeURIComponent(batchId)}`),
  deadlines: (p: { withinDays?: number; processDefinitionId?: string }) =>
    get<{ asOf: string; withinDays: number; items: Deadline[] }>(`/api/monitor/deadlines${qs(p)}`),
  audit: (p: { processInstanceKey?: string; username?: string; action?: string; limit?: number; beforeId?: number }) => get<{ items: AuditEntry[]; nextBeforeId: number | null }>(`/api/audit${qs(p)}`),
};

export { request };
export type { LintMessage };
