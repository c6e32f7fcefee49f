import { ApiServer, Client, signIn, startApiServer } from './support/api-server';
import { APPLICANT, deployFixtures, deployReviewed, eventually, resource, startCase, taskOf } from './support/fixtures';

/** Operate parity for managers: every change needs a reason, is refused to other roles and is audited without values. */
describe('manager operations on running cases', () => {
  let server: ApiServer;
  let analyst: Client;
  let officer: Client;
  let supervisor: Client;
  let manager: Client;

  beforeAll(async () => {
    server = await startApiServer();
    analyst = await signIn(server, 'demo.analyst');
    [officer, supervisor, manager] = await Promise.all([signIn(server, 'demo.officer'), signIn(server, 'demo.supervisor'), signIn(server, 'demo.manager')]);
    await deployFixtures(analyst);
  });
  afterAll(async () => {
    await server?.close();
  });

  const detail = async (key: string) => (await manager.get(`/api/monitor/instances/${key}`)).body;
  const active = async (key: string) => (await detail(key)).activeElements.map((e: { elementId: string }) => e.elementId).sort();
  const audit = async (key: string, action: string) => (await manager.get(`/api/audit?processInstanceKey=${key}&action=${action}`)).body.items as Array<{ username: string; outcome: string; detail: string }>;
  const incidentCase = async () => (await officer.post('/api/cases', { processDefinitionId: 'api-test-incident', variables: { route: 'none' } })).body.processInstanceKey as string;
  const incidentOf = (caseKey: string) => eventually(async () => (await manager.get(`/api/monitor/incidents?processInstanceKey=${caseKey}`)).body.items[0] as { incidentKey: string } | undefined);
  const batchDone = (id: string) => eventually(async () => {
    const r = await manager.get(`/api/monitor/batches/${id}`);
    return r.body.done ? r.body : undefined;
  }, 800);

  it('edits variables with a reason; the audit keeps names and reason, never values', async () => {
    const caseKey = await startCase(officer);
    const r = await manager.request('PUT', `/api/monitor/instances/${caseKey}/variables`, { variables: { applicantName: 'Synthetic Corrected Name Xq' }, reason: 'spelling fixed from the passport' });
    expect(r.status).toBe(204);
    expect((await detail(caseKey)).variables.applicantName).toBe('Synthetic Corrected Name Xq');
    const [entry] = await audit(caseKey, 'instance.variables.update');
    expect(entry).toMatchObject({ username: 'demo.manager', outcome: 'success' });
    expect(entry.detail).toContain('applicantName');
    expect(entry.detail).toContain('spelling fixed from the passport');
    expect(JSON.stringify((await manager.get(`/api/audit?processInstanceKey=${caseKey}`)).body)).not.toContain('Xq');

    // refusals: no reason, a rule's finding or a computed deadline, another role
    const noReason = await manager.request('PUT', `/api/monitor/instances/${caseKey}/variables`, { variables: { a: 1 } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ property: 'reason' })]));
    const locked = await manager.request('PUT', `/api/monitor/instances/${caseKey}/variables`, { variables: { decisionDueAt: '2027-01-01T00:00:00Z' }, reason: 'trying to move the deadline' });
    expect(locked.status).toBe(422);
    expect(locked.body.errors).toEqual([expect.objectContaining({ property: 'variables.decisionDueAt' })]);
    expect((await officer.request('PUT', `/api/monitor/instances/${caseKey}/variables`, { variables: { a: 1 }, reason: 'not my job to do this' })).status).toBe(403);
    expect((await detail(caseKey)).variables.decisionDueAt).toBe(APPLICANT.decisionDueAt);
  });

  it('cancels a case with a reason; an officer cannot', async () => {
    const caseKey = await startCase(officer);
    expect((await officer.post(`/api/monitor/instances/${caseKey}/cancellation`, { reason: 'duplicate application' })).status).toBe(403);
    expect((await manager.post(`/api/monitor/instances/${caseKey}/cancellation`, {})).status).toBe(400);
    expect((await manager.post(`/api/monitor/instances/${caseKey}/cancellation`, { reason: 'duplicate application' })).status).toBe(204);
    expect((await detail(caseKey)).instance.state).toBe('TERMINATED');
    expect(await audit(caseKey, 'instance.cancel')).toEqual([expect.objectContaining({ outcome: 'success', detail: 'reason: duplicate application' })]);
    expect((await manager.post(`/api/monitor/instances/${caseKey}/cancellation`, { reason: 'duplicate application' })).status).toBe(409);
  });

  it('says when a retried incident fails again, and resolves it once the variables are fixed', async () => {
    const caseKey = await incidentCase();
    const first = await incidentOf(caseKey);
    // a plain retry: the condition still fails, and the answer says so
    const again = await manager.post(`/api/monitor/incidents/${first.incidentKey}/resolve`, {});
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ incidentKey: first.incidentKey, outcome: 'failedAgain', newIncidentKey: expect.any(String) });
    // a retry with changed variables (reason required)
    const second = await incidentOf(caseKey);
    expect((await manager.post(`/api/monitor/incidents/${second.incidentKey}/resolve`, { variables: { route: 'a' } })).status).toBe(400);
    const fixed = await manager.post(`/api/monitor/incidents/${second.incidentKey}/resolve`, { variables: { route: 'a' }, reason: 'route was mistyped at registration' });
    expect(fixed.body).toMatchObject({ outcome: 'resolved' });
    expect((await detail(caseKey)).instance.state).toBe('COMPLETED');
    expect((await audit(caseKey, 'incident.resolve'))[0].detail).toContain('outcome: failedAgain');
    expect((await audit(caseKey, 'incident.retryWithVariables'))[0].detail).toContain('variables: route; reason: route was mistyped at registration');
  });

  it('retries all incidents of a procedure in a batch and reports each outcome', async () => {
    const keys = [await incidentCase(), await incidentCase()];
    for (const k of keys) await incidentOf(k);
    const body = { operation: 'resolveIncidents', filter: { processDefinitionId: 'api-test-incident' } };
    const preview = await manager.post('/api/monitor/batches/preview', body);
    expect(preview.body.total).toBeGreaterThanOrEqual(2);
    const started = await manager.post('/api/monitor/batches', body);
    expect(started.status).toBe(202);
    const done = await batchDone(started.body.batchId);
    expect(done).toMatchObject({ operation: 'resolveIncidents', total: preview.body.total, succeeded: 0, failedAgain: preview.body.total });
    expect(done.failures.every((f: { outcome: string }) => f.outcome === 'failedAgain')).toBe(true);
  });

  it('moves a token (modification) with a reason; an officer cannot', async () => {
    const caseKey = await startCase(officer);
    const d = await eventually(async () => {
      const x = await detail(caseKey);
      return x.activeElements?.length === 2 ? x : undefined;
    });
    const review = d.activeElements.find((e: { elementId: string }) => e.elementId === 'Task_Review');
    const body = { activate: [{ elementId: 'Task_Decide', variables: { movedNote: 'second look' } }], terminate: [{ elementInstanceKey: review.elementInstanceKey }], reason: 'review not needed for this case' };
    expect((await officer.post(`/api/monitor/instances/${caseKey}/modification`, body)).status).toBe(403);
    expect((await manager.post(`/api/monitor/instances/${caseKey}/modification`, { ...body, activate: [{ elementId: 'Nope' }] })).status).toBe(400);
    expect(await active(caseKey)).toEqual(['Task_Decide', 'Task_Review']);
    expect((await manager.post(`/api/monitor/instances/${caseKey}/modification`, body)).status).toBe(204);
    expect(await active(caseKey)).toEqual(['Task_Decide', 'Task_Decide']);
    const [entry] = await audit(caseKey, 'instance.modify');
    expect(entry.detail).toContain(`activate: Task_Decide; terminate: ${review.elementInstanceKey}; variables: movedNote; reason: review not needed`);
    expect(entry.detail).not.toContain('second look');
  });

  it('migrates a case to a newer version after a dry run; refuses a changed element type', async () => {
    const caseKey = await startCase(officer);
    const task = await taskOf(officer, caseKey, 'Task_Decide');
    // new versions of a live procedure go through review and approval (analysts' workbench)
    const v2 = (await deployReviewed(analyst, manager, [resource('api-test-case-v2.bpmn')], 'v2')).processes[0];
    const auto = (await deployReviewed(analyst, manager, [resource('api-test-case-automatic.bpmn')], 'automatic')).processes[0];

    const plan = await manager.post(`/api/monitor/instances/${caseKey}/migration/plan`, { targetProcessDefinitionKey: v2.processDefinitionKey });
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ canMigrate: true, targetVersion: 2, problems: [] });
    expect(plan.body.moves.map((m: { elementId: string }) => m.elementId).sort()).toEqual(['Task_Decide', 'Task_Review']);
    expect(plan.body.moves).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'Task_Review', targetElementName: 'Supervisor review (v2)' })]));

    const refused = await manager.post(`/api/monitor/instances/${caseKey}/migration/plan`, { targetProcessDefinitionKey: auto.processDefinitionKey });
    expect(refused.body.canMigrate).toBe(false);
    // the default mapping leaves the review (now a service task) unmapped; mapping it anyway is a changed type
    expect(refused.body.problems).toEqual([expect.objectContaining({ elementId: 'Task_Review', reason: 'unmapped' })]);
    const typeChanged = await manager.post(`/api/monitor/instances/${caseKey}/migration`, { targetProcessDefinitionKey: auto.processDefinitionKey, mappingInstructions: [{ sourceElementId: 'Task_Review', targetElementId: 'Task_Review' }, { sourceElementId: 'Task_Decide', targetElementId: 'Task_Decide' }], reason: 'trying the automatic review' });
    expect(typeChanged.status).toBe(409);
    expect(typeChanged.body.problems).toEqual([expect.objectContaining({ elementId: 'Task_Review', reason: 'typeChanged' })]);

    expect((await officer.post(`/api/monitor/instances/${caseKey}/migration`, { targetProcessDefinitionKey: v2.processDefinitionKey, reason: 'new version of the form' })).status).toBe(403);
    const moved = await manager.post(`/api/monitor/instances/${caseKey}/migration`, { targetProcessDefinitionKey: v2.processDefinitionKey, reason: 'new version of the form' });
    expect(moved.status).toBe(200);
    const after = await detail(caseKey);
    expect(after.instance).toMatchObject({ processDefinitionVersion: 2, processDefinitionKey: v2.processDefinitionKey });
    // the same open task, with its due date, now on version 2
    expect(await taskOf(officer, caseKey, 'Task_Decide')).toMatchObject({ userTaskKey: task.userTaskKey, dueDate: task.dueDate });
    expect((await audit(caseKey, 'instance.migrate'))[0].detail).toContain(`target: ${v2.processDefinitionKey} (v2)`);
  });

  it('migrates the version-1 cases of a procedure in a batch, each item with its result', async () => {
    const defs = (await manager.get('/api/process-definitions')).body.items as Array<{ processDefinitionId: string; versions: Array<{ version: number; processDefinitionKey: string }> }>;
    const v2 = defs.find((d) => d.processDefinitionId === 'api-test-case')!.versions.find((v) => v.version === 2)!;
    const body = { operation: 'migrate', filter: { processDefinitionId: 'api-test-case', version: 1 }, migration: { targetProcessDefinitionKey: v2.processDefinitionKey }, reason: 'all open cases onto the corrected review' };
    const preview = (await manager.post('/api/monitor/batches/preview', body)).body;
    expect(preview.total).toBeGreaterThan(0);
    expect(preview.blocked).toBe(0);
    const done = await batchDone((await manager.post('/api/monitor/batches', body)).body.batchId);
    expect(done).toMatchObject({ operation: 'migrate', total: preview.total, succeeded: preview.total, failed: 0 });
    const left = (await manager.get('/api/monitor/instances?processDefinitionId=api-test-case&state=ACTIVE&limit=500')).body.items as Array<{ processDefinitionVersion: number }>;
    expect(left.filter((i) => i.processDefinitionVersion === 1)).toEqual([]);
    expect((await manager.get(`/api/audit?processInstanceKey=${preview.sample[0]}&action=instance.migrate`)).body.items[0].detail).toContain('reason: all open cases onto the corrected review');
  });

  it('cancels a filtered set in a batch with a confirmation count and per-item results', async () => {
    const mine = [await startCase(officer, { ...APPLICANT, province: 'Batchşehir' }), await startCase(officer, { ...APPLICANT, province: 'Batchşehir' })];
    const body = { operation: 'cancel', filter: { processDefinitionId: 'api-test-case' }, reason: 'test data clean-up' };
    expect((await manager.post('/api/monitor/batches', { ...body, reason: undefined })).status).toBe(400);
    expect((await officer.post('/api/monitor/batches/preview', body)).status).toBe(403);
    const preview = (await manager.post('/api/monitor/batches/preview', body)).body;
    expect(preview.sample).toEqual(expect.arrayContaining(mine));
    const started = await manager.post('/api/monitor/batches', body);
    const done = await batchDone(started.body.batchId);
    expect(done).toMatchObject({ operation: 'cancel', total: preview.total, succeeded: preview.total, failed: 0 });
    for (const k of mine) expect((await detail(k)).instance.state).toBe('TERMINATED');
    const batchAudit = (await manager.get('/api/audit?action=batch.cancel')).body.items;
    expect(batchAudit[0].detail).toBe(`items: ${preview.total}; reason: test data clean-up`);
  });

  it('lets a manager or a supervisor reassign any task, audited; not a plain officer', async () => {
    const caseKey = await startCase(officer);
    const task = await taskOf(officer, caseKey, 'Task_Decide');
    expect((await officer.post(`/api/tasks/${task.userTaskKey}/claim`)).status).toBe(204);
    const url = `/api/monitor/tasks/${task.userTaskKey}/assignee`;
    expect((await officer.request('PUT', url, { assignee: 'demo.supervisor', reason: 'taking it myself' })).status).toBe(403);
    expect((await supervisor.request('PUT', url, { assignee: 'demo.supervisor', reason: 'officer on leave' })).status).toBe(204);
    expect((await manager.request('PUT', url, { assignee: null, reason: 'back to the queue' })).status).toBe(204);
    const entries = (await manager.get(`/api/audit?processInstanceKey=${caseKey}`)).body.items as Array<{ action: string; detail: string; username: string }>;
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'task.reassign', username: 'demo.supervisor', detail: 'from: demo.officer; to: demo.supervisor; reason: officer on leave' }),
      expect.objectContaining({ action: 'task.unassign', username: 'demo.manager', detail: 'from: demo.supervisor; to: (queue); reason: back to the queue' }),
    ]));
    const denied = (await manager.get('/api/audit?action=task.reassign')).body.items.find((e: { username: string }) => e.username === 'demo.officer');
    expect(denied).toMatchObject({ outcome: 'denied' });
  });

  it('reports counts, step durations and deadlines per month and office; CSV for Turkish Excel', async () => {
    // due in ten days, completed now: met; the period is the Turkish month of the due date
    const dueAt = new Date(Date.now() + 10 * 86_400_000);
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(dueAt);
    const [y, m] = ymd.split('-');
    const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    const a = await startCase(officer, { ...APPLICANT, decisionDueAt: dueAt.toISOString(), province: 'İzmir' });
    const b = await startCase(officer, { ...APPLICANT, decisionDueAt: dueAt.toISOString(), province: 'Gaziantep' });
    for (const k of [a, b]) {
      const t = await taskOf(officer, k, 'Task_Decide');
      await officer.post(`/api/tasks/${t.userTaskKey}/claim`);
      await officer.post(`/api/tasks/${t.userTaskKey}/complete`, { variables: { decision: 'granted' } });
    }
    {
      const r = await manager.get('/api/monitor/reports/api-test-case');
      expect(r.status).toBe(200);
      expect(r.body.started).toBeGreaterThanOrEqual(2);
      const decide = r.body.steps.find((s: { elementId: string }) => s.elementId === 'Task_Decide');
      expect(decide).toMatchObject({ elementName: 'Decide', type: 'USER_TASK' });
      expect(decide.duration.count).toBeGreaterThanOrEqual(2);
      expect(decide.duration.medianMs).toEqual(expect.any(Number));
      const offices = Object.fromEntries(r.body.deadlinesByOffice.map((o: { office: string | null; met: number }) => [o.office, o]));
      expect(offices['İzmir']).toMatchObject({ met: 1 });
      expect(offices['Gaziantep']).toMatchObject({ met: 1 });
      expect(r.body.deadlinesByMonth).toEqual(expect.arrayContaining([expect.objectContaining({ period: `${y}-${m}` })]));

      const csv = await fetch(`${server.url}/api/monitor/reports/api-test-case/csv?table=deadlines`, { headers: { cookie: manager.cookie! } });
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toContain('api-test-case-deadlines.csv');
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('Süreç;Dönem başı;Dönem sonu;Müdürlük;Karşılandı;Kaçırıldı;Risk altında;Açık');
      expect(lines).toContain(`api-test-case;01.${m}.${y};${lastDay}.${m}.${y};İzmir;1;0;0;0`);
      expect((await officer.get('/api/monitor/reports/api-test-case')).status).toBe(403);
      expect((await manager.get('/api/monitor/reports/api-test-case/csv?table=nope')).status).toBe(400);
      expect((await manager.get('/api/audit?action=report.export')).body.items[0]).toMatchObject({ username: 'demo.manager', detail: 'table: deadlines' });
    }
  });
});
