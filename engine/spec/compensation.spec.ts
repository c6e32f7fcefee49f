import { definitions } from '../test-support/bpmn';
import { EngineHarness } from '../test-support/harness';

/**
 * Compensation as Camunda 8 (8.5+) executes it (docs: "Compensation events"): handlers of completed
 * activities only, all of the throw event's scope (reaching into completed embedded sub-processes) or
 * the one named by activityRef; one handler per completed multi-instance iteration; the throw event
 * waits for its handlers; compensation event sub-processes are refused.
 */
const task = (id: string, type = id, extra = '', flows = '') =>
  `<bpmn:serviceTask id="${id}"${extra}><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements>${flows}</bpmn:serviceTask>`;
const compensable = (id: string, handler: string) =>
  `<bpmn:boundaryEvent id="${id}Comp" attachedToRef="${id}"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
   ${task(handler, handler, ' isForCompensation="true"')}
   <bpmn:association id="${id}Assoc" associationDirection="One" sourceRef="${id}Comp" targetRef="${handler}"/>`;

/** start → reserve → book → (throw: compensate all or activityRef) → end; reserve and book have handlers. */
function twoSteps(throwDef: string, asEnd = false): string {
  const thrower = asEnd
    ? `<bpmn:endEvent id="undo"><bpmn:incoming>f2</bpmn:incoming>${throwDef}</bpmn:endEvent>`
    : `<bpmn:intermediateThrowEvent id="undo"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>${throwDef}</bpmn:intermediateThrowEvent>
       <bpmn:endEvent id="e"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent><bpmn:sequenceFlow id="f3" sourceRef="undo" targetRef="e"/>`;
  return definitions(`<bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
    ${task('reserve', 'reserve', '', '<bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>')}
    ${task('book', 'book', '', '<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>')}
    ${thrower}
    ${compensable('reserve', 'release')}
    ${compensable('book', 'cancelBooking')}
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="reserve"/><bpmn:sequenceFlow id="f1" sourceRef="reserve" targetRef="book"/><bpmn:sequenceFlow id="f2" sourceRef="book" targetRef="undo"/>
  </bpmn:process>`);
}

describe('compensation', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  async function complete(type: string, variables = {}) {
    const jobs = await h.jobs(type);
    expect(jobs.length).toBeGreaterThan(0);
    for (const j of jobs) await h.engine.completeJob(j.jobKey, variables);
    return jobs;
  }

  it('a compensation throw invokes the handler of every completed activity and waits for them', async () => {
    await h.deploy('p.bpmn', twoSteps('<bpmn:compensateEventDefinition/>'));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    await complete('reserve');
    await complete('book');
    expect(h.active(processInstanceKey).sort()).toEqual(['cancelBooking', 'release', 'undo']);
    await complete('release');
    expect(h.active(processInstanceKey).sort()).toEqual(['cancelBooking', 'undo']);
    await complete('cancelBooking');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    expect(h.completed(processInstanceKey)).toEqual(expect.arrayContaining(['undo', 'e', 'release', 'cancelBooking']));
  });

  it('activityRef compensates only that activity; an activity that did not complete is not compensated', async () => {
    await h.deploy('p.bpmn', twoSteps('<bpmn:compensateEventDefinition activityRef="reserve"/>'));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    await complete('reserve');
    await complete('book');
    expect(h.active(processInstanceKey).sort()).toEqual(['release', 'undo']);
    await complete('release');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('a compensation end event with nothing to compensate just completes; each handler runs once', async () => {
    await h.deploy('p.bpmn', twoSteps('<bpmn:compensateEventDefinition/>', true));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    await complete('reserve');
    await complete('book');
    await complete('release');
    await complete('cancelBooking');
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    const left = h.engine.db.prepare(`SELECT COUNT(*) AS n FROM compensation_subscriptions WHERE process_instance_key = ?`).get(Number(processInstanceKey)) as { n: number };
    expect(left.n).toBe(0);
  });

  it('compensates each completed iteration of a multi-instance activity, with its input element', async () => {
    await h.deploy('p.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:serviceTask id="notify"><bpmn:extensionElements><zeebe:taskDefinition type="notify"/></bpmn:extensionElements><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>
        <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=parties" inputElement="party"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>
      <bpmn:endEvent id="undo"><bpmn:incoming>f1</bpmn:incoming><bpmn:compensateEventDefinition/></bpmn:endEvent>
      ${compensable('notify', 'retract')}
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="notify"/><bpmn:sequenceFlow id="f1" sourceRef="notify" targetRef="undo"/>
    </bpmn:process>`));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { parties: ['lawyer', 'unhcr', 'guardian'] } });
    await complete('notify');
    const handlers = await h.jobs('retract');
    expect(handlers.map((j) => j.variables.party).sort()).toEqual(['guardian', 'lawyer', 'unhcr']);
    for (const j of handlers) await h.engine.completeJob(j.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('reaches into a completed embedded sub-process, but not an active one', async () => {
    await h.deploy('p.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:subProcess id="sub"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing>
        <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
        ${task('reserve', 'reserve', '', '<bpmn:incoming>s1</bpmn:incoming><bpmn:outgoing>s2</bpmn:outgoing>')}
        <bpmn:endEvent id="se"><bpmn:incoming>s2</bpmn:incoming></bpmn:endEvent>
        ${compensable('reserve', 'release')}
        <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="reserve"/><bpmn:sequenceFlow id="s2" sourceRef="reserve" targetRef="se"/>
      </bpmn:subProcess>
      <bpmn:intermediateThrowEvent id="undo"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing><bpmn:compensateEventDefinition/></bpmn:intermediateThrowEvent>
      <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sub"/><bpmn:sequenceFlow id="f1" sourceRef="sub" targetRef="undo"/><bpmn:sequenceFlow id="f2" sourceRef="undo" targetRef="e"/>
    </bpmn:process>`));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p', variables: { caseNo: 'K-7' } });
    await complete('reserve', { reservation: 'R-1' });
    const [handler] = await h.jobs('release');
    expect(handler.variables).toEqual(expect.objectContaining({ caseNo: 'K-7', reservation: 'R-1' }));
    await h.engine.completeJob(handler.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('refuses a compensation event sub-process, a boundary event without handler and a handler with flows', async () => {
    const esp = definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent><bpmn:endEvent id="e"><bpmn:incoming>f0</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="e"/>
      <bpmn:subProcess id="esp" triggeredByEvent="true"><bpmn:startEvent id="cs"><bpmn:compensateEventDefinition/></bpmn:startEvent></bpmn:subProcess>
    </bpmn:process>`);
    await expect(h.deploy('p.bpmn', esp)).rejects.toThrow(/'cs'.*compensation event sub-processes are not supported/);
    const noHandler = twoSteps('<bpmn:compensateEventDefinition/>').replace(/<bpmn:association id="bookAssoc"[^>]*\/>/, '');
    await expect(h.deploy('p.bpmn', noHandler)).rejects.toThrow(/'bookComp'.*associated with a compensation handler/);
    const wrongRef = twoSteps('<bpmn:compensateEventDefinition activityRef="nowhere"/>');
    await expect(h.deploy('p.bpmn', wrongRef)).rejects.toThrow();
  });
});
