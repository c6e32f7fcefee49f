/**
 * A task completed through the UI API records what its form asks for and nothing else: the facts recorded at
 * registration, which the decision guards re-run the rules on, cannot be rewritten from a later task, and no
 * form can set a rule's finding. Real server, real job workers, the repository's procedures and forms.
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

/** A synthetic applicant; the number is of no authority. */
const IPA = { applicationNumber: 'XX-2026-920001', applicationDate: '2026-05-04', applicant: { fullName: 'Deniz Sentetik Örnek', nationality: 'Sentetikistan', dateOfBirth: '1991-02-03' } };

describe('completion bound to the task form', () => {
  let server: ApiServer;
  let officer: Client;
  let caseKey: string;

  beforeAll(async () => {
    server = await startApiServer({}, { workers: true });
    const analyst = await signIn(server, 'demo.analyst');
    officer = await signIn(server, 'demo.officer');
    const resources = [...repositoryFiles('forms', '.form'), ...repositoryFiles('processes', '.bpmn'), ...repositoryFiles('processes/decisions', '.dmn')];
    const deployed = await analyst.post('/api/deployments', { resources });
    if (deployed.status !== 201) throw new Error(`deploy failed: ${deployed.status} ${JSON.stringify(deployed.body)}`);
    const started = await officer.post('/api/cases', { processDefinitionId: 'international-protection-application', variables: IPA });
    if (started.status !== 201) throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`);
    caseKey = started.body.processInstanceKey;
  });
  afterAll(async () => {
    await server?.close();
  });

  const claimed = async (elementId: string): Promise<string> => {
    const task = await eventually(async () => {
      const q = await officer.get('/api/tasks?processDefinitionId=international-protection-application&limit=500');
      return (q.body.items as Array<{ processInstanceKey: string; userTaskKey: string; elementId: string }>).find((t) => t.processInstanceKey === caseKey && t.elementId === elementId);
    });
    expect((await officer.post(`/api/tasks/${task.userTaskKey}/claim`)).status).toBe(204);
    return task.userTaskKey;
  };
  const registration = { registrationDate: '2026-05-04', travelRoute: 'Kara yolu, sentetik güzergâh' };

  it('refuses a finding and a fact the form does not have, naming each, and leaves the task open', async () => {
    const key = await claimed('Task_Register');
    const r = await officer.post(`/api/tasks/${key}/complete`, { variables: { ...registration, facts: { misledAuthorities: true, inventedFact: true }, acceleratedApplies: true } });
    expect(r.status).toBe(400);
    expect(r.body.detail).toBe("Variables not on the task's form");
    expect(r.body.errors.map((e: { property: string }) => e.property).sort()).toEqual(['variables.acceleratedApplies', 'variables.facts.inventedFact']);
    expect((await officer.get(`/api/tasks/${key}`)).body.task.state).toBe('CREATED');
    expect((await officer.post(`/api/tasks/${key}/complete`, { variables: { ...registration, facts: { misledAuthorities: true } } })).status).toBe(204);
  });

  it('keeps the registration\'s facts: the routing task cannot rewrite them', async () => {
    const key = await claimed('Task_Route');
    const r = await officer.post(`/api/tasks/${key}/complete`, { variables: { route: 'regular', routeReason: 'Olağan usul, sentetik gerekçe.', facts: { misledAuthorities: false } } });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ property: 'variables.facts', messages: [expect.stringContaining('form')] }]);
    const detail = await officer.get(`/api/tasks/${key}`);
    expect(detail.body.task.state).toBe('CREATED');
    expect(detail.body.variables.facts.misledAuthorities).toBe(true);
    expect((await officer.post(`/api/tasks/${key}/complete`, { variables: { route: 'regular', routeReason: 'Olağan usul, sentetik gerekçe.' } })).status).toBe(204);
  });
});
