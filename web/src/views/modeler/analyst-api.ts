/** UI API calls of the analysts' workbench (docs/ui-api.md): lint, element templates, decision tables, deployment requests, sandbox, comments. */
import { get, post, qs, request, LintMessage } from '../../core/http';
import { getLang } from '../../i18n';
import type { DeploymentResult, Resource } from '../../core/api';

export interface DeploymentRequest {
  id: string;
  requestedBy: string;
  requestedAt: string;
  versionTag: string;
  note: string;
  resourceNames: string[];
  changes: { processes: string[]; forms: string[]; decisions: string[] };
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  deploymentKey: string | null;
}
export interface DeploymentRequestDetail extends DeploymentRequest {
  resources: Resource[];
  live: Array<{ name: string; content: string | null }>;
}

export interface DecisionRequirements {
  decisionRequirementsId: string;
  name: string;
  latest: { decisionRequirementsKey: string; version: number; resourceName: string | null };
  versions: Array<{ decisionRequirementsKey: string; version: number; resourceName: string | null }>;
  decisions: Array<{ decisionDefinitionId: string; name: string }>;
}

export interface SandboxState {
  processInstanceKey: string;
  processDefinitionId: string;
  state: string;
  clock: string;
  elements: Array<{ elementId: string; active: number; completed: number; terminated: number }>;
  tasks: Array<{ userTaskKey: string; elementId: string; name: string | null; candidateGroups: string[]; dueDate: string | null; formId: string | null; schema: Record<string, unknown> | null }>;
  variables: Record<string, unknown>;
  deadlines: Array<{ name: string; dueAt: string }>;
  incidents: Array<{ elementId: string; message: string }>;
}

export interface DiagramComment {
  id: string;
  processId: string;
  elementId: string;
  text: string;
  author: string;
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

const lang = () => `lang=${getLang()}`;

export const analystApi = {
  lint: (resources: Resource[]) => post<{ errors: LintMessage[]; warnings: LintMessage[] }>(`/api/deployments/lint?${lang()}`, { resources }),
  deploy: (resources: Resource[]) => post<DeploymentResult>(`/api/deployments?${lang()}`, { resources }),
  decisionRequirements: () => get<{ items: DecisionRequirements[] }>('/api/decision-requirements'),
  decisionXml: (decisionRequirementsKey: string) => get<{ decisionRequirementsKey: string; xml: string }>(`/api/decision-requirements/${encodeURIComponent(decisionRequirementsKey)}/xml`),
  elementTemplates: () => get<Array<Record<string, unknown>>>(`/api/element-templates?${lang()}`),
  requestDeployment: (resources: Resource[], versionTag: string, note: string) => post<DeploymentRequest>(`/api/deployment-requests?${lang()}`, { resources, versionTag, note }),
  requests: (status?: string) => get<{ items: DeploymentRequest[] }>(`/api/deployment-requests${qs({ status })}`),
  request: (id: string) => get<DeploymentRequestDetail>(`/api/deployment-requests/${encodeURIComponent(id)}`),
  approve: (id: string, note?: string) => post<DeploymentResult>(`/api/deployment-requests/${encodeURIComponent(id)}/approve`, { note }),
  reject: (id: string, note?: string) => post<DeploymentRequest>(`/api/deployment-requests/${encodeURIComponent(id)}/reject`, { note }),

  sandboxRun: (resources: Resource[], variables: Record<string, unknown>) => post<{ processInstanceKey: string; processDefinitionId: string; version: number }>('/api/sandbox/runs', { resources, variables }),
  sandboxState: (key: string) => get<SandboxState>(`/api/sandbox/runs/${encodeURIComponent(key)}`),
  sandboxComplete: (userTaskKey: string, variables: Record<string, unknown>) => post<void>(`/api/sandbox/tasks/${encodeURIComponent(userTaskKey)}/complete`, { variables }),
  sandboxClock: () => get<{ now: string }>('/api/sandbox/clock'),
  sandboxAdvance: (days: number) => post<{ now: string }>('/api/sandbox/clock', { days }),

  comments: (processId: string) => get<{ items: DiagramComment[] }>(`/api/process-comments/${encodeURIComponent(processId)}`),
  addComment: (processId: string, elementId: string, text: string) => post<DiagramComment>(`/api/process-comments/${encodeURIComponent(processId)}`, { elementId, text }),
  resolveComment: (processId: string, id: string) => request<DiagramComment>('POST', `/api/process-comments/${encodeURIComponent(processId)}/${encodeURIComponent(id)}/resolve`, {}),
};
