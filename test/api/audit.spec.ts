import { ApiServer, Client, serverModule, signIn, startApiServer } from './support/api-server';
import { APPLICANT, deployFixtures, eventually, startCase, taskOf } from './support/fixtures';

type Db = { prepare(sql: string): { all(...a: unknown[]): Array<Record<string, unknown>>; run(...a: unknown[]): unknown } };

describe('audit log', () => {
  let server: ApiServer;
  let analyst: Client;
  let officer: Client;
  let manager: Client;
  let db: Db;

  beforeAll(async () => {
    server = await startApiServer();
    [analyst, officer, manager] = await Promise.all(['demo.analyst', 'demo.officer', 'demo.manager'].map((u) => signIn(server, u)));
    await deployFixtures(analyst);
    db = server.app.get<Db>(serverModule('src/auth/app-database.ts').APP_DB);
  });
  afterAll(async () => {
    await server?.close();
  });

  const entries = async (query: string) => (await manager.get(`/api/audit?${query}`)).body.items as Array<Record<string, unknown>>;

  it('records every read of applicant data with who, what, key and case — names only', async () => {
    const caseKey = await startCase(officer);
    const decide = await taskOf(officer, caseKey, 'Task_Decide');

    const detail = await officer.get(`/api/tasks/${decide.userTaskKey}`);
    expect(detail.status).toBe(200);
    expect(detail.body.variables).toMatchObject({ applicantName: APPLICANT.applicantName });
    expect(detail.body.form).toMatchObject({ schema: expect.objectContaining({ id: 'api-test-form' }) });
    expect(detail.body.xml).toContain('id="Task_Decide"');

    const instance = await manager.get(`/api/monitor/instances/${caseKey}`);
    expect(instance.status).toBe(200);
    expect(instance.body.variables).toMatchObject({ applicantName: APPLICANT.applicantName });

    const trail = await entries(`processInstanceKey=${caseKey}`);
    const actions = trail.map((e) => `${e.username} ${e.action} ${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['demo.officer case.start success', 'demo.officer task.read success', 'demo.manager instance.read success']));
    const read = trail.find((e) => e.action === 'task.read')!;
    expect(read).toMatchObject({ resourceType: 'userTask', resourceKey: decide.userTaskKey, processInstanceKey: caseKey, at: expect.any(String) });
    expect(read.detail).toContain('applicantName');
    expect(read.detail).not.toContain(APPLICANT.applicantName);
    // the case's audit trail is part of the monitor's case view
    expect(instance.body.audit.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['case.start', 'task.read']));
  });

  it('records actions on tasks with their outcome, including refusals', async () => {
    const caseKey = await startCase(officer);
    const decide = await taskOf(officer, caseKey, 'Task_Decide');
    const review = await taskOf(await signIn(server, 'demo.supervisor'), caseKey, 'Task_Review');
    await officer.post(`/api/tasks/${decide.userTaskKey}/claim`);
    await officer.post(`/api/tasks/${decide.userTaskKey}/complete`, { variables: { decision: 'synthetic-decision-text-77' } });
    await officer.get(`/api/tasks/${review.userTaskKey}`); // another group's task: denied
    await officer.get('/api/audit'); // wrong role: denied

    const mine = await entries('username=demo.officer&limit=1000');
    const summary = mine.map((e) => `${e.action} ${e.resourceKey ?? ''} ${e.outcome}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        `task.claim ${decide.userTaskKey} success`,
        `task.complete ${decide.userTaskKey} success`,
        `task.read ${review.userTaskKey} denied`,
        'http.GET /api/audit denied',
      ]),
    );
    const complete = mine.find((e) => e.action === 'task.complete')!;
    expect(complete.detail).toBe('variables: decision');
  });

  it('never stores applicant values anywhere in the audit table', async () => {
    const rows = db.prepare('SELECT * FROM audit_log').all();
    expect(rows.length).toBeGreaterThan(5);
    const dump = JSON.stringify(rows);
    for (const value of [APPLICANT.applicantName, APPLICANT.nationalityNote, 'synthetic-decision-text-77', 'demo-password-1']) expect(dump).not.toContain(value);
  });

  it('filters by user, case, action and time, newest first, with paging', async () => {
    const all = await entries('limit=1000');
    expect(all.length).toBeGreaterThan(3);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => Number(b) - Number(a)));
    const reads = await entries('action=task.read');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => e.action === 'task.read')).toBe(true);
    const future = await entries(`from=${encodeURIComponent('2999-01-01T00:00:00Z')}`);
    expect(future).toEqual([]);
    const page1 = await manager.get('/api/audit?limit=2');
    expect(page1.body.items).toHaveLength(2);
    const page2 = await manager.get(`/api/audit?limit=2&beforeId=${page1.body.nextBeforeId}`);
    expect(page2.body.items[0].id).toBeLessThan(page1.body.items[1].id);
    expect((await manager.get('/api/audit?limit=0')).status).toBe(400);
  });

  it('is append-only: the database refuses UPDATE and DELETE', () => {
    expect(() => db.prepare('UPDATE audit_log SET outcome = ? WHERE id = 1').run('success')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('records sign-in failures without the password', async () => {
    await new Client(server.url).post('/api/auth/login', { username: 'demo.officer', password: 'wrong-password-xyz' });
    const failures = await entries('action=auth.login&username=demo.officer');
    expect(failures.some((e) => e.outcome === 'failure')).toBe(true);
    expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toContain('wrong-password-xyz');
  });

  it('records deployments and incident resolution', async () => {
    const start = await officer.post('/api/cases', { processDefinitionId: 'api-test-incident', variables: { route: 'b' } });
    const caseKey = start.body.processInstanceKey;
    const incident = await eventually(async () => (await manager.get(`/api/monitor/incidents?processInstanceKey=${caseKey}`)).body.items[0]);
    expect((await manager.post(`/api/monitor/incidents/${incident.incidentKey}/resolve`)).status).toBe(200);
    const trail = await entries(`processInstanceKey=${caseKey}`);
    expect(trail.map((e) => `${e.action} ${e.outcome}`)).toContain('incident.resolve success');
    expect((await entries('action=deployment.create')).length).toBeGreaterThan(0);
  });
});
