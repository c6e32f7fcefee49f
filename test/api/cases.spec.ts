/**
 * Starting cases from the task list: `GET /api/cases/startable` (procedures with their start forms) and
 * `POST /api/cases` with what a start form submits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiServer, Client, signIn, startApiServer } from './support/api-server';
import { deployFixtures, eventually, resource } from './support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const repositoryFiles = (dir: string, ext: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(ROOT, dir, name), 'utf8') }));

const PROCEDURES = ['international-protection-application', 'accelerated-procedure', 'inadmissibility-assessment', 'victim-support', 'voluntary-return', 'removal'];

/** Synthetic: invented names, a case number no authority issues. */
const APPLICATION = {
  applicationNumber: 'XX-2026-900001',
  applicationDate: '2026-05-04',
  province: 'Deneme İli',
  applicant: { fullName: 'Sentetik Başvurucu Nilüfer Örnekova', nationality: 'Sentetikistan', language: 'ar' },
  representative: { kind: 'lawyer', fullName: 'Av. Deneme Temsilci' },
};

interface Startable {
  processDefinitionId: string;
  name: string;
  processDefinitionKey: string;
  version: number;
  contract: boolean;
  formId: string | null;
  schema: { id: string } | null;
}

describe('starting cases (officer)', () => {
  let server: ApiServer;
  let analyst: Client;
  let officer: Client;
  let manager: Client;

  beforeAll(async () => {
    server = await startApiServer();
    [analyst, officer, manager] = await Promise.all(['demo.analyst', 'demo.officer', 'demo.manager'].map((u) => signIn(server, u)));
    // The test server starts empty: the procedures and their forms (start forms included) are deployed as an analyst would.
    const deployed = await analyst.post('/api/deployments', { resources: [...repositoryFiles('forms', '.form'), ...repositoryFiles('processes', '.bpmn')] });
    if (deployed.status !== 201) throw new Error(`deploy failed: ${deployed.status} ${JSON.stringify(deployed.body)}`);
    await deployFixtures(analyst);
    const extra = await analyst.post('/api/deployments', { resources: [resource('api-test-start-form.form'), resource('api-test-start-form.bpmn')] });
    if (extra.status !== 201) throw new Error(`deploy failed: ${extra.status} ${JSON.stringify(extra.body)}`);
  });
  afterAll(async () => {
    await server?.close();
  });

  const instanceCount = async (processDefinitionId: string) => (await manager.get(`/api/monitor/instances?processDefinitionId=${processDefinitionId}&limit=1`)).body.page.totalItems as number;

  it('lists the six procedures with their start forms first, then processes whose start event links a form', async () => {
    const r = await officer.get('/api/cases/startable');
    expect(r.status).toBe(200);
    const items = r.body.items as Startable[];
    expect(items.map((i) => i.processDefinitionId)).toEqual([...PROCEDURES, 'api-test-start-form']);
    for (const item of items.slice(0, PROCEDURES.length)) {
      expect(item).toMatchObject({ contract: true, formId: `start-${item.processDefinitionId}`, version: 1, name: expect.any(String), processDefinitionKey: expect.any(String) });
      expect(item.schema?.id).toBe(`start-${item.processDefinitionId}`);
    }
    expect(items[PROCEDURES.length]).toMatchObject({ contract: false, formId: 'api-test-start-form', name: 'API test start form', schema: expect.objectContaining({ id: 'api-test-start-form' }) });
    // a process with neither a contract nor a linked start form is not offered
    expect(items.map((i) => i.processDefinitionId)).not.toContain('api-test-case');
  });

  it('is for officers only: analysts and managers get 403, no session 401', async () => {
    expect((await analyst.get('/api/cases/startable')).status).toBe(403);
    expect((await manager.get('/api/cases/startable')).status).toBe(403);
    expect((await new Client(server.url).get('/api/cases/startable')).status).toBe(401);
    expect((await analyst.post('/api/cases', { processDefinitionId: PROCEDURES[0], variables: APPLICATION })).status).toBe(403);
  });

  it('starts a procedure with what its start form submits; the first task reaches the officers', async () => {
    const r = await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: APPLICATION });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ processInstanceKey: expect.any(String), processDefinitionId: 'international-protection-application', version: 1 });
    const task = await eventually(async () => {
      const queue = await officer.get('/api/tasks?processDefinitionId=international-protection-application&limit=500');
      return (queue.body.items as Array<{ processInstanceKey: string; elementId: string }>).find((t) => t.processInstanceKey === r.body.processInstanceKey);
    });
    expect(task.elementId).toBe('Task_Register');
  });

  it('refuses a start without a required variable, names the field, and creates nothing', async () => {
    const before = await instanceCount('victim-support');
    const r = await officer.post('/api/cases', { processDefinitionId: 'victim-support', variables: { caseNumber: 'XX-2026-900002', person: { nationality: 'Sentetikistan' } } });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([expect.objectContaining({ property: 'variables.person.fullName', messages: expect.any(Array) })]);
    expect(await instanceCount('victim-support')).toBe(before);
  });

  it('audits starts with variable names only, never the applicant data', async () => {
    await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: { ...APPLICATION, applicationNumber: 'XX-2026-900003' } });
    const entries = (await manager.get('/api/audit?action=case.start&username=demo.officer&limit=100')).body.items as Array<{ detail: string | null; outcome: string }>;
    expect(entries.some((e) => e.outcome === 'success' && e.detail?.includes('applicant'))).toBe(true);
    expect(entries.some((e) => e.outcome === 'failure')).toBe(true);
    const text = JSON.stringify(entries);
    for (const value of [APPLICATION.applicant.fullName, APPLICATION.applicant.nationality, APPLICATION.representative.fullName, 'XX-2026-900003', APPLICATION.province]) expect(text).not.toContain(value);
  });

  it('starts a process with a linked start form with the variables as given', async () => {
    const before = await instanceCount('api-test-start-form');
    const r = await officer.post('/api/cases', { processDefinitionId: 'api-test-start-form', variables: { subject: 'Deneme konusu' } });
    expect(r.status).toBe(201);
    expect(await instanceCount('api-test-start-form')).toBe(before + 1);
  });
});
