import { ApiServer, Client, serverModule, signIn, startApiServer } from './support/api-server';
import { Camunda8 } from '@camunda8/sdk';
import { sdkBasicAuth } from '../../src/runtime/runtime-credential';
import { APPLICANT, deployFixtures, eventually, resource, startCase } from './support/fixtures';

describe('manager endpoints: monitor, incidents, deadlines', () => {
  let server: ApiServer;
  let officer: Client;
  let manager: Client;
  let clock: { set(ms: number): void; reset(): void };

  beforeAll(async () => {
    server = await startApiServer();
    const analyst = await signIn(server, 'demo.analyst');
    [officer, manager] = await Promise.all([signIn(server, 'demo.officer'), signIn(server, 'demo.manager')]);
    await deployFixtures(analyst);
    clock = server.app.get(serverModule('src/ui-api/legal-clock.ts').LegalClock);
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await server?.close();
  });

  const incidentCase = async () => (await officer.post('/api/cases', { processDefinitionId: 'api-test-incident', variables: { route: 'none' } })).body.processInstanceKey as string;
  const incidentOf = (caseKey: string) => eventually(async () => (await manager.get(`/api/monitor/incidents?processInstanceKey=${caseKey}`)).body.items[0] as { incidentKey: string } | undefined);

  it('counts instances per procedure and state, and lists them', async () => {
    const a = await startCase(officer);
    await startCase(officer);
    await incidentOf(await incidentCase());
    const processes = (await manager.get('/api/monitor/processes')).body.items;
    expect(processes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ processDefinitionId: 'api-test-case', counts: expect.objectContaining({ ACTIVE: 2 }) }),
        expect.objectContaining({ processDefinitionId: 'api-test-incident', withIncidents: 1 }),
      ]),
    );
    const list = await manager.get('/api/monitor/instances?processDefinitionId=api-test-case&state=ACTIVE');
    expect(list.body.page.totalItems).toBe(2);
    expect(list.body.items.map((i: { processInstanceKey: string }) => i.processInstanceKey)).toContain(a);
    const withIncident = await manager.get('/api/monitor/instances?hasIncident=true');
    expect(withIncident.body.items.every((i: { hasIncident: boolean }) => i.hasIncident)).toBe(true);
  });

  it('shows a case: diagram, active elements, history, variables', async () => {
    const caseKey = await startCase(officer);
    const detail = await eventually(async () => {
      const r = await manager.get(`/api/monitor/instances/${caseKey}`);
      return r.body.activeElements?.length >= 2 ? r.body : undefined;
    });
    expect(detail.instance).toMatchObject({ processInstanceKey: caseKey, state: 'ACTIVE', processDefinitionId: 'api-test-case' });
    expect(detail.xml).toContain('Task_Decide');
    expect(detail.activeElements.map((e: { elementId: string }) => e.elementId)).toEqual(expect.arrayContaining(['Task_Decide', 'Task_Review']));
    expect(detail.history.map((e: { elementId: string }) => e.elementId)).toEqual(expect.arrayContaining(['Start', 'Fork']));
    expect(detail.variables).toMatchObject({ applicantName: APPLICANT.applicantName });
    expect((await manager.get('/api/monitor/instances/9999999999')).status).toBe(404);
  });

  it('resolves incidents one by one and in bulk with progress, saying when they fail again', async () => {
    // the gateway's condition still cannot be evaluated: the incident comes straight back, and the answer says so
    const single = await incidentOf(await incidentCase());
    const retried = await manager.post(`/api/monitor/incidents/${single.incidentKey}/resolve`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ incidentKey: single.incidentKey, outcome: 'failedAgain' });

    const keys = [];
    for (let i = 0; i < 3; i++) keys.push((await incidentOf(await incidentCase())).incidentKey);
    const started = await manager.post('/api/monitor/incidents/resolve', { incidentKeys: [...keys, '9999999999'] });
    expect(started.status).toBe(202);
    const progress = await eventually(async () => {
      const r = await manager.get(`/api/monitor/incidents/batches/${started.body.batchId}`);
      return r.body.done ? r.body : undefined;
    });
    expect(progress).toMatchObject({ total: 4, succeeded: 0, failedAgain: 3, failed: 1 });
    expect(progress.failures).toEqual(expect.arrayContaining([expect.objectContaining({ key: '9999999999', outcome: 'failed' }), expect.objectContaining({ key: keys[0], outcome: 'failedAgain' })]));
    expect((await manager.post('/api/monitor/incidents/resolve', { incidentKeys: ['not-a-key'] })).status).toBe(400);
  });

  it('shows deadlines due soon and missed: user task due dates and *DueAt variables, each deadline once', async () => {
    const caseKey = await startCase(officer);
    await eventually(async () => ((await manager.get(`/api/monitor/instances/${caseKey}`)).body.activeElements?.length >= 2 ? true : undefined));
    clock.set(Date.parse('2026-11-28T09:00:00+03:00'));
    const board = (await manager.get('/api/monitor/deadlines?withinDays=7')).body;
    expect(board.asOf).toBe('2026-11-28');
    const mine = board.items.filter((d: { processInstanceKey: string }) => d.processInstanceKey === caseKey);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'variable', name: 'hearingDueAt', status: 'missed' }),
        expect.objectContaining({ kind: 'userTask', name: 'Decide', status: 'dueSoon', dueAt: expect.any(String), daysLeft: expect.objectContaining({ calendarDays: 3 }) }),
      ]),
    );
    // decisionDueAt is the Decide task's due date: one deadline, one row
    expect(mine.filter((d: { dueAt: string }) => Date.parse(d.dueAt) === Date.parse(APPLICANT.decisionDueAt))).toHaveLength(1);
    expect(mine).toHaveLength(2);
    const dueNow = (await manager.get('/api/monitor/deadlines?withinDays=0')).body.items.filter((d: { processInstanceKey: string }) => d.processInstanceKey === caseKey);
    expect(dueNow.map((d: { name: string }) => d.name)).toEqual(['hearingDueAt']);
  });

  it('lists a deadline once, not again for the local copy an input mapping makes of it', async () => {
    const analyst = await signIn(server, 'demo.analyst');
    expect((await analyst.post('/api/deployments', { resources: [resource('api-test-escalation.bpmn')] })).status).toBe(201);
    const caseKey = (await officer.post('/api/cases', { processDefinitionId: 'api-test-escalation', variables: { decisionDueAt: APPLICANT.decisionDueAt } })).body.processInstanceKey;
    await eventually(async () => ((await manager.get(`/api/monitor/instances/${caseKey}`)).body.activeElements?.length ? true : undefined));
    clock.set(Date.parse('2026-11-28T09:00:00+03:00'));
    const mine = (await manager.get('/api/monitor/deadlines?withinDays=7')).body.items.filter((d: { processInstanceKey: string }) => d.processInstanceKey === caseKey);
    expect(mine).toEqual([expect.objectContaining({ kind: 'variable', name: 'decisionDueAt', status: 'dueSoon' })]);
  });

  it('gives a failed job its retry back when its incident is resolved', async () => {
    // given a job that a worker failed with no retries left (the worker talks to the runtime like the real ones do)
    const analyst = await signIn(server, 'demo.analyst');
    expect((await analyst.post('/api/deployments', { resources: [resource('api-test-job.bpmn')] })).status).toBe(201);
    const caseKey = (await officer.post('/api/cases', { processDefinitionId: 'api-test-job', variables: {} })).body.processInstanceKey;
    const worker = new Camunda8({ ZEEBE_REST_ADDRESS: server.url, ...sdkBasicAuth(server.runtimeCredential) }).getOrchestrationClusterApiClient();
    const activate = () => worker.activateJobs({ type: 'api-test-check', timeout: 60_000, maxJobsToActivate: 1, requestTimeout: 1 }).then((r) => r.jobs.find((j) => String(j.processInstanceKey) === caseKey));
    const job = await eventually(activate);
    await worker.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'synthetic failure' });
    const incident = await eventually(async () => (await manager.get(`/api/monitor/incidents?processInstanceKey=${caseKey}`)).body.items[0] as { incidentKey: string; errorType: string } | undefined);
    expect(incident.errorType).toBe('JOB_NO_RETRIES');

    // when the manager resolves it
    // (no worker is polling yet: the answer says the job waits, it does not claim success)
    const answer = await manager.post(`/api/monitor/incidents/${incident.incidentKey}/resolve`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ outcome: 'pending' });

    // then the job can be worked again and the case completes
    const again = await eventually(activate);
    await worker.completeJob({ jobKey: again.jobKey, variables: {} });
    await eventually(async () => ((await manager.get(`/api/monitor/instances/${caseKey}`)).body.instance?.state === 'COMPLETED' ? true : undefined));
  });
  it('answers "failed again" when the retried job fails once more', async () => {
    const analyst = await signIn(server, 'demo.analyst');
    expect((await analyst.post('/api/deployments', { resources: [resource('api-test-job.bpmn')] })).status).toBe(201);
    const caseKey = (await officer.post('/api/cases', { processDefinitionId: 'api-test-job', variables: {} })).body.processInstanceKey;
    const worker = new Camunda8({ ZEEBE_REST_ADDRESS: server.url, ...sdkBasicAuth(server.runtimeCredential) }).getOrchestrationClusterApiClient();
    const activate = () => worker.activateJobs({ type: 'api-test-check', timeout: 60_000, maxJobsToActivate: 1, requestTimeout: 1 }).then((r) => r.jobs.find((j) => String(j.processInstanceKey) === caseKey));
    await worker.failJob({ jobKey: (await eventually(activate)).jobKey, retries: 0, errorMessage: 'synthetic failure' });
    const incident = await eventually(async () => (await manager.get(`/api/monitor/incidents?processInstanceKey=${caseKey}`)).body.items[0] as { incidentKey: string } | undefined);

    // when the manager retries while the worker is up, and the worker fails the job again
    const answer = manager.post(`/api/monitor/incidents/${incident.incidentKey}/resolve`);
    await worker.failJob({ jobKey: (await eventually(activate)).jobKey, retries: 0, errorMessage: 'synthetic failure, again' });

    // then the answer is the truth, not "resolved"
    expect((await answer).body).toMatchObject({ incidentKey: incident.incidentKey, outcome: 'failedAgain', detail: 'synthetic failure, again' });
  });
});
