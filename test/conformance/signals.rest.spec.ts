import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { eventually, rejection, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

/**
 * Signals and link events over REST v2. Each fixture listens to its own signal name, so a broadcast
 * here reaches only the instances of the test that sends it (signal-throw.bpmn is the exception: it
 * throws the names of signal-catch.bpmn and signal-start.bpmn on purpose).
 */
describe('signals and links (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(T0);
    await s.deploy(
      'signal-start.bpmn',
      'signal-catch.bpmn',
      'signal-boundary-interrupting.bpmn',
      'signal-boundary-non-interrupting.bpmn',
      'event-subprocess-signal.bpmn',
      'event-subprocess-signal-non-interrupting.bpmn',
      'signal-throw.bpmn',
      'link-event.bpmn',
    );
  });

  afterAll(async () => {
    await rt?.stop();
  });

  const broadcast = (signalName: string, variables?: Record<string, unknown>) => rt.api.broadcastSignal({ signalName, ...(variables ? { variables } : {}) });

  /** Starts conf-signal-catch and brings it to the signal catch event. */
  async function waitingForRelease(variables: Record<string, unknown> = {}) {
    const pik = await s.start('conf-signal-catch', variables);
    await s.complete(await s.job('conf-before-signal'));
    await eventually(async () => (await s.activeElements(pik)).includes('Released'));
    return pik;
  }

  it('answers a broadcast with the signal key and the tenant', async () => {
    // when
    const result = await broadcast(`conf-nobody-listens-${Date.now()}`, { any: 1 });

    // then
    expect(result.signalKey).toMatch(/^\d+$/);
    expect(result.tenantId).toBe('<default>');
  });

  it('refuses a broadcast without a signal name with 400', async () => {
    // when
    const error = await rejection(rt.api.broadcastSignal({ variables: {} } as never));

    // then
    expect(error.status).toBe(400);
  });

  it('signal start event: a broadcast starts an instance with the signal variables', async () => {
    // when
    await broadcast('conf-rules-changed', { ruleSet: 1 });

    // then
    const job = await s.job('conf-after-signal-start');
    expect(job.variables).toEqual({ ruleSet: 1 });
    await s.complete(job);
    await s.completed(job.processInstanceKey);
  });

  it('intermediate catch event: every waiting instance continues with the signal variables', async () => {
    // given
    const a = await waitingForRelease();
    const b = await waitingForRelease();

    // when
    await broadcast('conf-released', { releasedBy: 'ops' });

    // then
    for (const pik of [a, b]) {
      await s.completed(pik);
      expect((await s.variables(pik)).releasedBy).toBe('ops');
    }
  });

  it('intermediate catch event: a signal is not buffered for an instance that reaches the event later', async () => {
    // given: the instance is still at the task before the catch event
    const pik = await s.start('conf-signal-catch');
    await s.job('conf-before-signal').then(async (job) => {
      // when: the signal comes before the catch event is reached
      await broadcast('conf-released');
      await s.complete(job);
    });

    // then: it waits at the catch event, and the next broadcast releases it
    await eventually(async () => (await s.activeElements(pik)).includes('Released'));
    expect(await s.state(pik)).toBe('ACTIVE');
    await broadcast('conf-released');
    await s.completed(pik);
  });

  it('interrupting boundary event: the task is cancelled and the boundary path taken', async () => {
    // given
    const pik = await s.start('conf-signal-boundary-interrupting');
    await s.job('conf-signal-boundary-interrupting-review');

    // when
    await broadcast('conf-signal-boundary-interrupting-alert', { level: 2 });

    // then
    const handle = await s.job('conf-signal-boundary-interrupting-handle');
    expect(handle.variables.level).toBe(2);
    expect(await s.path(pik, 'TERMINATED')).toEqual(['Review']);
    await s.complete(handle);
    await s.completed(pik);
  });

  it('non-interrupting boundary event: the task stays and each broadcast takes the boundary path', async () => {
    // given
    const pik = await s.start('conf-signal-boundary-non-interrupting');
    const review = await s.job('conf-signal-boundary-non-interrupting-review');

    // when
    await broadcast('conf-signal-boundary-non-interrupting-alert');
    await broadcast('conf-signal-boundary-non-interrupting-alert');

    // then
    const handles = await s.jobs('conf-signal-boundary-non-interrupting-handle', 2);
    expect(await s.activeElements(pik)).toEqual(['Review', 'Handle', 'Handle']);
    for (const job of [...handles, review]) await s.complete(job);
    await s.completed(pik);
  });

  it('interrupting event sub-process: the main flow is cancelled', async () => {
    // given
    const pik = await s.start('conf-event-subprocess-signal');
    await s.job('conf-event-subprocess-signal-main');

    // when
    await broadcast('conf-event-subprocess-signal-withdrawn', { reason: 'moved' });

    // then
    const handle = await s.job('conf-event-subprocess-signal-handle');
    expect(handle.variables.reason).toBe('moved');
    expect(await s.path(pik, 'TERMINATED')).toEqual(['Main']);
    await s.complete(handle);
    await s.completed(pik);
  });

  it('non-interrupting event sub-process: runs beside the main flow', async () => {
    // given
    const pik = await s.start('conf-event-subprocess-signal-non-interrupting');
    const main = await s.job('conf-event-subprocess-signal-non-interrupting-main');

    // when
    await broadcast('conf-event-subprocess-signal-non-interrupting-withdrawn');

    // then
    const handle = await s.job('conf-event-subprocess-signal-non-interrupting-handle');
    expect(await s.activeElements(pik)).toEqual(['Main', 'OnSignal', 'Handle']);
    await s.complete(handle);
    await s.complete(main);
    await s.completed(pik);
  });

  it('throw and end events broadcast their input-mapped variables', async () => {
    // given
    const waiting = await waitingForRelease();

    // when: conf-signal-throw throws conf-released, then ends with conf-rules-changed
    const thrower = await s.start('conf-signal-throw', { releasedBy: 'thrower', ruleSet: 2, unrelated: true });

    // then
    await s.completed(thrower);
    await s.completed(waiting);
    expect(await s.variables(waiting)).toEqual({ releasedBy: 'thrower' });
    const started = await s.job('conf-after-signal-start');
    expect(started.variables).toEqual({ ruleSet: 2 });
    await s.complete(started);
  });

  it('link events: the throw link continues at the catch link of the same name', async () => {
    // given
    const pik = await s.start('conf-link-event');

    // when
    await s.complete(await s.job('conf-link-before'));

    // then
    const after = await s.job('conf-link-after');
    expect(await s.path(pik, 'COMPLETED')).toEqual(['Start', 'Before', 'GoToDecision', 'AtDecision']);
    await s.complete(after);
    await s.completed(pik);
  });

  it('refuses a link throw event without a matching catch, naming it', async () => {
    // when
    const error = await rejection(s.deploy('bad/link-without-catch.bpmn'));

    // then
    expect(error.status).toBe(400);
    expect(error.title).toBe('INVALID_ARGUMENT');
    expect(error.detail).toContain('JumpNowhere');
  });
});
