/** Synthetic procedures and forms for the browser tests (test/e2e/fixtures), deployed through the UI API. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiSession, until } from './http';
import { withVersionTag } from '../../support/version-tag';

const DIR = path.resolve(__dirname, '..', 'fixtures');
export const readFixture = (name: string) => ({ name, content: fs.readFileSync(path.join(DIR, name), 'utf8') });

export async function deployFixtures(analyst: ApiSession): Promise<void> {
  await analyst.ok('POST', '/api/deployments', {
    resources: ['e2e-register.form', 'e2e-review.form', 'e2e-intake.bpmn', 'e2e-supervision.bpmn'].map(readFixture),
  });
}

/** Deploys e2e-intake under another process id: a procedure of its own, for figures that must not mix (reports). */
export async function deployIntakeCopy(analyst: ApiSession, processDefinitionId: string): Promise<void> {
  const bpmn = readFixture('e2e-intake.bpmn');
  bpmn.content = bpmn.content.replace('id="e2e-intake"', `id="${processDefinitionId}"`).replace('bpmnElement="e2e-intake"', `bpmnElement="${processDefinitionId}"`);
  await analyst.ok('POST', '/api/deployments', { resources: [{ name: `${processDefinitionId}.bpmn`, content: bpmn.content }] });
}

/**
 * A new version of a live procedure, the way the product takes it: tagged (zeebe:versionTag), requested by the
 * analyst, approved by a manager (the analysts' workbench). Returns what the approval deployed.
 */
export async function deployReviewed(analyst: ApiSession, manager: ApiSession, resources: Array<{ name: string; content: string }>, versionTag: string): Promise<{ processes: Array<{ processDefinitionId: string; processDefinitionKey: string; version: number }> }> {
  const tagged = withVersionTag(resources, versionTag);
  const asked = await analyst.ok('POST', '/api/deployment-requests', { resources: tagged, versionTag, note: 'browser test: new version' });
  return manager.ok('POST', `/api/deployment-requests/${asked.id}/approve`, { note: 'browser test' });
}

const dayMs = 24 * 3600 * 1000;

/** Who a synthetic case is about (the `applicant` start variable the procedures share). */
export interface SyntheticApplicant {
  fullName: string;
  nationality: string;
  dateOfBirth: string;
}

let intakeSeq = 0;

/**
 * Starts an intake case: registration due in 3 days, review already overdue (for the deadline board). With an
 * applicant, the case has a human identity (application number: `caseNumber`). `processDefinitionId` names a copy
 * of the fixture deployed under another id (see deployIntakeCopy).
 */
export async function startIntakeCase(officer: ApiSession, opts: { applicant?: SyntheticApplicant; caseNumber?: string; processDefinitionId?: string } = {}): Promise<string> {
  const { applicant, caseNumber, processDefinitionId = 'e2e-intake' } = opts;
  const now = Date.now();
  const res = await officer.ok<{ processInstanceKey: string }>('POST', '/api/cases', {
    processDefinitionId,
    variables: {
      caseNumber: caseNumber ?? `E2E-${now}-${++intakeSeq}`,
      ...(applicant ? { applicant } : {}),
      registrationDueAt: new Date(now + 3 * dayMs).toISOString(),
      reviewDueAt: new Date(now - 2 * dayMs).toISOString(),
      // Shaped like the rule workers' results (law/rules/criterion.ts); synthetic.
      registrationChecks: [
        { code: 'e2e.identity', citation: 'Art. 65(1)', titleTr: 'Kimlik bilgileri kayıtlı', titleEn: 'Identity recorded', state: 'met' },
        { code: 'e2e.documents', citation: 'Art. 69(1)', titleTr: 'Belgeler kontrol edilecek', titleEn: 'Documents to be checked', state: 'open' },
      ],
    },
  });
  return res.processInstanceKey;
}

export async function startSupervisionCase(officer: ApiSession): Promise<string> {
  const res = await officer.ok<{ processInstanceKey: string }>('POST', '/api/cases', { processDefinitionId: 'e2e-supervision', variables: {} });
  return res.processInstanceKey;
}

export interface TaskRow {
  userTaskKey: string;
  elementId: string;
  processInstanceKey: string;
  assignee: string | null;
}

/** Waits until the case has an open user task at `elementId` visible to this session. */
export function waitForTask(s: ApiSession, processInstanceKey: string, elementId: string): Promise<TaskRow> {
  return until(async () => {
    const { items } = await s.ok<{ items: TaskRow[] }>('GET', '/api/tasks?scope=all&limit=200');
    return items.find((t) => t.processInstanceKey === processInstanceKey && t.elementId === elementId);
  }, `task ${elementId} of ${processInstanceKey}`);
}

/** Claims and completes a task through the API (setup for views that need a case further along). */
export async function completeTask(officer: ApiSession, userTaskKey: string, variables: Record<string, unknown>): Promise<void> {
  await officer.ok('POST', `/api/tasks/${userTaskKey}/claim`);
  await officer.ok('POST', `/api/tasks/${userTaskKey}/complete`, { variables });
}
