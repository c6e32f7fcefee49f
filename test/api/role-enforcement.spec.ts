import { ApiServer, Client, signIn, startApiServer } from './support/api-server';
import { APPLICANT, deployFixtures, eventually, resource, startCase, taskOf } from './support/fixtures';

describe('role enforcement on /api', () => {
  let server: ApiServer;
  let analyst: Client;
  let officer: Client;
  let supervisor: Client;
  let manager: Client;

  beforeAll(async () => {
    server = await startApiServer();
    [analyst, officer, supervisor, manager] = await Promise.all(['demo.analyst', 'demo.officer', 'demo.supervisor', 'demo.manager'].map((u) => signIn(server, u)));
    await deployFixtures(analyst);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses every documented endpoint without a session, except sign-in (deny by default)', async () => {
    const doc = (await new Client(server.url).get('/api/docs-json')).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => [m.toUpperCase(), p] as const));
    expect(operations.length).toBeGreaterThan(20);
    for (const [method, p] of operations) {
      if (p === '/api/auth/login') continue;
      const concrete = p.replace(/\{[^}]+\}/g, '1');
      const r = await new Client(server.url).request(method, concrete, method === 'GET' ? undefined : {});
      expect({ method, p, status: r.status }).toEqual({ method, p, status: 401 });
    }
  });

  // Each endpoint family: which of the three roles may use it.
  const families: Array<{ name: string; call: (c: Client) => Promise<{ status: number }>; allowed: string[] }> = [
    { name: 'process definitions', call: (c) => c.get('/api/process-definitions'), allowed: ['analyst', 'manager'] },
    { name: 'decision tables', call: (c) => c.get('/api/decision-requirements'), allowed: ['analyst', 'manager'] },
    { name: 'lint', call: (c) => c.post('/api/deployments/lint', { resources: [resource('api-test-case.bpmn')] }), allowed: ['analyst'] },
    { name: 'deploy', call: (c) => c.post('/api/deployments', { resources: [resource('api-test-form.form')] }), allowed: ['analyst'] },
    { name: 'forms', call: (c) => c.get('/api/forms'), allowed: ['analyst'] },
    { name: 'task queue', call: (c) => c.get('/api/tasks'), allowed: ['officer'] },
    { name: 'startable procedures', call: (c) => c.get('/api/cases/startable'), allowed: ['officer'] },
    { name: 'start case', call: (c) => c.post('/api/cases', { processDefinitionId: 'api-test-case', variables: APPLICANT }), allowed: ['officer'] },
    { name: 'monitor processes', call: (c) => c.get('/api/monitor/processes'), allowed: ['manager'] },
    { name: 'monitor instances', call: (c) => c.get('/api/monitor/instances'), allowed: ['manager'] },
    { name: 'incidents', call: (c) => c.get('/api/monitor/incidents'), allowed: ['manager'] },
    { name: 'deadlines', call: (c) => c.get('/api/monitor/deadlines'), allowed: ['manager'] },
    { name: 'audit log', call: (c) => c.get('/api/audit'), allowed: ['manager'] },
    { name: 'users', call: (c) => c.get('/api/users'), allowed: ['manager'] },
    { name: 'legal calendar', call: (c) => c.get('/api/calendar/bayrams?year=2045'), allowed: ['analyst', 'officer', 'manager'] },
    {
      name: 'record an official bayram date',
      // the computed Ramazan Bayramı 2045 recorded as announced: changes no date, only its status
      call: async (c) => {
        const firstDay = (await manager.get('/api/calendar/bayrams?year=2045')).body.items.find((b: { group: string }) => b.group === 'ramazan').firstDay;
        return c.post('/api/calendar/bayrams/official', { group: 'ramazan', firstDay, gazetteReference: 'RG synthetic 2045/1' });
      },
      allowed: ['manager'],
    },
  ];

  for (const family of families) {
    it(`${family.name}: allowed for ${family.allowed.join(', ')}; 403 for the others`, async () => {
      const clients: Record<string, Client> = { analyst, officer, manager };
      for (const [role, client] of Object.entries(clients)) {
        const r = await family.call(client);
        const outcome = r.status < 300 ? 'allowed' : r.status;
        expect({ role, outcome }).toEqual({ role, outcome: family.allowed.includes(role) ? 'allowed' : 403 });
      }
    });
  }

  it('keeps an officer away from another group’s task: not listed, 403 on read, claim, unclaim, complete', async () => {
    const caseKey = await startCase(officer);
    const review = await taskOf(supervisor, caseKey, 'Task_Review');
    const queue = await officer.get('/api/tasks?limit=500');
    expect(queue.body.items.map((t: { userTaskKey: string }) => t.userTaskKey)).not.toContain(review.userTaskKey);
    expect((await officer.get(`/api/tasks/${review.userTaskKey}`)).status).toBe(403);
    expect((await officer.post(`/api/tasks/${review.userTaskKey}/claim`)).status).toBe(403);
    expect((await officer.post(`/api/tasks/${review.userTaskKey}/unclaim`)).status).toBe(403);
    expect((await officer.post(`/api/tasks/${review.userTaskKey}/complete`, { variables: {} })).status).toBe(403);
    // and the supervisor, whose group it is, may
    expect((await supervisor.get(`/api/tasks/${review.userTaskKey}`)).status).toBe(200);
    expect((await supervisor.post(`/api/tasks/${review.userTaskKey}/claim`)).status).toBe(204);
  });

  it('lets only the assignee complete or release a task, and claims for oneself only', async () => {
    const colleague = await (async () => {
      await manager.post('/api/users', { username: 'second.officer', displayName: 'Second Officer', password: 'second-password', roles: ['officer'], groups: ['officers'] });
      return signIn(server, 'second.officer', 'second-password');
    })();
    const caseKey = await startCase(officer);
    const decide = await taskOf(officer, caseKey, 'Task_Decide');
    expect((await colleague.post(`/api/tasks/${decide.userTaskKey}/complete`, { variables: { decision: 'x' } })).status).toBe(409); // claim first
    expect((await officer.post(`/api/tasks/${decide.userTaskKey}/claim`)).status).toBe(204);
    const claimed = await officer.get(`/api/tasks/${decide.userTaskKey}`);
    expect(claimed.body.task.assignee).toBe('demo.officer');
    expect((await colleague.post(`/api/tasks/${decide.userTaskKey}/claim`)).status).toBe(409);
    expect((await colleague.post(`/api/tasks/${decide.userTaskKey}/unclaim`)).status).toBe(403);
    expect((await colleague.post(`/api/tasks/${decide.userTaskKey}/complete`, { variables: { decision: 'x' } })).status).toBe(403);
    expect((await officer.post(`/api/tasks/${decide.userTaskKey}/unclaim`)).status).toBe(204);
    expect((await colleague.post(`/api/tasks/${decide.userTaskKey}/claim`)).status).toBe(204);
    expect((await colleague.post(`/api/tasks/${decide.userTaskKey}/complete`, { variables: { decision: 'granted' } })).status).toBe(204);
    await eventually(async () => ((await colleague.get(`/api/tasks/${decide.userTaskKey}`)).body.task?.state === 'COMPLETED' ? true : undefined));
  });

  it('lists own and own-group tasks with days left on the legal calendar', async () => {
    const caseKey = await startCase(officer);
    const decide = await taskOf(officer, caseKey, 'Task_Decide');
    expect(decide).toMatchObject({ candidateGroups: ['officers'], dueDate: expect.any(String), daysLeft: expect.objectContaining({ calendarDays: expect.any(Number), workingDays: expect.any(Number) }) });
    const unassigned = await officer.get('/api/tasks?scope=unassigned&limit=500');
    expect(unassigned.body.items.every((t: { assignee: string | null }) => t.assignee === null)).toBe(true);
    const mine = await officer.get('/api/tasks?scope=mine');
    expect(mine.body.items.every((t: { assignee: string | null }) => t.assignee === 'demo.officer')).toBe(true);
  });
});
