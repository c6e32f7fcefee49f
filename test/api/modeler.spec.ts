import { ApiServer, Client, serverModule, signIn, startApiServer } from './support/api-server';
import { resource } from './support/fixtures';
import { withVersionTag } from '../support/version-tag';

describe('analyst endpoints: lint, deploy, definitions, forms', () => {
  let server: ApiServer;
  let analyst: Client;

  beforeAll(async () => {
    server = await startApiServer();
    analyst = await signIn(server, 'demo.analyst');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lints for Camunda 8.8 and names the element of each error', async () => {
    const r = await analyst.post('/api/deployments/lint', { resources: [resource('api-test-broken.bpmn'), resource('api-test-case.bpmn'), resource('api-test-form.form')] });
    expect(r.status).toBe(200);
    expect(r.body.errors).toEqual([expect.objectContaining({ resource: 'api-test-broken.bpmn', elementId: 'Task_NoJobType', category: 'error', rule: expect.stringContaining('camunda-compat/') })]);
  });

  it('refuses a deployment with lint errors (422 with the messages) and deploys nothing', async () => {
    const r = await analyst.post('/api/deployments', { resources: [resource('api-test-broken.bpmn'), resource('api-test-case.bpmn'), resource('api-test-form.form')] });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.lint).toEqual([expect.objectContaining({ elementId: 'Task_NoJobType' })]);
    const defs = await analyst.get('/api/process-definitions');
    expect(defs.body.items.map((d: { processDefinitionId: string }) => d.processDefinitionId)).not.toContain('api-test-case');
  });

  it('refuses unreadable XML and forms without an id', async () => {
    const r = await analyst.post('/api/deployments', { resources: [{ name: 'x.bpmn', content: 'not xml' }, { name: 'f.form', content: '{"components":[]}' }] });
    expect(r.status).toBe(422);
    expect(r.body.lint.map((m: { resource: string }) => m.resource).sort()).toEqual(['f.form', 'x.bpmn']);
  });

  it('validates resource names (400)', async () => {
    expect((await analyst.post('/api/deployments', { resources: [{ name: '../etc/passwd', content: 'x' }] })).status).toBe(400);
    expect((await analyst.post('/api/deployments', { resources: [] })).status).toBe(400);
  });

  it('deploys BPMN and forms, lists versions newest first, returns XML and forms', async () => {
    const first = await analyst.post('/api/deployments', { resources: [resource('api-test-case.bpmn'), resource('api-test-form.form')] });
    expect(first.status).toBe(201);
    expect(first.body.processes).toEqual([expect.objectContaining({ processDefinitionId: 'api-test-case', version: 1 })]);
    expect(first.body.forms).toEqual([expect.objectContaining({ formId: 'api-test-form', formKey: expect.any(String) })]);

    const changed = resource('api-test-case.bpmn');
    changed.content = withVersionTag([{ ...changed, content: changed.content.replace('name="API test case"', 'name="API test case v2"') }], 'v2')[0].content;
    // a new version of a live process: asked for, approved by a second person (test/api/analyst-workbench.spec.ts)
    expect((await analyst.post('/api/deployments', { resources: [changed] })).status).toBe(409);
    const req = await analyst.post('/api/deployment-requests', { resources: [changed], versionTag: 'v2', note: 'new name' });
    expect(req.status).toBe(201);
    const manager = await signIn(server, 'demo.manager');
    expect((await manager.post(`/api/deployment-requests/${req.body.id}/approve`, {})).status).toBe(200);

    const defs = await analyst.get('/api/process-definitions');
    const def = defs.body.items.find((d: { processDefinitionId: string }) => d.processDefinitionId === 'api-test-case');
    expect(def.latest.version).toBe(2);
    expect(def.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const xml = await analyst.get(`/api/process-definitions/${def.versions[1].processDefinitionKey}/xml`);
    expect(xml.body.xml).toContain('name="API test case"');

    const forms = await analyst.get('/api/forms');
    expect(forms.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ formId: 'api-test-form', source: 'deployed' })]));
    const form = await analyst.get('/api/forms/api-test-form');
    expect(form.body.schema.components[0].key).toBe('decision');
    expect((await analyst.get('/api/forms/no-such-form')).status).toBe(404);
  });

  it('passes runtime errors on as problem details', async () => {
    const r = await analyst.get('/api/process-definitions/9999999999/xml');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('talks to the embedded runtime through @camunda8/sdk at this server’s own URL, responses validated strictly', () => {
    const provider = server.app.get<{ api: { getConfig(): { restAddress: string; validation: { res: string } } } }>(serverModule('src/runtime/camunda-client.ts').CamundaClientProvider);
    const config = provider.api.getConfig();
    expect(config.restAddress).toContain(server.url);
    expect(config.validation.res).toBe('strict');
  });
});
