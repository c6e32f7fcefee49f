import { EngineClock } from '../clock';
import { Engine } from '../engine';
import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

const cronStart = (cycle: string) =>
  definitions(`<bpmn:process id="weekday" isExecutable="true">
    <bpmn:startEvent id="tick"><bpmn:outgoing>f</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeCycle>${cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f" sourceRef="tick" targetRef="e"/></bpmn:process>`);

const withReminder = (cycle: string) =>
  definitions(
    linear('t', [serviceTask('task', 'work')], `
    <bpmn:boundaryEvent id="remind" attachedToRef="task" cancelActivity="false"><bpmn:outgoing>r1</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeCycle>${cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:endEvent id="reminded"><bpmn:incoming>r1</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="r1" sourceRef="remind" targetRef="reminded"/>`),
  );

describe('cron timer cycles', () => {
  let h: EngineHarness;
  afterEach(() => h.stop());

  const started = () => (h.engine.db.prepare(`SELECT start_date FROM process_instances WHERE bpmn_process_id = 'weekday' ORDER BY start_date`).all() as Array<{ start_date: number }>).map((r) => iso(r.start_date));
  const timerDue = () => (h.engine.db.prepare(`SELECT due_at FROM timers`).all() as Array<{ due_at: number }>).map((r) => iso(r.due_at));
  const reminders = (piKey: string) => (h.engine.db.prepare(`SELECT end_date FROM element_instances WHERE process_instance_key = ? AND element_id = 'reminded' ORDER BY end_date`).all(Number(piKey)) as Array<{ end_date: number }>).map((r) => iso(r.end_date));

  /** Moves the pinned clock forward in steps, so each firing happens at its own instant. */
  const walk = async (until: string, step: number) => {
    const end = Date.parse(until);
    while (h.engine.now() < end) await h.advance(Math.min(step, end - h.engine.now()));
  };

  it('starts an instance at 09:00 UTC on weekdays only, across a weekend', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-08T08:00:00Z')); // a Thursday
    await h.deploy('w.bpmn', cronStart('0 0 9 * * MON-FRI'));
    expect(timerDue()).toEqual(['2026-01-08T09:00:00Z']);
    await walk('2026-01-13T10:00:00Z', 15 * MINUTE);
    expect(started()).toEqual(['2026-01-08T09:00:00Z', '2026-01-09T09:00:00Z', '2026-01-12T09:00:00Z', '2026-01-13T09:00:00Z']);
    expect(timerDue()).toEqual(['2026-01-14T09:00:00Z']);
  });

  it('fires once for a jump over several firings and goes on from the new time, as Zeebe does', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-08T10:00:00Z'));
    await h.deploy('w.bpmn', cronStart('0 0 9 * * MON-FRI'));
    await h.engine.pinClock(Date.parse('2026-01-13T10:00:00Z'));
    expect(started()).toEqual(['2026-01-13T10:00:00Z']);
    expect(timerDue()).toEqual(['2026-01-14T09:00:00Z']);
  });

  it('takes a cron macro', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-08T10:00:00Z'));
    await h.deploy('w.bpmn', cronStart('@daily'));
    expect(timerDue()).toEqual(['2026-01-09T00:00:00Z']);
  });

  it('repeats a non-interrupting boundary cron timer while the task waits and stops when it completes', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-05T09:00:00Z'));
    await h.deploy('t.bpmn', withReminder('0 */10 * * * *'));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    await walk('2026-01-05T09:35:00Z', 5 * MINUTE);
    expect(reminders(processInstanceKey)).toEqual(['2026-01-05T09:10:00Z', '2026-01-05T09:20:00Z', '2026-01-05T09:30:00Z']);
    expect(h.active(processInstanceKey)).toEqual(['task']);
    expect(timerDue()).toEqual(['2026-01-05T09:40:00Z']);

    const [job] = await h.jobs('work');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(timerDue()).toEqual([]);
    await walk('2026-01-05T11:00:00Z', 10 * MINUTE);
    expect(reminders(processInstanceKey)).toHaveLength(3);
  });

  it('takes a cron cycle from a FEEL variable', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-05T09:00:00Z'));
    await h.deploy('t.bpmn', withReminder('=reminderCron'));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { reminderCron: '0 0 * * * *' } });
    await walk('2026-01-05T11:30:00Z', 10 * MINUTE);
    expect(reminders(processInstanceKey)).toEqual(['2026-01-05T10:00:00Z', '2026-01-05T11:00:00Z']);
  });

  it('raises an incident naming the element for a FEEL cycle that is neither ISO nor cron', async () => {
    h = await EngineHarness.start();
    await h.deploy('t.bpmn', withReminder('=reminderCron'));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 't', variables: { reminderCron: '0 0 9 * * WEEKDAYS' } });
    expect(h.incidents(processInstanceKey)).toEqual([
      expect.objectContaining({ element_id: 'task', error_type: 'EXTRACT_VALUE_ERROR', error_message: expect.stringMatching(/'0 0 9 \* \* WEEKDAYS'.*day-of-week: 'WEEKDAYS'.*\(element 'remind'\)/) }),
    ]);
  });

  it('runs a non-interrupting event sub-process on a cron timer start event', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-05T09:30:00Z'));
    const xml = definitions(
      linear('p', [serviceTask('work', 'work')], `
      <bpmn:subProcess id="esp" triggeredByEvent="true">
        <bpmn:startEvent id="hourly" isInterrupting="false"><bpmn:outgoing>e1</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeCycle>0 0 * * * *</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:endEvent id="ee"><bpmn:incoming>e1</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="e1" sourceRef="hourly" targetRef="ee"/>
      </bpmn:subProcess>`),
    );
    await h.deploy('p.bpmn', xml);
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    await walk('2026-01-05T12:10:00Z', 20 * MINUTE);
    expect(h.completed(processInstanceKey).filter((id) => id === 'esp')).toHaveLength(3);
    const [job] = await h.jobs('work');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(timerDue()).toEqual([]);
  });

  it('keeps a cron timer across a restart', async () => {
    h = await EngineHarness.start(Date.parse('2026-01-08T10:00:00Z'));
    await h.deploy('w.bpmn', cronStart('0 0 9 * * MON-FRI'));
    await h.engine.close();
    const clock = new EngineClock();
    clock.pin(Date.parse('2026-01-08T12:00:00Z'));
    h = new EngineHarness(await Engine.open({ dataDir: h.dir, synchronous: 'NORMAL', clock }), h.dir);
    await h.engine.pinClock(Date.parse('2026-01-09T09:00:00Z'));
    await h.advance(HOUR);
    expect(started()).toEqual(['2026-01-09T09:00:00Z']);
    expect(timerDue()).toEqual(['2026-01-12T09:00:00Z']);
  });

  describe('deployment', () => {
    beforeEach(async () => (h = await EngineHarness.start()));
    const rejects = (xml: string, message: RegExp) => expect(h.deploy('bad.bpmn', xml)).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });

    it('refuses an invalid static cron cycle and names the element and the field', () =>
      rejects(cronStart('0 0 25 * * *'), /Element 'tick': invalid timeCycle '0 0 25 \* \* \*': not a cron expression \(hour: 25 is out of range 0-23\)/));

    it('refuses a cron cycle that never fires', () => rejects(withReminder('0 0 0 30 2 *'), /Element 'remind': invalid timeCycle '0 0 0 30 2 \*'.*never fires/));

    it('still refuses an invalid ISO cycle', () => rejects(cronStart('R/PT'), /Element 'tick': invalid timeCycle 'R\/PT': expected an ISO 8601 repeating interval/));
  });
});
