import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { eventually, rejection, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

const MINUTE = 60_000;

describe('messages (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  let now = T0;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(now);
    await s.deploy('message-catch.bpmn', 'message-start.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  /** Starts an instance and brings it to the message catch event. */
  async function waitingForPayment(orderId: string) {
    const pik = await s.start('conf-message-catch', { orderId });
    await s.complete(await s.job('conf-before-message'));
    return pik;
  }

  it('correlates a published message by name and zeebe:subscription correlationKey', async () => {
    // given
    const pik = await waitingForPayment('ORD-1');
    const other = await waitingForPayment('ORD-2');

    // when
    const published = await rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'ORD-1', variables: { paid: 120 } });

    // then
    expect(published.messageKey).toMatch(/^\d+$/);
    await s.completed(pik);
    expect((await s.variables(pik)).paid).toBe(120);
    expect(await s.state(other)).toBe('ACTIVE');
  });

  it('correlates through POST /messages/correlation and names the instance', async () => {
    // given
    const pik = await waitingForPayment('ORD-3');

    // when
    const result = await rt.api.correlateMessage({ name: 'conf-payment', correlationKey: 'ORD-3', variables: { paid: 5 } });

    // then
    expect(result.processInstanceKey).toBe(pik);
    await s.completed(pik);
  });

  it('answers 404 NOT_FOUND when a correlation finds no subscription', async () => {
    // when
    const error = await rejection(rt.api.correlateMessage({ name: 'conf-payment', correlationKey: 'NOBODY' }));

    // then
    expect(error.status).toBe(404);
    expect(error.title).toBe('NOT_FOUND');
  });

  it('buffers a message for its time to live: published before the subscription opens, it still correlates', async () => {
    // given: the instance has not reached the catch event yet
    const pik = await s.start('conf-message-catch', { orderId: 'ORD-4' });
    await rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'ORD-4', timeToLive: 10 * MINUTE, variables: { paid: 77 } });

    // when: the catch event is reached within the TTL
    now += MINUTE;
    await s.pinClock(now);
    await s.complete(await s.job('conf-before-message'));

    // then
    await s.completed(pik);
    expect((await s.variables(pik)).paid).toBe(77);
  });

  it('drops a buffered message once its time to live expired', async () => {
    // given
    const pik = await s.start('conf-message-catch', { orderId: 'ORD-5' });
    await rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'ORD-5', timeToLive: MINUTE });

    // when: the clock passes the TTL before the catch event is reached
    now += 2 * MINUTE;
    await s.pinClock(now);
    await s.complete(await s.job('conf-before-message'));

    // then: the instance keeps waiting at the catch event
    await eventually(async () => (await s.activeElements(pik)).includes('Payment'));
    expect(await s.state(pik)).toBe('ACTIVE');
  });

  it('refuses a second message with the same messageId while the first is buffered', async () => {
    // given
    await rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'ORD-7', messageId: 'pay-7', timeToLive: 10 * MINUTE });

    // when
    const error = await rejection(rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'ORD-7', messageId: 'pay-7', timeToLive: 10 * MINUTE }));

    // then
    expect(error.status).toBe(409);
  });

  it('does not correlate a message published without TTL before the subscription opened', async () => {
    // given
    const pik = await s.start('conf-message-catch', { orderId: 'ORD-6' });
    await rt.api.publishMessage({ name: 'conf-payment', correlationKey: 'ORD-6' });

    // when
    await s.complete(await s.job('conf-before-message'));

    // then
    await eventually(async () => (await s.activeElements(pik)).includes('Payment'));
    expect(await s.state(pik)).toBe('ACTIVE');
  });

  it('message start event: a second message with the same correlation key waits in the buffer and starts the next instance once the first completes', async () => {
    // given: an instance started by a message with the key, waiting at its service task
    const correlationKey = `ORD-S-${Date.now()}`;
    await rt.api.publishMessage({ name: 'conf-order-placed', correlationKey, timeToLive: 10 * MINUTE, variables: { n: 1 } });
    const first = await s.job('conf-after-message-start');
    expect(first.variables.n).toBe(1);

    // when: a second message with the same key arrives while that instance is active
    await rt.api.publishMessage({ name: 'conf-order-placed', correlationKey, timeToLive: 10 * MINUTE, variables: { n: 2 } });

    // then: no second instance
    expect(await s.noJob('conf-after-message-start')).toBe(true);

    // when: the first instance completes
    await s.complete(first);

    // then: the buffered message starts the next instance
    await s.completed(first.processInstanceKey);
    const second = await s.job('conf-after-message-start');
    expect(second.variables.n).toBe(2);
    expect(second.processInstanceKey).not.toBe(first.processInstanceKey);
    await s.complete(second);
    await s.completed(second.processInstanceKey);
  });
});
