import * as fs from 'node:fs';
import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { fixture, rejection, T0 } from './support/helpers';
import { processId, Scenario } from './support/scenario';

/** Every refusal is a 4xx problem that names what is wrong, and the server keeps serving. */
describe('bad input (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(T0);
    await s.deploy('service-task.bpmn');
  });

  afterEach(async () => {
    // then (always): the server still answers
    expect((await rt.api.getTopology()).brokers.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await rt?.stop();
  });

  const deployBad = (name: string) => rejection(s.deploy(`bad/${name}`));

  it('refuses malformed XML', async () => {
    // when
    const error = await deployBad('malformed.bpmn');

    // then
    expect(error.status).toBe(400);
    expect(error.title).toBe('INVALID_ARGUMENT');
    expect(error.detail).toMatch(/malformed\.bpmn/);
  });

  it('refuses XML with a DOCTYPE and never expands its entities', async () => {
    // when
    const error = await deployBad('doctype-entity.bpmn');

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toMatch(/DOCTYPE|entit/i);
    expect(error.detail).not.toMatch(/root:/);
  });

  it('refuses an unsupported element and names it', async () => {
    // when
    const error = await deployBad('unsupported-element.bpmn');

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('Complex');
  });

  it('refuses a FEEL syntax error in a condition and names the flow', async () => {
    // when
    const error = await deployBad('feel-syntax-error.bpmn');

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('BadCondition');
  });

  it('refuses a service task without a job type and names it', async () => {
    // when
    const error = await deployBad('missing-job-type.bpmn');

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('NoType');
  });

  it('refuses an oversized upload with 413', async () => {
    // given: more than the 4 MiB a resource may have
    const xml = fs.readFileSync(fixture('service-task.bpmn'), 'utf8').replace('</bpmn:definitions>', `<!-- ${'x'.repeat(5 * 1024 * 1024)} -->\n</bpmn:definitions>`);

    // when
    const error = await rejection(rt.api.createDeployment({ resources: [new File([xml], 'huge.bpmn')] }));

    // then
    expect(error.status).toBe(413);
    expect(error.detail).toMatch(/too large/i);
  });

  it('refuses a deployment of an unknown resource type', async () => {
    // when
    const error = await rejection(rt.api.createDeployment({ resources: [new File(['hello'], 'notes.txt')] }));

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('notes.txt');
  });

  it('refuses variables that are not an object', async () => {
    // when
    const error = await rejection(rt.api.createProcessInstance({ processDefinitionId: processId('conf-service-task'), variables: ['not', 'an', 'object'] as never }));

    // then
    expect(error.status).toBe(400);
    expect(error.title).toBe('INVALID_ARGUMENT');
    expect(error.detail).toContain('variables');
  });

  it('refuses retries that are not a number', async () => {
    // given
    await s.start('conf-service-task');
    const job = await s.job('conf-work');

    // when
    const error = await rejection(rt.api.failJob({ jobKey: job.jobKey, retries: 'three' as never }));

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('retries');
  });

  it('refuses a job activation without a type or with a non-numeric maxJobsToActivate', async () => {
    // when
    const error = await rejection(rt.api.activateJobs({ type: 'conf-work', maxJobsToActivate: 'many' as never, timeout: 1000 }));

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('maxJobsToActivate');
  });

  it('refuses a process instance for an unknown process id with 404', async () => {
    // when
    const error = await rejection(rt.api.createProcessInstance({ processDefinitionId: processId('conf-does-not-exist') }));

    // then
    expect(error.status).toBe(404);
    expect(error.title).toBe('NOT_FOUND');
  });

  it('refuses an unknown search filter field and an unknown sort field, naming them', async () => {
    // when
    const badFilter = await rejection(rt.api.searchProcessInstances({ filter: { colour: 'red' } as never }, { consistency: { waitUpToMs: 0 } }));
    const badSort = await rejection(rt.api.searchProcessInstances({ sort: [{ field: 'colour' as never }] }, { consistency: { waitUpToMs: 0 } }));

    // then
    expect(badFilter.status).toBe(400);
    expect(badFilter.detail).toContain('colour');
    expect(badSort.status).toBe(400);
    expect(badSort.detail).toContain('colour');
  });

  it('refuses a message publication with a non-numeric time to live', async () => {
    // when
    const error = await rejection(rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'x', timeToLive: 'soon' as never }));

    // then
    expect(error.status).toBe(400);
    expect(error.detail).toContain('timeToLive');
  });
});
