/**
 * What the UI API says about a case: who it is about and its procedure instances. Plain types with no imports, so
 * the server that answers and the web UI that reads (web/src/core/api.ts) share one definition.
 */

/** Who a case is about (`case` on tasks; the case search and page). */
export interface CaseIdentity {
  applicationNumber: string | null;
  fullName: string | null;
  nationality: string | null;
  dateOfBirth: string | null;
}

export interface CaseInstance {
  processInstanceKey: string;
  parentProcessInstanceKey: string | null;
  processDefinitionId: string;
  processName: string | null;
  state: string;
  startDate: string | null;
  endDate: string | null;
  hasIncident: boolean;
}

export interface CaseSummary {
  identity: CaseIdentity;
  instances: CaseInstance[];
}
