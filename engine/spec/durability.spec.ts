import { Engine } from '../engine';
import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';

describe('durability across restarts', () => {
  it('keeps waiting timers, jobs and user tasks, and fires the timers after reopening', async () => {
    // given an engine with an instance waiting on each kind of wait state
    const h = await EngineHarness.start(Date.parse('2026-03-01T10:00:00Z'));
    const timer = { id: 'wait', xml: (i: string, o: string) => `<bpmn:intermediateCatchEvent id="wait">${i}${o}<bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>` };
    const task = { id: 'ut', xml: (i: string, o: string) => `<bpmn:userTask id="ut"><bpmn:extensionElements><zeebe:userTask/></bpmn:extensionElements>${i}${o}</bpmn:userTask>` };
    await h.deploy('t.bpmn', definitions(linear('t', [timer])));
    await h.deploy('j.bpmn', definitions(linear('j', [serviceTask('s', 'work')])));
    await h.deploy('u.bpmn', definitions(linear('u', [task])));
    const t = await h.engine.createProcessInstance({ processDefinitionId: 't' });
    const j = await h.engine.createProcessInstance({ processDefinitionId: 'j' });
    const u = await h.engine.createProcessInstance({ processDefinitionId: 'u' });
    await h.engine.close();

    // when it is reopened on the same folder
    const reopened = await Engine.open({ dataDir: h.dir });
    const h2 = new EngineHarness(reopened, h.dir);
    await reopened.pinClock(Date.parse('2026-03-31T10:00:00Z'));

    // then nothing was lost and the timer fired
    expect(h2.state(t.processInstanceKey)).toBe('COMPLETED');
    const [job] = await h2.jobs('work');
    expect(job.processInstanceKey).toBe(j.processInstanceKey);
    await reopened.completeJob(job.jobKey, {});
    expect(h2.state(j.processInstanceKey)).toBe('COMPLETED');
    const [ut] = h2.userTasks(u.processInstanceKey);
    await reopened.completeUserTask(String(ut.key), {});
    expect(h2.state(u.processInstanceKey)).toBe('COMPLETED');
    // keys keep increasing after a restart
    const again = await reopened.createProcessInstance({ processDefinitionId: 'j' });
    expect(BigInt(again.processInstanceKey) > BigInt(u.processInstanceKey)).toBe(true);
    await h2.stop();
  });
});
