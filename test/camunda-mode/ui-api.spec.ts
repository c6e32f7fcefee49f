import { basicAuthorization, sdkBasicAuth } from '../../src/runtime/runtime-credential';
import { ApiServer, Client, signIn, startApiServer } from '../api/support/api-server';
import { APPLICANT, deployFixtures, startCase, taskOf } from '../api/support/fixtures';

/**
 * Camunda 8 mode (`YUKK_RUNTIME=camunda`): the UI API keeps no engine of its own and does everything through
 * @camunda8/sdk against the cluster. No Camunda runs here, so the "cluster" is a second yukk-flow server in
 * embedded mode: its /v2 is the API the SDK speaks to Camunda 8. Responses are validated strictly against
 * Camunda's schemas (startApiServer sets CAMUNDA_SDK_VALIDATION=res:strict). Each step is checked on the
 * cluster's own /v2, so the test sees that the work happened there and not in the app server.
 */
describe('Camunda 8 mode: the UI API works on the cluster through the SDK (an embedded server speaking /v2)', () => {
  let cluster: ApiServer;
  let app: ApiServer;
  let analyst: Client;
  let officer: Client;
  let manager: Client;

  /** A raw call to the cluster's /v2, with the cluster's runtime credential. */
  async function onCluster(method: string, path: string, body?: unknown): Promise<any> {
    const r = await fetch(`${cluster.url}/v2${path}`, { method, headers: { authorization: basicAuthorization(cluster.runtimeCredential), ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    expect(r.status).toBe(200);
    return r.json();
  }

  beforeAll(async () => {
    cluster = await startApiServer();
    // the operator's settings for a cluster that takes HTTP Basic
    app = await startApiServer({ ...sdkBasicAuth(cluster.runtimeCredential) }, { externalRestAddress: cluster.url, workers: false, deployAtStart: false });
    [analyst, officer, manager] = await Promise.all(['demo.analyst', 'demo.officer', 'demo.manager'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await cluster?.close();
  });

  it('serves no runtime API of its own', async () => {
    expect((await fetch(`${app.url}/v2/topology`)).status).toBe(404);
  });

  it("deploys the analyst's processes and forms to the cluster", async () => {
    // when
    await deployFixtures(analyst);

    // then
    const defs = await onCluster('POST', '/process-definitions/search', { filter: { processDefinitionId: 'api-test-case' } });
    expect(defs.items).toEqual([expect.objectContaining({ processDefinitionId: 'api-test-case', version: 1 })]);
  });

  it("starts a case, lists, claims and completes the officer's task on the cluster", async () => {
    // given
    const processInstanceKey = await startCase(officer);
    expect(await onCluster('GET', `/process-instances/${processInstanceKey}`)).toMatchObject({ processDefinitionId: 'api-test-case', state: 'ACTIVE' });

    // when: the task list and the task read through the SDK
    const task = await taskOf(officer, processInstanceKey, 'Task_Decide');
    const detail = await officer.get(`/api/tasks/${task.userTaskKey}`);
    expect(detail.status).toBe(200);
    expect(detail.body.form).toMatchObject({ schema: expect.objectContaining({ id: 'api-test-form' }) });
    expect(detail.body.variables).toMatchObject({ applicantName: APPLICANT.applicantName });

    // then: claim and completion are commands on the cluster
    expect((await officer.post(`/api/tasks/${task.userTaskKey}/claim`)).status).toBe(204);
    expect(await onCluster('GET', `/user-tasks/${task.userTaskKey}`)).toMatchObject({ assignee: 'demo.officer', state: 'CREATED' });
    expect((await officer.post(`/api/tasks/${task.userTaskKey}/complete`, { variables: { decision: 'granted' } })).status).toBe(204);
    expect(await onCluster('GET', `/user-tasks/${task.userTaskKey}`)).toMatchObject({ state: 'COMPLETED' });
    const vars = await onCluster('POST', '/variables/search', { filter: { processInstanceKey, name: 'decision' } });
    expect(vars.items.map((v: { value: string }) => JSON.parse(v.value))).toEqual(['granted']);
  });

  it("shows the cluster's instances in the manager's monitor", async () => {
    // given
    const processInstanceKey = await startCase(officer);

    // when
    const r = await manager.get('/api/monitor/instances?processDefinitionId=api-test-case&limit=100');

    // then
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { processInstanceKey: string }) => i.processInstanceKey)).toContain(processInstanceKey);
  });
});
