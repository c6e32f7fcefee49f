import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedRuntime, TestRuntime } from '../support/embedded-runtime';

const BOMB = 'count(for x in 1..3000, y in 1..3000 return 1)';
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="feel-bomb" isExecutable="true">
    <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:scriptTask id="Bomb"><bpmn:extensionElements><zeebe:script expression="=${BOMB}" resultVariable="n"/></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:scriptTask>
    <bpmn:endEvent id="End"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Bomb"/>
    <bpmn:sequenceFlow id="f2" sourceRef="Bomb" targetRef="End"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('a FEEL bomb in a script task', () => {
  let rt: TestRuntime;

  beforeAll(async () => {
    rt = await startEmbeddedRuntime();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bomb-'));
    fs.writeFileSync(path.join(dir, 'feel-bomb.bpmn'), BPMN);
    await rt.deploy(path.join(dir, 'feel-bomb.bpmn'));
  });
  afterAll(async () => rt?.stop());

  it('ends as an incident that names the expression, while /v2/topology keeps answering', async () => {
    // given a probe of the server's responsiveness running throughout
    let probing = true;
    const answers: number[] = [];
    const probe = (async () => {
      while (probing) {
        answers.push((await fetch(`${rt.url}/v2/topology`, { headers: rt.headers })).status);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    // when three instances detonate it
    const keys = await Promise.all([1, 2, 3].map(async () => (await rt.api.createProcessInstance({ processDefinitionId: 'feel-bomb' } as never)).processInstanceKey));

    // then each has an incident naming the expression and the limit
    const NOW = { consistency: { waitUpToMs: 0 } } as const;
    for (const key of keys) {
      const incidents = await rt.api.searchIncidents({ filter: { processInstanceKey: key } } as never, NOW as never);
      const items = incidents.items ?? [];
      expect(items).toHaveLength(1);
      expect(items[0].errorMessage).toContain(BOMB);
      expect(items[0].errorMessage).toMatch(/exceeded its limit/);
      expect(items[0].elementId).toBe('Bomb');
    }
    probing = false;
    await probe;
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((s) => s === 200)).toBe(true);
  });
});
