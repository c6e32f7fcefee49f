import { ApiServer, Client, signIn, startApiServer } from './support/api-server';

describe('request validation (problem details)', () => {
  let server: ApiServer;
  let officer: Client;
  let manager: Client;

  beforeAll(async () => {
    server = await startApiServer();
    [officer, manager] = await Promise.all([signIn(server, 'demo.officer'), signIn(server, 'demo.manager')]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('validates start variables of a procedure with its contract (processes/contracts)', async () => {
    const r = await officer.post('/api/cases', { processDefinitionId: 'victim-support', variables: { caseNumber: 'lowercase-not-allowed', unexpected: true } });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const properties = r.body.errors.map((e: { property: string }) => e.property);
    expect(properties).toEqual(expect.arrayContaining(['variables.caseNumber', 'variables.unexpected']));
  });

  it('refuses unknown body properties and bad query values', async () => {
    const r = await officer.post('/api/cases', { processDefinitionId: 'victim-support', variables: {}, extra: 1 });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ property: 'extra' })]));
    expect((await officer.get('/api/tasks?state=DONE')).status).toBe(400);
    expect((await officer.get('/api/tasks?limit=100000')).status).toBe(400);
    expect((await manager.get('/api/audit?from=yesterday')).status).toBe(400);
  });

  it('does not let a manager lock themselves out', async () => {
    expect((await manager.patch('/api/users/demo.manager', { active: false })).status).toBe(409);
    expect((await manager.patch('/api/users/demo.manager', { roles: ['officer'] })).status).toBe(409);
    expect((await manager.patch('/api/users/nobody.here', { displayName: 'x' })).status).toBe(404);
  });

  it('publishes the OpenAPI document of /api only (not the runtime /v2), and Swagger UI', async () => {
    const doc = (await new Client(server.url).get('/api/docs-json')).body;
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/auth/login', '/api/tasks/{userTaskKey}/complete', '/api/monitor/deadlines', '/api/audit']));
    expect(paths.every((p) => p.startsWith('/api/'))).toBe(true);
    const ui = await new Client(server.url).get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toContain('text/html');
  });
});

describe('cross-site writes', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a write from another origin even with a valid session, and non-JSON writes', async () => {
    const officer = await signIn(server, 'demo.officer');
    const evil = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: officer.cookie!, origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(evil.status).toBe(403);
    const form = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: officer.cookie!, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(403);
    expect((await officer.get('/api/auth/me')).status).toBe(200);
    const sameOrigin = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: officer.cookie!, origin: server.url, 'content-type': 'application/json' }, body: '{}' });
    expect(sameOrigin.status).toBe(204);
  });
});
