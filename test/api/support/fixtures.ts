import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from './api-server';
import { withVersionTag } from '../../support/version-tag';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

export const resource = (name: string) => ({ name, content: fs.readFileSync(path.join(FIXTURES, name), 'utf8') });

/** Synthetic applicant data: values that must never show up in the audit log. */
export const APPLICANT = {
  applicantName: 'Synthetic Applicant Zerrin Testoğlu',
  nationalityNote: 'synthetic-nationality-XQ',
  decisionDueAt: '2026-12-01T23:59:59.999+03:00',
  hearingDueAt: '2026-11-20T23:59:59.999+03:00',
};

export async function deployFixtures(analyst: Client): Promise<void> {
  const r = await analyst.post('/api/deployments', { resources: [resource('api-test-case.bpmn'), resource('api-test-incident.bpmn'), resource('api-test-form.form')] });
  if (r.status !== 201) throw new Error(`deploy failed: ${r.status} ${JSON.stringify(r.body)}`);
}

/**
 * A new version of live definitions, the way the product takes it: tagged (zeebe:versionTag), requested by the
 * analyst, approved by a manager. Returns what the approval deployed.
 */
export async function deployReviewed(analyst: Client, manager: Client, resources: Array<{ name: string; content: string }>, versionTag: string): Promise<{ processes: Array<{ processDefinitionId: string; processDefinitionKey: string; version: number }> }> {
  const tagged = withVersionTag(resources, versionTag);
  const asked = await analyst.post('/api/deployment-requests', { resources: tagged, versionTag, note: 'test fixture: new version' });
  if (asked.status !== 201) throw new Error(`deployment request failed: ${asked.status} ${JSON.stringify(asked.body)}`);
  const approved = await manager.post(`/api/deployment-requests/${asked.body.id}/approve`, { note: 'test fixture' });
  if (approved.status !== 200) throw new Error(`approval failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body;
}

/** Repeats `probe` until it returns a value (the runtime may apply commands a moment later); no time is asserted. */
export async function eventually<T>(probe: () => Promise<T | undefined>, attempts = 200): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not reached');
}

export async function startCase(officer: Client, variables: Record<string, unknown> = APPLICANT): Promise<string> {
  const r = await officer.post('/api/cases', { processDefinitionId: 'api-test-case', variables });
  if (r.status !== 201) throw new Error(`start failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.processInstanceKey;
}

/** The user task of `elementId` in a case, as the given officer's queue shows it. */
export function taskOf(officer: Client, processInstanceKey: string, elementId: string): Promise<{ userTaskKey: string; [k: string]: unknown }> {
  return eventually(async () => {
    const r = await officer.get('/api/tasks?processDefinitionId=api-test-case&limit=500');
    return (r.body.items ?? []).find((t: { processInstanceKey: string; elementId: string }) => t.processInstanceKey === processInstanceKey && t.elementId === elementId);
  });
}
