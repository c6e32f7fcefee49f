/** Typed calls of the monitor's operations and reports (docs/ui-api.md). One function per endpoint; no logic here. */
import { get, post, qs, request } from '../../core/http';

export type ResolveOutcome = { incidentKey: string; outcome: 'resolved' | 'failedAgain' | 'pending' | 'failed'; newIncidentKey?: string | null; detail?: string | null };
export interface Mapping {
  sourceElementId: string;
  targetElementId: string;
}
export interface MigrationPlan {
  processInstanceKey: string;
  targetProcessDefinitionKey: string;
  targetVersion: number;
  moves: { elementInstanceKey: string; elementId: string; type: string; targetElementId: string; targetElementName: string | null }[];
  problems: { elementInstanceKey: string | null; elementId: string; reason: string; detail: string }[];
  mappingInstructions: Mapping[];
  canMigrate: boolean;
}
export type BatchOperation = 'cancel' | 'resolveIncidents' | 'migrate';
export interface BatchRequest {
  operation: BatchOperation;
  filter: { processDefinitionId: string; version?: number };
  reason?: string;
  migration?: { targetProcessDefinitionKey: string; mappingInstructions?: Mapping[] };
}
export interface BatchProgress {
  batchId: string;
  operation: BatchOperation;
  total: number;
  succeeded: number;
  failed: number;
  failedAgain: number;
  pending: number;
  done: boolean;
  failures: { key: string; outcome: 'failed' | 'failedAgain' | 'pending'; detail: string }[];
}
export interface OpenTask {
  userTaskKey: string;
  elementId: string;
  name: string | null;
  assignee: string | null;
}
export interface Duration {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}
export interface DeadlineCounts {
  met: number;
  missed: number;
  atRisk: number;
  open: number;
}
export interface ProcessReport {
  processDefinitionId: string;
  name: string | null;
  version: number;
  xml: string;
  asOf: string;
  started: number;
  completed: number;
  terminated: number;
  active: number;
  duration: Duration;
  steps: { elementId: string; elementName: string | null; type: string; count: number; active: number; incidents: number; duration: Duration }[];
  deadlinesByMonth: (DeadlineCounts & { period: string })[];
  deadlinesByOffice: (DeadlineCounts & { office: string | null })[];
  truncated: boolean;
}

const enc = encodeURIComponent;

export const ops = {
  editVariables: (key: string, variables: Record<string, unknown>, reason: string) => request<void>('PUT', `/api/monitor/instances/${enc(key)}/variables`, { variables, reason }),
  cancel: (key: string, reason: string) => post<void>(`/api/monitor/instances/${enc(key)}/cancellation`, { reason }),
  retry: (incidentKey: string, change: { variables?: Record<string, unknown>; reason?: string } = {}) => post<ResolveOutcome>(`/api/monitor/incidents/${enc(incidentKey)}/resolve`, change),
  modify: (key: string, body: { activate?: { elementId: string }[]; terminate?: { elementInstanceKey: string }[]; reason: string }) => post<void>(`/api/monitor/instances/${enc(key)}/modification`, body),
  planMigration: (key: string, targetProcessDefinitionKey: string) => post<MigrationPlan>(`/api/monitor/instances/${enc(key)}/migration/plan`, { targetProcessDefinitionKey }),
  migrate: (key: string, targetProcessDefinitionKey: string, mappingInstructions: Mapping[], reason: string) =>
    post<MigrationPlan>(`/api/monitor/instances/${enc(key)}/migration`, { targetProcessDefinitionKey, mappingInstructions, reason }),
  reassign: (userTaskKey: string, assignee: string | null, reason: string) => request<void>('PUT', `/api/monitor/tasks/${enc(userTaskKey)}/assignee`, { assignee, reason }),
  previewBatch: (body: BatchRequest) => post<{ operation: string; total: number; sample: string[]; blocked?: number }>('/api/monitor/batches/preview', body),
  startBatch: (body: BatchRequest) => post<{ batchId: string }>('/api/monitor/batches', body),
  batch: (batchId: string) => get<BatchProgress>(`/api/monitor/batches/${enc(batchId)}`),
  report: (processDefinitionId: string, p: { from?: string; to?: string }) => get<ProcessReport>(`/api/monitor/reports/${enc(processDefinitionId)}${qs(p)}`),
  csvUrl: (processDefinitionId: string, table: 'steps' | 'deadlines', p: { from?: string; to?: string; lang?: string }) => `/api/monitor/reports/${enc(processDefinitionId)}/csv${qs({ table, ...p })}`,
};
