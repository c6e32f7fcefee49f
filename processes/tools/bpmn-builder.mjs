// Small builder for Camunda 8 (Zeebe) BPMN semantic XML. The procedure definitions in ./definitions
// describe elements and flows; this module turns them into XML that the modeler, bpmnlint and both
// runtimes read. Layout (BPMN DI) is added afterwards by ./layout.mjs.

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Collects elements, flows, messages and errors of one process. */
export class ProcessBuilder {
  constructor(id, name, documentation) {
    this.id = id;
    this.name = name;
    this.documentation = documentation;
    this.root = { children: [] };
    this.scope = this.root;
    this.messages = new Map();
    this.errors = new Map();
    this.nodes = new Map();
  }

  /** Declares a message once; its correlation key is a FEEL expression over process variables. */
  message(name, correlationKey) {
    const id = 'Message_' + name.replace(/[^A-Za-z0-9]/g, '_');
    this.messages.set(name, { id, name, correlationKey });
    return id;
  }

  error(code, name) {
    const id = 'Error_' + code;
    this.errors.set(code, { id, code, name: name ?? code });
    return id;
  }

  add(node) {
    if (this.nodes.has(node.id)) throw new Error(`duplicate id ${node.id}`);
    node.incoming = [];
    node.outgoing = [];
    this.nodes.set(node.id, node);
    this.scope.children.push(node);
    return node.id;
  }

  start(id, name, doc, opts = {}) {
    return this.add({ kind: 'startEvent', id, name, doc, ...opts });
  }
  end(id, name, doc, opts = {}) {
    return this.add({ kind: 'endEvent', id, name, doc, ...opts });
  }
  userTask(id, name, doc, opts) {
    return this.add({ kind: 'userTask', id, name, doc, ...opts });
  }
  serviceTask(id, name, doc, opts) {
    return this.add({ kind: 'serviceTask', id, name, doc, ...opts });
  }
  sendTask(id, name, doc, opts) {
    return this.add({ kind: 'sendTask', id, name, doc, ...opts });
  }
  scriptTask(id, name, doc, opts) {
    return this.add({ kind: 'scriptTask', id, name, doc, ...opts });
  }
  /** A DMN decision (processes/decisions/*.dmn) evaluated by the engine; opts: { decision, result }. */
  businessRuleTask(id, name, doc, opts) {
    return this.add({ kind: 'businessRuleTask', id, name, doc, ...opts });
  }
  manualTask(id, name, doc) {
    return this.add({ kind: 'manualTask', id, name, doc });
  }
  callActivity(id, name, doc, opts) {
    return this.add({ kind: 'callActivity', id, name, doc, ...opts });
  }
  exclusive(id, name, doc) {
    return this.add({ kind: 'exclusiveGateway', id, name, doc });
  }
  parallel(id, name, doc) {
    return this.add({ kind: 'parallelGateway', id, name, doc });
  }
  eventBased(id, name, doc) {
    return this.add({ kind: 'eventBasedGateway', id, name, doc });
  }
  catchEvent(id, name, doc, opts) {
    return this.add({ kind: 'intermediateCatchEvent', id, name, doc, ...opts });
  }
  boundary(id, name, doc, opts) {
    return this.add({ kind: 'boundaryEvent', id, name, doc, ...opts });
  }

  /** Embedded (or, with triggeredByEvent, event) sub-process; `build` adds its children. */
  subProcess(id, name, doc, build, opts = {}) {
    const node = { kind: 'subProcess', id, name, doc, children: [], ...opts };
    this.add(node);
    const outer = this.scope;
    this.scope = node;
    build(this);
    this.scope = outer;
    return id;
  }

  /** Sequence flow; `condition` is FEEL without the leading '='; `isDefault` marks the gateway default. */
  flow(from, to, opts = {}) {
    const id = opts.id ?? `Flow_${from}_${to}`;
    const src = this.nodes.get(from);
    const dst = this.nodes.get(to);
    if (!src || !dst) throw new Error(`flow ${id}: unknown ${!src ? from : to}`);
    const f = { kind: 'sequenceFlow', id, from, to, name: opts.name, condition: opts.condition };
    src.outgoing.push(id);
    dst.incoming.push(id);
    if (opts.isDefault) src.default = id;
    this.scopeOf(from).children.push(f);
    return id;
  }

  /** Chains nodes with plain flows. */
  chain(...ids) {
    for (let i = 0; i + 1 < ids.length; i++) this.flow(ids[i], ids[i + 1]);
  }

  scopeOf(id) {
    const find = (scope) => {
      for (const c of scope.children) {
        if (c.id === id) return scope;
        if (c.children) {
          const s = find(c);
          if (s) return s;
        }
      }
      return undefined;
    };
    const s = find(this.root);
    if (!s) throw new Error(`no scope for ${id}`);
    return s;
  }

  /** Event sub-processes of the process level (laid out on their own, below the main flow). */
  eventSubProcesses() {
    return this.root.children.filter((c) => c.kind === 'subProcess' && c.triggeredByEvent);
  }

  /**
   * Semantic XML. `children` restricts the process body (used for layout passes); by default the
   * whole process. Embedded sub-processes get a seed DI shape so they are laid out expanded.
   */
  toXml(children = this.root.children) {
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push(
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
        'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
        'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" ' +
        'xmlns:modeler="http://camunda.org/schema/modeler/1.0" ' +
        `id="Definitions_${this.id.replace(/-/g, '_')}" targetNamespace="http://bpmn.io/schema/bpmn" ` +
        'exporter="yukk-flow processes/tools" exporterVersion="1.0.0" ' +
        'modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">',
    );
    out.push(`<bpmn:process id="${this.id}" name="${esc(this.name)}" isExecutable="true">`);
    out.push(`<bpmn:documentation>${esc(this.documentation)}</bpmn:documentation>`);
    for (const c of children) out.push(this.nodeXml(c));
    out.push('</bpmn:process>');
    for (const m of this.messages.values()) {
      out.push(
        `<bpmn:message id="${m.id}" name="${esc(m.name)}"><bpmn:extensionElements>` +
          `<zeebe:subscription correlationKey="=${esc(m.correlationKey)}" /></bpmn:extensionElements></bpmn:message>`,
      );
    }
    for (const e of this.errors.values()) {
      out.push(`<bpmn:error id="${e.id}" name="${esc(e.name)}" errorCode="${esc(e.code)}" />`);
    }
    // Seed DI so the auto-layouter draws embedded and event sub-processes expanded, in place.
    out.push(`<bpmndi:BPMNDiagram id="Seed"><bpmndi:BPMNPlane id="SeedPlane" bpmnElement="${this.id}">`);
    const subProcesses = [];
    const walk = (list) => list.forEach((c) => c.kind === 'subProcess' && (subProcesses.push(c), walk(c.children)));
    walk(children);
    for (const n of subProcesses) {
      {
        out.push(
          `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}" isExpanded="true"><dc:Bounds x="0" y="0" width="100" height="80" /></bpmndi:BPMNShape>`,
        );
      }
    }
    out.push('</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>');
    out.push('</bpmn:definitions>');
    return out.join('\n');
  }

  nodeXml(n) {
    if (n.kind === 'sequenceFlow') {
      const name = n.name ? ` name="${esc(n.name)}"` : '';
      const cond = n.condition
        ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">=${esc(n.condition)}</bpmn:conditionExpression>`
        : '';
      return `<bpmn:sequenceFlow id="${n.id}"${name} sourceRef="${n.from}" targetRef="${n.to}"${cond ? `>${cond}</bpmn:sequenceFlow>` : ' />'}`;
    }
    const attrs = [`id="${n.id}"`];
    if (n.name) attrs.push(`name="${esc(n.name)}"`);
    if (n.default) attrs.push(`default="${n.default}"`);
    if (n.kind === 'boundaryEvent') {
      attrs.push(`attachedToRef="${n.attachedTo}"`);
      if (n.interrupting === false) attrs.push('cancelActivity="false"');
    }
    if (n.kind === 'startEvent' && n.interrupting === false) attrs.push('isInterrupting="false"');
    if (n.kind === 'subProcess' && n.triggeredByEvent) attrs.push('triggeredByEvent="true"');
    const body = [];
    if (n.doc) body.push(`<bpmn:documentation>${esc(n.doc)}</bpmn:documentation>`);
    const ext = this.extensionXml(n);
    if (ext) body.push(`<bpmn:extensionElements>${ext}</bpmn:extensionElements>`);
    for (const i of n.incoming) body.push(`<bpmn:incoming>${i}</bpmn:incoming>`);
    for (const o of n.outgoing) body.push(`<bpmn:outgoing>${o}</bpmn:outgoing>`);
    if (n.multiInstance) {
      const mi = n.multiInstance;
      body.push(
        `<bpmn:multiInstanceLoopCharacteristics${mi.sequential ? ' isSequential="true"' : ''}><bpmn:extensionElements>` +
          `<zeebe:loopCharacteristics inputCollection="=${esc(mi.collection)}" inputElement="${mi.element}" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`,
      );
    }
    body.push(this.eventDefinitionXml(n));
    if (n.children) for (const c of n.children) body.push(this.nodeXml(c));
    return `<bpmn:${n.kind} ${attrs.join(' ')}>${body.join('')}</bpmn:${n.kind}>`;
  }

  eventDefinitionXml(n) {
    if (n.timerDate) {
      return `<bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">=${esc(n.timerDate)}</bpmn:timeDate></bpmn:timerEventDefinition>`;
    }
    if (n.message) {
      const m = this.messages.get(n.message);
      if (!m) throw new Error(`${n.id}: undeclared message ${n.message}`);
      return `<bpmn:messageEventDefinition messageRef="${m.id}" />`;
    }
    if (n.error) {
      const e = this.errors.get(n.error);
      if (!e) throw new Error(`${n.id}: undeclared error ${n.error}`);
      return `<bpmn:errorEventDefinition errorRef="${e.id}" />`;
    }
    if (n.terminate) return '<bpmn:terminateEventDefinition />';
    return '';
  }

  extensionXml(n) {
    const parts = [];
    if (n.kind === 'serviceTask' || n.kind === 'sendTask') {
      parts.push(`<zeebe:taskDefinition type="${esc(n.type)}" retries="${n.retries ?? 3}" />`);
    }
    if (n.kind === 'userTask') {
      parts.push('<zeebe:userTask />');
      parts.push(`<zeebe:formDefinition formId="${esc(n.form)}" />`);
      parts.push(`<zeebe:assignmentDefinition candidateGroups="${esc(n.group ?? 'officers')}" />`);
      if (n.due) parts.push(`<zeebe:taskSchedule dueDate="=${esc(n.due)}" />`);
    }
    if (n.kind === 'scriptTask') {
      parts.push(`<zeebe:script expression="=${esc(n.expression)}" resultVariable="${n.result}" />`);
    }
    if (n.kind === 'businessRuleTask') {
      parts.push(`<zeebe:calledDecision decisionId="${esc(n.decision)}" resultVariable="${n.result}" />`);
    }
    if (n.kind === 'callActivity') {
      parts.push(`<zeebe:calledElement processId="${n.processId}" propagateAllChildVariables="false" />`);
    }
    if (n.inputs || n.outputs) {
      const io = [];
      for (const [target, source] of Object.entries(n.inputs ?? {})) {
        io.push(`<zeebe:input source="=${esc(source)}" target="${target}" />`);
      }
      for (const [target, source] of Object.entries(n.outputs ?? {})) {
        io.push(`<zeebe:output source="=${esc(source)}" target="${target}" />`);
      }
      parts.push(`<zeebe:ioMapping>${io.join('')}</zeebe:ioMapping>`);
    }
    if (n.headers) {
      const hs = Object.entries(n.headers).map(([k, v]) => `<zeebe:header key="${k}" value="${esc(v)}" />`);
      parts.push(`<zeebe:taskHeaders>${hs.join('')}</zeebe:taskHeaders>`);
    }
    return parts.join('');
  }
}
