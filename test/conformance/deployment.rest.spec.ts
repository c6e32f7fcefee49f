import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { fixture, NOW } from './support/helpers';
import { processId, Scenario } from './support/scenario';

describe('topology and deployment (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('reports a healthy topology', async () => {
    // when
    const topology = await rt.api.getTopology();

    // then
    expect(topology.brokers.length).toBeGreaterThanOrEqual(1);
    expect(topology.brokers[0].partitions[0].health).toBe('healthy');
    expect(topology.gatewayVersion).toMatch(/^8\.\d+/);
  });

  it('deploys a process and a form in one deployment', async () => {
    // when
    const deployment = await s.deploy('user-task.bpmn', 'conf-review.form');

    // then
    expect(deployment.deploymentKey).toMatch(/^\d+$/);
    expect(deployment.processes).toEqual([
      expect.objectContaining({ processDefinitionId: 'conf-user-task', processDefinitionVersion: expect.any(Number), resourceName: 'user-task.bpmn' }),
    ]);
    expect(deployment.forms).toEqual([expect.objectContaining({ formId: 'conf-review-form', resourceName: 'conf-review.form' })]);
  });

  it('versions a process on each changed deployment and finds the latest', async () => {
    // given
    const first = await s.deploy('service-task.bpmn');
    const changed = new File([
      (await import('node:fs')).readFileSync(fixture('service-task.bpmn'), 'utf8').replace('name="Work"', 'name="Work v2"'),
    ], 'service-task.bpmn');

    // when
    const second = await rt.api.createDeployment({ resources: [changed] });

    // then
    expect(second.processes[0].processDefinitionVersion).toBe(first.processes[0].processDefinitionVersion + 1);
    const latest = await rt.api.searchProcessDefinitions({ filter: { processDefinitionId: 'conf-service-task', isLatestVersion: true } }, NOW);
    expect(latest.items).toHaveLength(1);
    expect(latest.items?.[0].processDefinitionKey).toBe(second.processes[0].processDefinitionKey);
    expect(Number(latest.page.totalItems)).toBe(1);
  });

  it('returns the deployed XML, and the definition by key', async () => {
    // given
    const deployment = await s.deploy('script-task.bpmn');
    const processDefinitionKey = deployment.processes[0].processDefinitionKey;

    // when
    const xml = await rt.api.getProcessDefinitionXml({ processDefinitionKey }, NOW);
    const definition = await rt.api.getProcessDefinition({ processDefinitionKey }, NOW);

    // then
    expect(String(xml)).toContain('id="conf-script-task"');
    expect(definition).toEqual(expect.objectContaining({ processDefinitionId: 'conf-script-task', resourceName: 'script-task.bpmn', hasStartForm: false }));
  });

  it('returns the start form of a process definition', async () => {
    // given
    const deployment = await s.deploy('conf-review.form', 'start-form.bpmn');
    const processDefinitionKey = deployment.processes[0].processDefinitionKey;

    // when
    const form = await rt.api.getStartProcessForm({ processDefinitionKey }, NOW);

    // then
    expect(form).toEqual(expect.objectContaining({ formId: 'conf-review-form' }));
    expect((await rt.api.getProcessDefinition({ processDefinitionKey }, NOW)).hasStartForm).toBe(true);
  });

  it('pages process definitions with offsets and cursors', async () => {
    // given
    await s.deploy('timer-duration.bpmn', 'timer-years.bpmn', 'timer-date.bpmn');
    // $in + latest keeps the count exact on a shared cluster too; $like is exercised below.
    const filter = { processDefinitionId: { $in: ['conf-timer-date', 'conf-timer-duration', 'conf-timer-years'] }, isLatestVersion: true };

    // when
    const first = await rt.api.searchProcessDefinitions({ filter, sort: [{ field: 'processDefinitionId', order: 'ASC' }], page: { from: 0, limit: 2 } }, NOW);
    const next = await rt.api.searchProcessDefinitions({ filter, sort: [{ field: 'processDefinitionId', order: 'ASC' }], page: { after: first.page.endCursor!, limit: 2 } }, NOW);

    // then
    expect(Number(first.page.totalItems)).toBe(3);
    expect(first.items?.map((d) => d.processDefinitionId)).toEqual(['conf-timer-date', 'conf-timer-duration']);
    expect(next.items?.map((d) => d.processDefinitionId)).toEqual(['conf-timer-years']);
    const liked = await rt.api.searchProcessDefinitions({ filter: { processDefinitionId: { $like: 'conf-timer-d*' }, isLatestVersion: true } }, NOW);
    expect(liked.items?.map((d) => d.processDefinitionId).sort()).toEqual(['conf-timer-date', 'conf-timer-duration']);
  });

  it('follows sequence flows given only by sourceRef/targetRef (no <incoming>/<outgoing> children), as Zeebe does', async () => {
    // given: a hand-written diagram without the modeler's redundant incoming/outgoing elements
    await s.deploy('service-task-minimal.bpmn');

    // when
    const pik = await s.start('conf-service-task-minimal');

    // then
    const job = await s.job('conf-work-minimal');
    expect(job.elementId).toBe('Work');
  });

  it('starts an instance by key and by id with a version', async () => {
    // given
    const deployment = await s.deploy('script-task.bpmn');
    const { processDefinitionKey, processDefinitionVersion } = deployment.processes[0];

    // when
    const byKey = await rt.api.createProcessInstance({ processDefinitionKey, variables: { fees: [1] } });
    const byIdAndVersion = await rt.api.createProcessInstance({ processDefinitionId: processId('conf-script-task'), processDefinitionVersion, variables: { fees: [1] } });

    // then
    expect(byKey.processDefinitionKey).toBe(processDefinitionKey);
    expect(byIdAndVersion.processDefinitionVersion).toBe(processDefinitionVersion);
    expect(byKey.processInstanceKey).toMatch(/^\d+$/);
  });
});
