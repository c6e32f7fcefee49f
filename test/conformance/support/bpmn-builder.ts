/**
 * A small BPMN builder for scenarios written in code: Zeebe-flavoured processes (zeebe:taskDefinition,
 * zeebe:script, zeebe:ioMapping), one `bpmn:` element per node, flows by source and target.
 * Used by the recorded Zeebe observations (test/conformance/zeebe-observations/).
 */
export interface Node {
  id: string;
  /** e.g. 'serviceTask', 'scriptTask', 'startEvent' (bpmn: prefix added) */
  tag: string;
  attrs?: Record<string, string>;
  /** XML first inside the element (extensionElements) */
  inner?: string;
  /** XML after incoming/outgoing (event definitions, loop characteristics), as the BPMN schema orders them */
  tail?: string;
}

export interface Flow {
  from: string;
  to: string;
  id?: string;
  condition?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export { esc as xmlEscape };

export function bpmn(processId: string, nodes: Node[], flows: Flow[]): string {
  const named = flows.map((f, i) => ({ ...f, id: f.id ?? `f${i + 1}` }));
  const nodeXml = nodes
    .map((n) => {
      const attrs = Object.entries(n.attrs ?? {})
        .map(([k, v]) => ` ${k}="${esc(v)}"`)
        .join('');
      const incoming = named.filter((f) => f.to === n.id).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`);
      const outgoing = named.filter((f) => f.from === n.id).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`);
      return `    <bpmn:${n.tag} id="${n.id}"${attrs}>${n.inner ?? ''}${incoming.join('')}${outgoing.join('')}${n.tail ?? ''}</bpmn:${n.tag}>`;
    })
    .join('\n');
  const flowXml = named
    .map((f) =>
      f.condition === undefined
        ? `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}"/>`
        : `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(f.condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs-${processId}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" isExecutable="true">
${nodeXml}
${flowXml}
  </bpmn:process>
</bpmn:definitions>`;
}

/** start → nodes… → end, connected in order. */
export function linear(processId: string, nodes: Node[]): string {
  const all: Node[] = [{ id: 'start', tag: 'startEvent' }, ...nodes, { id: 'end', tag: 'endEvent' }];
  const flows = all.slice(1).map((n, i) => ({ from: all[i].id, to: n.id }));
  return bpmn(processId, all, flows);
}

export const ext = (xml: string) => `<bpmn:extensionElements>${xml}</bpmn:extensionElements>`;

export function serviceTask(id: string, type: string, extra = '', attrs?: Record<string, string>): Node {
  return { id, tag: 'serviceTask', attrs, inner: ext(`<zeebe:taskDefinition type="${esc(type)}" retries="3"/>${extra}`) };
}

export function scriptTask(id: string, expression: string, resultVariable: string, extra = ''): Node {
  return { id, tag: 'scriptTask', inner: ext(`<zeebe:script expression="${esc(expression)}" resultVariable="${esc(resultVariable)}"/>${extra}`) };
}

export function ioMapping(inputs: Array<[string, string]>, outputs: Array<[string, string]> = []): string {
  return `<zeebe:ioMapping>${inputs.map(([s, t]) => `<zeebe:input source="${esc(s)}" target="${esc(t)}"/>`).join('')}${outputs
    .map(([s, t]) => `<zeebe:output source="${esc(s)}" target="${esc(t)}"/>`)
    .join('')}</zeebe:ioMapping>`;
}

