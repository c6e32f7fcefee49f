import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { Scenario } from './support/scenario';

/**
 * Compensation as Camunda 8 (8.5+) executes it (docs: "Compensation events"): a compensation end event
 * invokes the handlers of the completed activities of its scope, one per completed instance of a
 * multi-instance activity, and completes once they all completed.
 */
describe('compensation (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.deploy('compensation.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('a compensation end event runs every handler of the completed activities, then the instance completes', async () => {
    // given
    const pik = await s.start('conf-compensation', { parties: ['lawyer', 'unhcr'] });
    await s.complete(await s.job('conf-comp-reserve'), { slot: 'S-1' });
    for (const job of await s.jobs('conf-comp-notify', 2)) await s.complete(job);

    // when
    const release = await s.job('conf-comp-release');
    const retracts = await s.jobs('conf-comp-retract', 2);

    // then: each handler saw what it needs; the end event waits for all of them
    expect(release.variables).toEqual(expect.objectContaining({ slot: 'S-1' }));
    expect(retracts.map((j) => j.variables.party).sort()).toEqual(['lawyer', 'unhcr']);
    expect(await s.activeElements(pik)).toContain('Withdrawn');
    await s.complete(release);
    for (const job of retracts) await s.complete(job);
    await s.completed(pik);
  });
});
