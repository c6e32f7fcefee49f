/**
 * The analysts' workbench through the UI API: element templates from the workers, the product lint before deploy
 * (a renamed job type), live deploys that need a second person (version tag and note in the audit log), and the
 * play sandbox with the real workers on its own clock, invisible to the live task list, monitor and case audit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiServer, Client, signIn, startApiServer } from './support/api-server';
import { resource } from './support/fixtures';
import { withVersionTag } from '../support/version-tag';

const ROOT = path.resolve(__dirname, '..', '..');
const repoFile = (dir: string, name: string) => ({ name, content: fs.readFileSync(path.join(ROOT, dir, name), 'utf8') });
const AP_FORMS = ['ap-age-dispute', 'ap-interview', 'ap-decision', 'ap-exit', 'supervisor-escalation', 'court-ruling', 'removal-assessment'].map((f) => repoFile('forms', `${f}.form`));

async function until<T>(fn: () => Promise<T | undefined | false | null>, what: string, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('analyst workbench: templates, product lint, approved deploys, sandbox', () => {
  let server: ApiServer;
  let analyst: Client;
  let manager: Client;
  let officer: Client;
  let supervisor: Client;

  beforeAll(async () => {
    server = await startApiServer();
    [analyst, manager, officer, supervisor] = await Promise.all(['demo.analyst', 'demo.manager', 'demo.officer', 'demo.supervisor'].map((u) => signIn(server, u)));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('serves the workers’ element templates, Turkish by default and English on request, to analysts only', async () => {
    const tr = await analyst.get('/api/element-templates');
    expect(tr.status).toBe(200);
    expect(tr.body.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Md. 79 ölçüt denetimi', 'Yasal süre sonunu hesapla', 'Tebligat gönder']));
    const en = await analyst.get('/api/element-templates?lang=en');
    expect(en.body.find((t: { id: string }) => t.id === 'yukk.calendar.period-end').name).toBe('Compute legal deadline');
    expect((await officer.get('/api/element-templates')).status).toBe(403);
  });

  it('catches a renamed job type before deploy, naming the element, in Turkish or English', async () => {
    const renamed = repoFile('processes', 'accelerated-procedure.bpmn');
    renamed.content = renamed.content.replace('type="yukk.rules.accelerated-criteria"', 'type="yukk.rules.accelerated-check"');
    const lint = await analyst.post('/api/deployments/lint', { resources: [renamed, ...AP_FORMS] });
    expect(lint.body.errors).toEqual([expect.objectContaining({ elementId: 'Task_CheckCriteria', rule: 'yukk/unknown-job-type', message: expect.stringMatching(/iş türüne hizmet eden bir çalışan yok.*yukk\.rules\.accelerated-criteria/) })]);
    const en = await analyst.post('/api/deployments/lint?lang=en', { resources: [renamed, ...AP_FORMS] });
    expect(en.body.errors[0].message).toMatch(/^No worker serves job type/);

    const refused = await analyst.post('/api/deployments', { resources: [renamed, ...AP_FORMS] });
    expect(refused.status).toBe(422);
    expect(refused.body.lint).toEqual([expect.objectContaining({ elementId: 'Task_CheckCriteria' })]);
    const asked = await analyst.post('/api/deployment-requests', { resources: [renamed, ...AP_FORMS], versionTag: 'x', note: 'rename' });
    expect(asked.status).toBe(422);
    const defs = await analyst.get('/api/process-definitions');
    expect(defs.body.items.map((d: { processDefinitionId: string }) => d.processDefinitionId)).not.toContain('accelerated-procedure');
  });

  it('camunda-compat findings are worded in Turkish too, with the element id', async () => {
    const r = await analyst.post('/api/deployments/lint', { resources: [resource('api-test-broken.bpmn')] });
    expect(r.body.errors).toEqual([expect.objectContaining({ elementId: 'Task_NoJobType', message: expect.stringMatching(/^Hizmet görevi: .*gerekli/) })]);
  });

  it('a new version of a live process needs a second person: request with tag and note, approval, audit', async () => {
    expect((await analyst.post('/api/deployments', { resources: [resource('api-test-case.bpmn'), resource('api-test-form.form')] })).status).toBe(201);
    const changed = resource('api-test-case.bpmn');
    changed.content = changed.content.replace('name="API test case"', 'name="API test case v2"');

    // direct deploy of a change to a live definition: refused
    const direct = await analyst.post('/api/deployments', { resources: [changed] });
    expect(direct.status).toBe(409);
    expect(direct.body).toMatchObject({ approvalRequired: true, changes: { processes: ['api-test-case'], forms: [] } });

    // the request needs the diagram to carry the tag it names
    expect((await analyst.post('/api/deployment-requests', { resources: [changed], versionTag: '2026.12-1', note: 'Adı düzeltildi' })).status).toBe(422);
    const [tagged] = withVersionTag([changed], '2026.12-1');
    expect(tagged.content).toContain('zeebe:versionTag');
    const missingNote = await analyst.post('/api/deployment-requests', { resources: [tagged], versionTag: '2026.12-1', note: '' });
    expect(missingNote.status).toBe(400);
    const req = await analyst.post('/api/deployment-requests', { resources: [tagged], versionTag: '2026.12-1', note: 'Adı düzeltildi' });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'pending', versionTag: '2026.12-1', changes: { processes: ['api-test-case'] }, requestedBy: 'demo.analyst' });

    // the review shows the live version beside the new one
    const detail = await manager.get(`/api/deployment-requests/${req.body.id}`);
    expect(detail.body.live[0].content).toContain('name="API test case"');
    expect(detail.body.resources[0].content).toContain('API test case v2');

    // not by the requester, not by an officer
    expect((await analyst.post(`/api/deployment-requests/${req.body.id}/approve`, {})).status).toBe(403);
    expect((await officer.post(`/api/deployment-requests/${req.body.id}/approve`, {})).status).toBe(403);
    let defs = await analyst.get('/api/process-definitions');
    expect(defs.body.items.find((d: { processDefinitionId: string }) => d.processDefinitionId === 'api-test-case').latest.version).toBe(1);

    const approved = await manager.post(`/api/deployment-requests/${req.body.id}/approve`, { note: 'uygun' });
    expect(approved.status).toBe(200);
    expect(approved.body.processes).toEqual([expect.objectContaining({ processDefinitionId: 'api-test-case', version: 2 })]);
    expect((await manager.post(`/api/deployment-requests/${req.body.id}/approve`, {})).status).toBe(409);
    defs = await analyst.get('/api/process-definitions');
    const def = defs.body.items.find((d: { processDefinitionId: string }) => d.processDefinitionId === 'api-test-case');
    expect(def.latest).toMatchObject({ version: 2, versionTag: '2026.12-1', runningInstances: 0 });

    const audit = await manager.get('/api/audit?action=deployment.approve');
    expect(audit.body.items.filter((e: { outcome: string }) => e.outcome === 'success')).toEqual([expect.objectContaining({ username: 'demo.manager', resourceKey: req.body.id, detail: expect.stringMatching(/tag 2026\.12-1; requested by demo\.analyst;.*note: Adı düzeltildi; approval note: uygun; deployment \d+/) })]);
    // the requester's own attempt is on record as denied
    expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'demo.analyst', outcome: 'denied' })]));
    const asked = await manager.get('/api/audit?action=deployment.request');
    expect(asked.body.items[0]).toMatchObject({ username: 'demo.analyst', outcome: 'success', detail: expect.stringContaining('tag 2026.12-1') });
  });

  it('a rejected request deploys nothing', async () => {
    const changed = resource('api-test-case.bpmn');
    changed.content = withVersionTag([{ ...changed, content: changed.content.replace('name="API test case"', 'name="API test case v3"') }], 'v3')[0].content;
    const req = await analyst.post('/api/deployment-requests', { resources: [changed], versionTag: 'v3', note: 'deneme' });
    const rejected = await manager.post(`/api/deployment-requests/${req.body.id}/reject`, { note: 'gerekçe eksik' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: 'demo.manager', decisionNote: 'gerekçe eksik' });
    const defs = await analyst.get('/api/process-definitions');
    expect(defs.body.items.find((d: { processDefinitionId: string }) => d.processDefinitionId === 'api-test-case').latest.version).toBe(2);
  });

  it('plays accelerated-procedure in the sandbox with the real workers, crosses the interview deadline by moving the sandbox clock, and nothing shows live', async () => {
    const clock = Date.parse((await analyst.get('/api/sandbox/clock')).body.now);
    const today = new Date(clock + 3 * 3600_000).toISOString().slice(0, 10); // the Istanbul date of the sandbox clock
    const started = await analyst.post('/api/sandbox/runs', {
      // the test server bundles no procedures, so the decision table the diagram calls travels with it
      resources: [repoFile('processes', 'accelerated-procedure.bpmn'), repoFile('processes/decisions', 'accelerated-criteria.dmn'), ...AP_FORMS],
      variables: { applicationNumber: 'SB-2026-000001', registrationDate: today, acceleratedStartDate: today, applicant: { fullName: 'Deneme Kişi', nationality: 'XX' }, facts: { misledAuthorities: true } },
    });
    expect(started.status).toBe(201);
    const key = started.body.processInstanceKey;

    // the rule worker and the calendar worker ran: the interview task is open with its computed deadline
    const atInterview = await until(async () => {
      const s = (await analyst.get(`/api/sandbox/runs/${key}`)).body;
      return s.tasks?.some((t: { elementId: string }) => t.elementId === 'Task_Interview') && s;
    }, 'interview task in the sandbox');
    expect(atInterview.variables.acceleratedApplies).toBe(true);
    const due = atInterview.deadlines.find((d: { name: string }) => d.name === 'interviewDueAt');
    expect(Date.parse(due.dueAt)).toBeGreaterThan(clock);
    expect(atInterview.elements).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'Task_CheckCriteria', completed: 1 }), expect.objectContaining({ elementId: 'Task_Interview', active: 1 })]));
    expect(atInterview.tasks.find((t: { elementId: string }) => t.elementId === 'Task_Interview').schema.id).toBe('ap-interview');

    // move the sandbox clock past the deadline: the escalation opens
    const moved = await analyst.post('/api/sandbox/clock', { days: 10 });
    expect(Date.parse(moved.body.now)).toBeGreaterThan(Date.parse(due.dueAt));
    const escalated = await until(async () => {
      const s = (await analyst.get(`/api/sandbox/runs/${key}`)).body;
      return s.tasks.some((t: { elementId: string }) => t.elementId === 'Supervise_InterviewPeriod') && s;
    }, 'escalation in the sandbox');
    expect(escalated.variables.interviewOverdue).toBe(true);
    expect(escalated.elements).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'Timer_InterviewPeriod', completed: 1 })]));

    // completing the interview in the sandbox moves the case on
    const interview = escalated.tasks.find((t: { elementId: string }) => t.elementId === 'Task_Interview');
    expect((await analyst.post(`/api/sandbox/tasks/${interview.userTaskKey}/complete`, { variables: { interviewDate: today } })).status).toBe(204);
    await until(async () => (await analyst.get(`/api/sandbox/runs/${key}`)).body.deadlines.some((d: { name: string }) => d.name === 'decisionDueAt'), 'decision deadline');

    // nothing of it live: no task for officers or supervisors, no instance on the monitor, no case audit; the live clock is untouched
    for (const who of [officer, supervisor]) {
      const tasks = await who.get('/api/tasks?scope=all&limit=200');
      expect(tasks.body.items.filter((t: { processDefinitionId?: string; elementId: string }) => t.elementId === 'Task_Interview' || t.elementId === 'Supervise_InterviewPeriod')).toEqual([]);
    }
    const monitor = await manager.get('/api/monitor/instances?processDefinitionId=accelerated-procedure');
    expect(monitor.body.items).toEqual([]);
    const audit = await manager.get(`/api/audit?processInstanceKey=${key}`);
    expect(audit.body.items).toEqual([]);
    const sandboxAudit = await manager.get('/api/audit?action=sandbox.clock');
    expect(sandboxAudit.body.items[0]).toMatchObject({ resourceType: 'sandbox', processInstanceKey: null, detail: expect.stringContaining('+10 days') });
    expect(fs.existsSync(path.join(server.dataDir, 'sandbox', 'engine.db'))).toBe(true);
  }, 90_000);

  it('a form with an error is not published: lint names the field, the request is refused', async () => {
    const broken = { id: 'api-broken-form', type: 'default', components: [{ id: 'F1', type: 'textfield', key: 'x', label: 'A' }, { id: 'F2', type: 'textfield', key: 'x', label: 'B' }, { id: 'F3', type: 'select', key: 'y', label: 'C' }] };
    const res = { name: 'api-broken-form.form', content: JSON.stringify(broken) };
    const lint = await analyst.post('/api/deployments/lint', { resources: [res] });
    expect(lint.body.errors).toEqual([expect.objectContaining({ elementId: 'F2', rule: 'form/duplicate' }), expect.objectContaining({ elementId: 'F3', rule: 'form/options' })]);
    expect((await analyst.post('/api/deployment-requests', { resources: [res], versionTag: 'f1', note: 'deneme' })).status).toBe(422);
    expect((await analyst.post('/api/deployments', { resources: [res] })).status).toBe(422);
  });

  it('reviewers comment on elements and resolve the comments; officers cannot', async () => {
    const added = await analyst.post('/api/process-comments/accelerated-procedure', { elementId: 'Timer_InterviewPeriod', text: 'Süre Md. 79(2) ile uyumlu mu?' });
    expect(added.status).toBe(201);
    expect((await manager.post('/api/process-comments/accelerated-procedure', { elementId: 'Timer_InterviewPeriod', text: '' })).status).toBe(400);
    const resolved = await manager.post(`/api/process-comments/accelerated-procedure/${added.body.id}/resolve`, {});
    expect(resolved.body).toMatchObject({ resolvedBy: 'demo.manager', elementId: 'Timer_InterviewPeriod' });
    expect((await manager.post(`/api/process-comments/accelerated-procedure/${added.body.id}/resolve`, {})).status).toBe(409);
    const list = await analyst.get('/api/process-comments/accelerated-procedure');
    expect(list.body.items).toEqual([expect.objectContaining({ text: 'Süre Md. 79(2) ile uyumlu mu?', author: 'demo.analyst', resolvedAt: expect.any(String) })]);
    expect((await officer.get('/api/process-comments/accelerated-procedure')).status).toBe(403);
  });

  it('the sandbox is for analysts', async () => {
    expect((await officer.get('/api/sandbox/clock')).status).toBe(403);
    expect((await manager.post('/api/sandbox/clock', { days: 1 })).status).toBe(403);
    expect((await analyst.post('/api/sandbox/clock', { days: 0 })).status).toBe(400);
  });
});
