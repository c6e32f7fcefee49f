import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { Scenario } from './support/scenario';

/**
 * Escalation events as Zeebe runs them (Camunda 8.8 docs, "Escalation events"): an escalation is not
 * critical, so the throw event carries on unless an interrupting catch takes over; catch events match
 * by escalation code, or catch all when they reference no escalation; the throw's code may be FEEL.
 */
describe('escalation events (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.deploy('escalation-boundary.bpmn', 'escalation-event-subprocess.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('a non-interrupting boundary event on the sub-process catches the code; both paths carry on', async () => {
    // when
    const pik = await s.start('conf-escalation-boundary');

    // then: the catch path and the path after the throw event are both active
    const notify = await s.job('conf-escalation-notify');
    const assess = await s.job('conf-escalation-assess');
    expect(await s.path(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['RaiseLate', 'Notified']));
    await s.complete(notify);
    await s.complete(assess);
    await s.completed(pik);
    expect(await s.incidents(pik)).toEqual([]);
  });

  it('an escalation end event with a FEEL code is caught by a catch-all interrupting event sub-process', async () => {
    // given
    const pik = await s.start('conf-escalation-event-subprocess', { code: 'ANY_CODE' });
    await s.complete(await s.job('conf-escalation-work'));

    // when
    const handle = await s.job('conf-escalation-handle');
    await s.complete(handle);

    // then: the interrupting event sub-process terminated the rest of the scope, the throw event with it
    await s.completed(pik);
    expect(await s.path(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['CatchAll', 'Handle', 'OnEscalation']));
    expect(await s.path(pik, 'TERMINATED')).toEqual(['Escalate']);
  });

  it('a throw code that cannot be evaluated is an incident on the throw event', async () => {
    // given: no variable `code`
    const pik = await s.start('conf-escalation-event-subprocess');
    await s.complete(await s.job('conf-escalation-work'));

    // then
    const incident = await s.incident(pik);
    expect(incident.elementId).toBe('Escalate');
  });
});
