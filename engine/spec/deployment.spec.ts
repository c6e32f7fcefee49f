import { Engine } from '../engine';
import { definitions } from '../test-support/bpmn';
import { linear, serviceTask } from '../test-support/harness';

describe('deployment validation', () => {
  let engine: Engine;
  beforeEach(async () => (engine = await Engine.open({ filename: ':memory:' })));
  afterEach(() => engine.close());

  const rejects = (xml: string, message: RegExp) => expect(engine.deploy([{ name: 'bad.bpmn', content: xml }])).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });

  it('refuses malformed XML', () => rejects('<bpmn:definitions', /not valid BPMN XML|unparsable|cannot be deployed|no executable/));

  it('refuses a DOCTYPE with entities and never expands them', () =>
    rejects(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${definitions(linear('p', []))}`, /DOCTYPE/));

  it('names the element of an unknown element type', () =>
    rejects(definitions(linear('p', [{ id: 'odd', xml: (i, o) => `<bpmn:complexGateway id="odd">${i}${o}</bpmn:complexGateway>` }])), /odd.*not supported|complexGateway/));

  it('names the element with a FEEL syntax error', () =>
    rejects(definitions(linear('p', [serviceTask('t', 'x', `<zeebe:ioMapping><zeebe:input source="=a +" target="b"/></zeebe:ioMapping>`)])), /Element 't'.*FEEL/));

  it('names the service task without job type', () =>
    rejects(definitions(linear('p', [{ id: 'nojob', xml: (i, o) => `<bpmn:serviceTask id="nojob">${i}${o}</bpmn:serviceTask>` }])), /Element 'nojob'.*job type/));

  it('refuses an invalid timer duration with the element id', () =>
    rejects(definitions(linear('p', [{ id: 'w', xml: (i, o) => `<bpmn:intermediateCatchEvent id="w">${i}${o}<bpmn:timerEventDefinition><bpmn:timeDuration>3 days</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>` }])), /Element 'w'.*timeDuration/));

  it('versions a changed process and keeps an unchanged one', async () => {
    const v1 = definitions(linear('p', [serviceTask('t', 'a')]));
    const first = await engine.deploy([{ name: 'p.bpmn', content: v1 }]);
    const same = await engine.deploy([{ name: 'p.bpmn', content: v1 }]);
    const changed = await engine.deploy([{ name: 'p.bpmn', content: definitions(linear('p', [serviceTask('t', 'b')])) }]);
    expect(first.processes[0].processDefinitionVersion).toBe(1);
    expect(same.processes[0].processDefinitionKey).toBe(first.processes[0].processDefinitionKey);
    expect(changed.processes[0].processDefinitionVersion).toBe(2);
  });

  it('versions every resource of a deployment once one of them changed, as Zeebe 8.6+ does', async () => {
    // given
    const a = definitions(linear('a', [serviceTask('t', 'a')]));
    const b = (type: string) => definitions(linear('b', [serviceTask('t', type)]));
    const form = JSON.stringify({ id: 'f', components: [] });
    const first = await engine.deploy([{ name: 'a.bpmn', content: a }, { name: 'b.bpmn', content: b('x') }, { name: 'f.form', content: form }]);

    // when: only b changed
    const second = await engine.deploy([{ name: 'a.bpmn', content: a }, { name: 'b.bpmn', content: b('y') }, { name: 'f.form', content: form }]);
    const again = await engine.deploy([{ name: 'a.bpmn', content: a }, { name: 'b.bpmn', content: b('y') }, { name: 'f.form', content: form }]);

    // then: all three got version 2 together; the repeat created nothing
    expect(first.processes.map((p) => p.processDefinitionVersion)).toEqual([1, 1]);
    expect(second.processes.map((p) => p.processDefinitionVersion)).toEqual([2, 2]);
    expect(second.forms.map((f) => f.version)).toEqual([2]);
    expect(again.processes.map((p) => p.processDefinitionKey)).toEqual(second.processes.map((p) => p.processDefinitionKey));
    expect(again.forms[0].formKey).toBe(second.forms[0].formKey);
  });

  it('treats the same content under another file name as a new version', async () => {
    const a = definitions(linear('a', [serviceTask('t', 'a')]));
    await engine.deploy([{ name: 'a.bpmn', content: a }]);
    const renamed = await engine.deploy([{ name: 'renamed.bpmn', content: a }]);
    expect(renamed.processes[0].processDefinitionVersion).toBe(2);
  });
});
