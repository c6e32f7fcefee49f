import { OrchestrationLifters } from '@camunda8/sdk';
import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { DAY, rejection, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

/** Operate's instance operations through the SDK: modification (move a token) and migration (timer kept). */
describe('process instance modification and migration (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  let now = T0;
  const pin = async (ms: number) => {
    now = ms;
    await s.pinClock(now);
  };

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await pin(T0);
    await s.deploy('modification.bpmn', 'migration-v1.bpmn');
  });
  afterAll(async () => {
    await rt?.stop();
  });

  it('moves a token from a waiting service task to another element, with a variable', async () => {
    // given
    const pik = await s.start('conf-modification');
    const [review] = await s.elements(pik, { elementId: 'Review', state: 'ACTIVE' });

    // when
    await s.api.modifyProcessInstance({
      processInstanceKey: pik,
      activateInstructions: [{ elementId: OrchestrationLifters.ElementId.assumeExists('Remind'), variableInstructions: [{ variables: { reason: 'moved by conformance' } }] }],
      terminateInstructions: [{ elementInstanceKey: review.elementInstanceKey }],
    });

    // then
    expect(await s.activeElements(pik)).toEqual(['Remind']);
    expect(await s.noJob('conf-modification-review')).toBe(true);
    const job = await s.job('conf-modification-remind');
    expect(job.variables).toMatchObject({ reason: 'moved by conformance' });
    await s.complete(job);
    await s.completed(pik);
  });

  it('refuses an unknown element with 400 and changes nothing', async () => {
    const pik = await s.start('conf-modification');
    const err = await rejection(s.api.modifyProcessInstance({ processInstanceKey: pik, activateInstructions: [{ elementId: OrchestrationLifters.ElementId.assumeExists('Nope') }] }));
    expect(err.status ?? (err as { statusCode?: number }).statusCode).toBe(400);
    expect(await s.activeElements(pik)).toEqual(['Review']);
  });

  it('migrates a waiting instance to version 2; its boundary timer fires once, at the original due time', async () => {
    // given an instance of version 1, its ten-day timer running since T0
    const pik = await s.start('conf-migration');
    await s.elements(pik, { elementId: 'Review', state: 'ACTIVE' });
    await pin(T0 + 2 * DAY);
    const deployed = await s.deploy('migration-v2.bpmn');
    const v2 = deployed.processes[0];
    expect(v2.processDefinitionVersion).toBe(2);

    // when
    await s.api.migrateProcessInstance({
      processInstanceKey: pik,
      targetProcessDefinitionKey: v2.processDefinitionKey,
      mappingInstructions: [{ sourceElementId: OrchestrationLifters.ElementId.assumeExists('Review'), targetElementId: OrchestrationLifters.ElementId.assumeExists('Review') }],
    });

    // then the instance is on version 2
    const instance = await s.instance(pik);
    expect(instance.processDefinitionVersion).toBe(2);
    expect(String(instance.processDefinitionKey)).toBe(String(v2.processDefinitionKey));

    // and the job waiting at Review is the same job, now on version 2
    const review = await s.job('conf-migration-review');
    expect(review.processDefinitionVersion).toBe(2);
    expect(String(review.processDefinitionKey)).toBe(String(v2.processDefinitionKey));

    // and the timer did not restart: it fires at T0 + 10 days, once, into version 2's path
    await pin(T0 + 10 * DAY - 1000);
    expect(await s.noJob('conf-migration-remind-v2')).toBe(true);
    await pin(T0 + 10 * DAY);
    const remind = await s.job('conf-migration-remind-v2');
    expect(remind.processInstanceKey).toBe(pik);
    await s.complete(remind);
    await s.completed(pik);
    await pin(T0 + 40 * DAY);
    expect(await s.noJob('conf-migration-remind-v2')).toBe(true);
    expect(await s.noJob('conf-migration-remind-v1')).toBe(true);
  });
});
