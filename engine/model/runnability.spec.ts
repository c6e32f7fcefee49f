import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../engine';
import { PROCESS_LIMITS } from './runnability';

const definitions = (id: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t"><bpmn:process id="${id}" isExecutable="true">${body}</bpmn:process></bpmn:definitions>`;
const flow = (id: string, from: string, to: string, condition?: string) =>
  condition ? `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"><bpmn:conditionExpression>${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>` : `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`;

function chain(n: number): string {
  let body = '<bpmn:startEvent id="s"/>';
  let prev = 's';
  for (let i = 0; i < n; i++) {
    body += `<bpmn:manualTask id="t${i}"/>${flow(`f${i}`, prev, `t${i}`)}`;
    prev = `t${i}`;
  }
  return definitions(`chain-${n}`, `${body}<bpmn:endEvent id="e"/>${flow('fe', prev, 'e')}`);
}

describe('deployment refuses processes that can never run', () => {
  let engine: Engine;
  beforeEach(async () => (engine = await Engine.open({ filename: ':memory:' })));
  afterEach(async () => engine.close());
  const deploy = (name: string, xml: string) => engine.deploy([{ name, content: xml }]);

  it('refuses a two-step cycle in which nothing waits, naming the element', async () => {
    const xml = definitions('cycle', `<bpmn:startEvent id="s"/><bpmn:manualTask id="A"/><bpmn:scriptTask id="B"><bpmn:extensionElements><zeebe:script expression="=1" resultVariable="x"/></bpmn:extensionElements></bpmn:scriptTask>${flow('f0', 's', 'A')}${flow('f1', 'A', 'B')}${flow('f2', 'B', 'A')}`);
    await expect(deploy('cycle.bpmn', xml)).rejects.toThrow(/Element 'A': it is part of a cycle in which no element waits and none can leave \(A → B\)/);
  });

  it('accepts a loop a gateway can leave, and a loop through a wait state', async () => {
    const counted = definitions('counted', `<bpmn:startEvent id="s"/><bpmn:scriptTask id="inc"><bpmn:extensionElements><zeebe:script expression="=if i = null then 1 else i + 1" resultVariable="i"/></bpmn:extensionElements></bpmn:scriptTask><bpmn:exclusiveGateway id="g" default="back"/><bpmn:endEvent id="e"/>${flow('f0', 's', 'inc')}${flow('f1', 'inc', 'g')}${flow('done', 'g', 'e', '=i &gt;= 3')}${flow('back', 'g', 'inc')}`);
    await deploy('counted.bpmn', counted);
    const result = await engine.createProcessInstance({ processDefinitionId: 'counted' } as never);
    expect(result.processInstanceKey).toBeDefined();
    const waiting = definitions('waiting', `<bpmn:startEvent id="s"/><bpmn:userTask id="A"/><bpmn:manualTask id="B"/>${flow('f0', 's', 'A')}${flow('f1', 'A', 'B')}${flow('f2', 'B', 'A')}`);
    await expect(deploy('waiting.bpmn', waiting)).resolves.toBeDefined();
  });

  it('refuses a chain of 1,000 elements that do not wait, and runs one within the limit', async () => {
    await expect(deploy('long.bpmn', chain(1000))).rejects.toThrow(new RegExp(`Element 't\\d+': it ends a chain of more than ${PROCESS_LIMITS.maxChain} elements`));
    await deploy('ok.bpmn', chain(PROCESS_LIMITS.maxChain - 10));
    const started = await engine.createProcessInstance({ processDefinitionId: `chain-${PROCESS_LIMITS.maxChain - 10}` } as never);
    expect(started.processInstanceKey).toBeDefined();
  });

  it('refuses a process of 3,000 elements, naming the process', async () => {
    await expect(deploy('huge.bpmn', chain(3000))).rejects.toThrow(/Element 'chain-3000': the process has 3002 elements; at most 2000/);
  });

  it('refuses sub-processes nested too deeply, naming the innermost one past the limit', async () => {
    let inner = '<bpmn:startEvent id="s0"/>';
    for (let d = 40; d >= 1; d--) inner = `<bpmn:subProcess id="sp${d}"><bpmn:startEvent id="s${d}"/>${d < 40 ? inner.replace('<bpmn:startEvent id="s0"/>', '') : ''}</bpmn:subProcess>`;
    const xml = definitions('deep', `<bpmn:startEvent id="start"/>${inner}${flow('f', 'start', 'sp1')}`);
    await expect(deploy('deep.bpmn', xml)).rejects.toThrow(/Element 's?p?\w+': sub-processes are nested more than 32 deep/);
  });

  it('deploys every procedure of processes/', async () => {
    const dir = path.resolve(__dirname, '..', '..', 'processes');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bpmn'));
    await expect(engine.deploy(files.map((f) => ({ name: f, content: fs.readFileSync(path.join(dir, f), 'utf8') })))).resolves.toBeDefined();
  });
});
