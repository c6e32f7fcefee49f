import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { T0 } from './support/helpers';
import { Scenario } from './support/scenario';

describe('clock (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.deploy('script-task.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('pins the clock: new instances start at the pinned instant', async () => {
    // when
    await rt.api.pinClock({ timestamp: T0 });
    const pik = await s.start('conf-script-task', { fees: [] });

    // then
    expect((await s.instance(pik)).startDate).toBe(new Date(T0).toISOString());
  });

  it('resets the clock to real time', async () => {
    // given
    await rt.api.pinClock({ timestamp: T0 });
    const before = Date.now();

    // when
    await rt.api.resetClock();
    const pik = await s.start('conf-script-task', { fees: [] });

    // then
    const started = Date.parse((await s.instance(pik)).startDate);
    expect(started).toBeGreaterThanOrEqual(before);
    expect(started).toBeLessThanOrEqual(Date.now());
  });
});
