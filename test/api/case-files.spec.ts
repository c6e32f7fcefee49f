/**
 * Cases by who they are about: `GET /api/cases?q=` (application number, name, nationality, date of birth;
 * Turkish-aware case-insensitive), `GET /api/cases/{applicationNumber}` (the whole story), task cards with the
 * case identity, role checks and audit; implausible dates refused at the API with the field named.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiServer, Client, signIn, startApiServer } from './support/api-server';
import { eventually } from './support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const repositoryFiles = (dir: string, ext: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .map((name) => ({ name, content: fs.readFileSync(path.join(ROOT, dir, name), 'utf8') }));

/** Synthetic people; the numbers are of no authority. */
const IPA = {
  applicationNumber: 'XX-2026-910001',
  applicationDate: '2026-05-04',
  applicant: { fullName: 'Işıl Örnekoğlu Sentetik', nationality: 'Sentetikistan', dateOfBirth: '1990-03-04' },
};
const VICTIM = { caseNumber: 'XX-2026-910002', person: { fullName: 'Zeynep İnce Deneme', nationality: 'Örnekistan' } };

describe('cases by identity', () => {
  let server: ApiServer;
  let analyst: Client;
  let officer: Client;
  let supervisor: Client;
  let manager: Client;
  let ipaKey: string;

  beforeAll(async () => {
    server = await startApiServer();
    [analyst, officer, supervisor, manager] = await Promise.all(['demo.analyst', 'demo.officer', 'demo.supervisor', 'demo.manager'].map((u) => signIn(server, u)));
    const deployed = await analyst.post('/api/deployments', { resources: [...repositoryFiles('forms', '.form'), ...repositoryFiles('processes', '.bpmn')] });
    if (deployed.status !== 201) throw new Error(`deploy failed: ${deployed.status} ${JSON.stringify(deployed.body)}`);
    const a = await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: IPA });
    const b = await officer.post('/api/cases', { processDefinitionId: 'victim-support', variables: VICTIM });
    if (a.status !== 201 || b.status !== 201) throw new Error(`start failed: ${a.status} ${b.status} ${JSON.stringify([a.body, b.body])}`);
    ipaKey = a.body.processInstanceKey;
  });
  afterAll(async () => {
    await server?.close();
  });

  const numbers = async (client: Client, q: string): Promise<string[]> => {
    const r = await client.get(`/api/cases?q=${encodeURIComponent(q)}`);
    expect(r.status).toBe(200);
    return (r.body.items as Array<{ identity: { applicationNumber: string } }>).map((i) => i.identity.applicationNumber).sort();
  };

  it('finds a case by number, by name in any Turkish casing (İ/i, I/ı), by nationality and by date of birth', async () => {
    expect(await numbers(officer, 'XX-2026-910001')).toEqual(['XX-2026-910001']);
    expect(await numbers(officer, 'ışıl')).toEqual(['XX-2026-910001']);
    expect(await numbers(officer, 'IŞIL ÖRNEKOĞLU')).toEqual(['XX-2026-910001']);
    expect(await numbers(officer, 'işil')).toEqual(['XX-2026-910001']);
    expect(await numbers(officer, 'ince')).toEqual(['XX-2026-910002']);
    expect(await numbers(officer, 'İNCE')).toEqual(['XX-2026-910002']);
    expect(await numbers(manager, 'örnekistan')).toEqual(['XX-2026-910002']);
    expect(await numbers(officer, '04.03.1990')).toEqual(['XX-2026-910001']);
    expect(await numbers(officer, 'nobody-by-this-name')).toEqual([]);
  });

  it('shows the case page: identity, instances, timeline and open tasks; the audit trail only to managers and supervisors', async () => {
    const r = await eventually(async () => {
      const page = await officer.get('/api/cases/XX-2026-910001');
      return page.body?.openTasks?.length ? page : undefined;
    });
    expect(r.status).toBe(200);
    expect(r.body.identity).toEqual({ applicationNumber: 'XX-2026-910001', fullName: IPA.applicant.fullName, nationality: 'Sentetikistan', dateOfBirth: '1990-03-04' });
    expect(r.body.instances).toEqual([expect.objectContaining({ processInstanceKey: ipaKey, processDefinitionId: 'international-protection-application', state: 'ACTIVE' })]);
    expect(r.body.timeline.map((e: { elementId: string }) => e.elementId)).toEqual(expect.arrayContaining(['Start_ApplicationLodged', 'Task_Register']));
    expect(r.body.openTasks).toEqual([expect.objectContaining({ elementId: 'Task_Register', processInstanceKey: ipaKey })]);
    expect(r.body.audit).toBeNull();
    const asSupervisor = await supervisor.get('/api/cases/XX-2026-910001');
    expect(asSupervisor.body.audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'case.start' })]));
    const asManager = await manager.get('/api/cases/XX-2026-910001');
    expect(asManager.body.audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'case.read', username: 'demo.officer' })]));
  });

  it('refuses analysts and callers without a session; unknown numbers are 404, malformed ones 400', async () => {
    expect((await analyst.get('/api/cases?q=isil')).status).toBe(403);
    expect((await analyst.get('/api/cases/XX-2026-910001')).status).toBe(403);
    expect((await new Client(server.url).get('/api/cases?q=isil')).status).toBe(401);
    expect((await officer.get('/api/cases/XX-2026-999999')).status).toBe(404);
    expect((await officer.get('/api/cases/not%20a%20number')).status).toBe(400);
    expect((await officer.get('/api/cases?q=x')).status).toBe(400);
  });

  it('audits searches and reads without the query or the applicant data', async () => {
    const entries = (await manager.get('/api/audit?limit=500')).body.items as Array<{ action: string; username: string; detail: string | null; outcome: string }>;
    const searches = entries.filter((e) => e.action === 'case.search' && e.username === 'demo.officer');
    expect(searches.length).toBe(8); // the eight searches above; the malformed one never reached the handler
    const text = JSON.stringify(entries);
    for (const value of ['ışıl', 'IŞIL', 'ince', 'İNCE', '04.03.1990', IPA.applicant.fullName, VICTIM.person.fullName, 'Örnekistan']) expect(text).not.toContain(value);
  });

  it('puts the case identity on task cards', async () => {
    const task = await eventually(async () => {
      const q = await officer.get('/api/tasks?processDefinitionId=international-protection-application&limit=500');
      return (q.body.items as Array<{ processInstanceKey: string; case: unknown }>).find((t) => t.processInstanceKey === ipaKey);
    });
    expect(task.case).toEqual({ applicationNumber: 'XX-2026-910001', fullName: IPA.applicant.fullName, nationality: 'Sentetikistan', dateOfBirth: '1990-03-04' });
  });

  it('refuses implausible dates, naming the field: a future application date, a birth date 120 years ago', async () => {
    const future = await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: { ...IPA, applicationNumber: 'XX-2026-910003', applicationDate: '2999-01-01' } });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ property: 'variables.applicationDate', messages: [expect.stringMatching(/^applicationDate must not be in the future/)] }]);
    const old = await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: { ...IPA, applicationNumber: 'XX-2026-910004', applicant: { ...IPA.applicant, dateOfBirth: '1800-01-01' } } });
    expect(old.status).toBe(400);
    expect(old.body.errors).toEqual([{ property: 'variables.applicant.dateOfBirth', messages: [expect.stringMatching(/^dateOfBirth must be after/)] }]);
    const early = await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: { ...IPA, applicationNumber: 'XX-2026-910005', applicationDate: '2014-04-10' } });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].property).toBe('variables.applicationDate');
    expect((await officer.get('/api/cases/XX-2026-910003')).status).toBe(404);
  });

  it('refuses a future date on task completion too, and leaves the task open', async () => {
    const task = await eventually(async () => {
      const q = await officer.get('/api/tasks?processDefinitionId=international-protection-application&limit=500');
      return (q.body.items as Array<{ processInstanceKey: string; userTaskKey: string }>).find((t) => t.processInstanceKey === ipaKey);
    });
    expect((await officer.post(`/api/tasks/${task.userTaskKey}/claim`)).status).toBe(204);
    const r = await officer.post(`/api/tasks/${task.userTaskKey}/complete`, { variables: { registrationDate: '2999-12-31', travelRoute: 'Deneme güzergâhı' } });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ property: 'variables.registrationDate', messages: [expect.stringContaining('future')] }]);
    expect((await officer.get(`/api/tasks/${task.userTaskKey}`)).body.task.state).toBe('CREATED');
  });
});
