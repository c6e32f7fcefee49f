import { invalidArgument } from '../errors';
import { Expr, feelSyntaxError, toExpr } from '../feel/feel';
import { parseTimerSpecStatic } from '../runtime/timer-spec';
import { parseBpmnXml } from './parse-xml';
import { ElementType, EventDefinition, FlowNode, Mapping, ProcessModel, SequenceFlow } from './types';

const TYPE_OF: Record<string, ElementType> = {
  'bpmn:Process': 'PROCESS',
  'bpmn:SubProcess': 'SUB_PROCESS',
  'bpmn:StartEvent': 'START_EVENT',
  'bpmn:IntermediateCatchEvent': 'INTERMEDIATE_CATCH_EVENT',
  'bpmn:IntermediateThrowEvent': 'INTERMEDIATE_THROW_EVENT',
  'bpmn:BoundaryEvent': 'BOUNDARY_EVENT',
  'bpmn:EndEvent': 'END_EVENT',
  'bpmn:ServiceTask': 'SERVICE_TASK',
  'bpmn:ReceiveTask': 'RECEIVE_TASK',
  'bpmn:UserTask': 'USER_TASK',
  'bpmn:ManualTask': 'MANUAL_TASK',
  'bpmn:Task': 'TASK',
  'bpmn:ExclusiveGateway': 'EXCLUSIVE_GATEWAY',
  'bpmn:InclusiveGateway': 'INCLUSIVE_GATEWAY',
  'bpmn:ParallelGateway': 'PARALLEL_GATEWAY',
  'bpmn:EventBasedGateway': 'EVENT_BASED_GATEWAY',
  'bpmn:CallActivity': 'CALL_ACTIVITY',
  'bpmn:BusinessRuleTask': 'BUSINESS_RULE_TASK',
  'bpmn:ScriptTask': 'SCRIPT_TASK',
  'bpmn:SendTask': 'SEND_TASK',
};

/** Elements that carry no tokens and need no support. */
const IGNORED = new Set(['bpmn:SequenceFlow', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:DataObject']);

export interface CompiledDefinitions {
  processes: ProcessModel[];
}

class Problems {
  readonly list: string[] = [];
  add(elementId: string, message: string): void {
    this.list.push(`Element '${elementId}': ${message}`);
  }
  expr(elementId: string, property: string, expr: Expr | undefined): void {
    if (expr?.feel) {
      const err = feelSyntaxError(expr.source);
      if (err) this.add(elementId, `invalid FEEL expression in ${property} '=${expr.source}': ${err}`);
    }
  }
}

function ext(el: any, type: string): any | undefined {
  return (el.extensionElements?.values ?? []).find((v: any) => v.$type === type);
}

function mappings(list: any[] | undefined): Mapping[] {
  return (list ?? []).map((p: any) => ({ source: toExpr(p.source ?? '=null')!, target: p.target }));
}

function eventDefinition(el: any, problems: Problems): EventDefinition | undefined {
  const defs: any[] = el.eventDefinitions ?? [];
  if (defs.length === 0) return undefined;
  if (defs.length > 1) {
    problems.add(el.id, 'multiple event definitions are not supported');
    return undefined;
  }
  const d = defs[0];
  switch (d.$type) {
    case 'bpmn:TimerEventDefinition': {
      const kind = d.timeDuration ? 'duration' : d.timeDate ? 'date' : d.timeCycle ? 'cycle' : undefined;
      const body = (d.timeDuration ?? d.timeDate ?? d.timeCycle)?.body;
      if (!kind || !body) {
        problems.add(el.id, 'timer event has no timeDuration, timeDate or timeCycle');
        return { kind: 'timer' };
      }
      const expr = toExpr(body)!;
      problems.expr(el.id, kind, expr);
      if (!expr.feel) {
        const err = parseTimerSpecStatic(kind, expr.value);
        if (err) problems.add(el.id, err);
      }
      return { kind: 'timer', timer: { kind, expr } };
    }
    case 'bpmn:MessageEventDefinition': {
      const msg = d.messageRef;
      if (!msg) {
        // message throw events/end events may be job-based without a message reference
        return { kind: 'message' };
      }
      const name = toExpr(msg.name);
      if (!name) problems.add(el.id, `message '${msg.id}' has no name`);
      problems.expr(el.id, 'message name', name);
      const sub = ext(msg, 'zeebe:Subscription');
      const correlationKey = toExpr(sub?.correlationKey);
      problems.expr(el.id, 'correlationKey', correlationKey);
      return { kind: 'message', messageName: name, correlationKey };
    }
    case 'bpmn:ErrorEventDefinition':
      return { kind: 'error', errorCode: d.errorRef?.errorCode ?? undefined };
    case 'bpmn:TerminateEventDefinition':
      return { kind: 'terminate' };
    case 'bpmn:SignalEventDefinition': {
      const sig = d.signalRef;
      if (!sig) {
        problems.add(el.id, 'signal event must reference a signal (signalRef)');
        return { kind: 'signal' };
      }
      const signalName = toExpr(sig.name);
      if (!signalName || (!signalName.feel && signalName.value === '')) {
        problems.add(el.id, `signal '${sig.id}' has no name: a signal name must be present and not empty`);
        return { kind: 'signal' };
      }
      problems.expr(el.id, 'signal name', signalName);
      return { kind: 'signal', signalName };
    }
    case 'bpmn:LinkEventDefinition': {
      if (!['bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent'].includes(el.$type)) {
        problems.add(el.id, 'link events can only be intermediate throw or catch events');
        return undefined;
      }
      if (!d.name) problems.add(el.id, 'link name must be present and not empty');
      return { kind: 'link', linkName: d.name || undefined };
    }
    case 'bpmn:EscalationEventDefinition':
      return escalationDefinition(el, d, problems);
    case 'bpmn:CompensateEventDefinition':
      return compensationDefinition(el, d, problems);
    default:
      problems.add(el.id, `event definition '${d.$type}' is not supported`);
      return undefined;
  }
}

const THROWS = ['bpmn:IntermediateThrowEvent', 'bpmn:EndEvent'];

/**
 * Zeebe's escalation events: a throw names its code statically or as FEEL (evaluated when reached);
 * a catch (boundary, event sub-process start) names a static code, or no escalation at all to catch
 * every escalation. Intermediate catch events cannot wait for an escalation.
 */
function escalationDefinition(el: any, d: any, problems: Problems): EventDefinition | undefined {
  const esc = d.escalationRef;
  if (THROWS.includes(el.$type)) {
    const code = toExpr(esc?.escalationCode);
    if (!code || (!code.feel && code.value === '')) {
      problems.add(el.id, 'an escalation throw event must reference an escalation with an escalationCode');
      return undefined;
    }
    problems.expr(el.id, 'escalationCode', code);
    return { kind: 'escalation', escalationCode: code };
  }
  if (!['bpmn:BoundaryEvent', 'bpmn:StartEvent'].includes(el.$type)) {
    problems.add(el.id, 'escalation events can only be throw, end, boundary or event sub-process start events');
    return undefined;
  }
  if (!esc) return { kind: 'escalation' };
  const code = toExpr(esc.escalationCode);
  if (!code || (!code.feel && code.value === '')) {
    problems.add(el.id, `escalation '${esc.id}' has no escalationCode: a catch event names a code or references no escalation to catch all`);
    return undefined;
  }
  if (code.feel) {
    problems.add(el.id, 'the escalationCode of an escalation catch event must be a static value, not an expression');
    return undefined;
  }
  return { kind: 'escalation', escalationCode: code };
}

/**
 * Zeebe's compensation events (8.5+): intermediate throw and end events (optionally naming one activity
 * by activityRef) and boundary events associated with a compensation handler. Compensation event
 * sub-processes are not supported by Zeebe, so they are refused here too.
 */
function compensationDefinition(el: any, d: any, problems: Problems): EventDefinition | undefined {
  if (THROWS.includes(el.$type)) return { kind: 'compensation', activityRef: d.activityRef?.id };
  if (el.$type === 'bpmn:BoundaryEvent') return { kind: 'compensation' };
  problems.add(el.id, el.$type === 'bpmn:StartEvent' ? 'compensation event sub-processes are not supported (as in Camunda 8)' : 'compensation events can only be throw, end or boundary events');
  return undefined;
}

function compileNode(el: any, scopeId: string, problems: Problems): FlowNode {
  const type = TYPE_OF[el.$type] ?? 'UNKNOWN';
  if (type === 'UNKNOWN') problems.add(el.id, `element type '${el.$type}' is not supported`);
  const io = ext(el, 'zeebe:IoMapping');
  const node: FlowNode = {
    id: el.id,
    name: el.name,
    bpmnType: el.$type.replace('bpmn:', ''),
    type: el.$type === 'bpmn:SubProcess' && el.triggeredByEvent ? 'EVENT_SUB_PROCESS' : type,
    scopeId,
    incoming: (el.incoming ?? []).map((f: any) => f.id),
    outgoing: (el.outgoing ?? []).map((f: any) => f.id),
    inputs: mappings(io?.inputParameters),
    outputs: mappings(io?.outputParameters),
    interrupting: el.$type === 'bpmn:BoundaryEvent' ? el.cancelActivity !== false : el.isInterrupting !== false,
    attachedTo: el.attachedToRef?.id,
    boundaryEvents: [],
    defaultFlow: el.default?.id,
    eventSubProcesses: [],
    children: [],
  };
  for (const m of [...node.inputs, ...node.outputs]) problems.expr(el.id, `mapping to '${m.target}'`, m.source);
  if (el.isForCompensation) node.isForCompensation = true;
  node.event = eventDefinition(el, problems);

  const taskDef = ext(el, 'zeebe:TaskDefinition');
  const headers: Record<string, string> = {};
  for (const h of ext(el, 'zeebe:TaskHeaders')?.values ?? []) headers[h.key] = h.value;
  const needsJob =
    ['SERVICE_TASK', 'SEND_TASK', 'BUSINESS_RULE_TASK'].includes(node.type) ||
    (node.type === 'SCRIPT_TASK' && !ext(el, 'zeebe:Script')) ||
    (['INTERMEDIATE_THROW_EVENT', 'END_EVENT'].includes(node.type) && node.event?.kind === 'message');
  if (needsJob) {
    const decision = ext(el, 'zeebe:CalledDecision');
    if (decision && node.type === 'BUSINESS_RULE_TASK') {
      const decisionId = toExpr(decision.decisionId);
      if (!decisionId || (!decisionId.feel && decisionId.value === '')) problems.add(el.id, 'zeebe:calledDecision needs a decisionId');
      else if (!decision.resultVariable) problems.add(el.id, 'zeebe:calledDecision needs a resultVariable');
      else {
        problems.expr(el.id, 'decisionId', decisionId);
        node.calledDecision = { decisionId, resultVariable: decision.resultVariable };
      }
    } else if (!taskDef?.type) problems.add(el.id, `no job type: add a zeebe:taskDefinition with a type`);
    else {
      node.job = { type: toExpr(taskDef.type)!, retries: toExpr(taskDef.retries ?? '3')!, headers };
      problems.expr(el.id, 'job type', node.job.type);
      problems.expr(el.id, 'retries', node.job.retries);
    }
  }
  if (node.type === 'SCRIPT_TASK' && ext(el, 'zeebe:Script')) {
    const s = ext(el, 'zeebe:Script');
    const expression = toExpr(s.expression);
    if (!expression?.feel) problems.add(el.id, 'zeebe:script needs a FEEL expression starting with =');
    else if (!s.resultVariable) problems.add(el.id, 'zeebe:script needs a resultVariable');
    else {
      problems.expr(el.id, 'script', expression);
      node.script = { expression, resultVariable: s.resultVariable };
    }
  }
  if (node.type === 'USER_TASK') {
    const zeebeUserTask = !!ext(el, 'zeebe:UserTask');
    const assignment = ext(el, 'zeebe:AssignmentDefinition');
    const schedule = ext(el, 'zeebe:TaskSchedule');
    const form = ext(el, 'zeebe:FormDefinition');
    const priority = ext(el, 'zeebe:PriorityDefinition');
    node.userTask = {
      jobBased: !zeebeUserTask,
      assignee: toExpr(assignment?.assignee),
      candidateGroups: toExpr(assignment?.candidateGroups),
      candidateUsers: toExpr(assignment?.candidateUsers),
      dueDate: toExpr(schedule?.dueDate),
      followUpDate: toExpr(schedule?.followUpDate),
      formId: form?.formId,
      externalReference: form?.externalReference,
      priority: priority?.priority !== undefined ? toExpr(String(priority.priority)) : undefined,
    };
    for (const [k, v] of Object.entries(node.userTask)) if (v && typeof v === 'object') problems.expr(el.id, k, v as Expr);
    if (!zeebeUserTask) node.job = { type: { feel: false, value: 'io.camunda.zeebe:userTask' }, retries: { feel: false, value: '1' }, headers };
  }
  if (node.type === 'CALL_ACTIVITY') {
    const ce = ext(el, 'zeebe:CalledElement');
    const processId = toExpr(ce?.processId ?? ce?.processIdExpression);
    if (!processId) problems.add(el.id, 'call activity needs zeebe:calledElement processId');
    else {
      problems.expr(el.id, 'processId', processId);
      node.calledElement = {
        processId,
        propagateAllChildVariables: ce.propagateAllChildVariables !== false,
        propagateAllParentVariables: ce.propagateAllParentVariables !== false,
      };
    }
  }
  const loop = el.loopCharacteristics;
  if (loop) {
    if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') problems.add(el.id, 'standard loops are not supported; use multi-instance');
    else {
      const zl = ext(loop, 'zeebe:LoopCharacteristics');
      const inputCollection = toExpr(zl?.inputCollection);
      if (!inputCollection) problems.add(el.id, 'multi-instance needs zeebe:loopCharacteristics inputCollection');
      else {
        node.multiInstance = {
          sequential: !!loop.isSequential,
          inputCollection,
          inputElement: zl.inputElement,
          outputCollection: zl.outputCollection,
          outputElement: toExpr(zl.outputElement),
          completionCondition: toExpr(loop.completionCondition?.body),
        };
        problems.expr(el.id, 'inputCollection', inputCollection);
        problems.expr(el.id, 'outputElement', node.multiInstance.outputElement);
        problems.expr(el.id, 'completionCondition', node.multiInstance.completionCondition);
        if (node.multiInstance.outputCollection && !node.multiInstance.outputElement) problems.add(el.id, 'outputCollection needs an outputElement');
      }
    }
  }
  // Catch events need what Zeebe needs to subscribe.
  if (node.event?.kind === 'message' && ['INTERMEDIATE_CATCH_EVENT', 'BOUNDARY_EVENT', 'START_EVENT', 'RECEIVE_TASK'].includes(node.type) && !node.event.messageName) {
    problems.add(el.id, 'message catch event needs a message with a name');
  }
  if (node.event?.kind === 'message' && ['INTERMEDIATE_CATCH_EVENT', 'BOUNDARY_EVENT'].includes(node.type) && !node.event.correlationKey) {
    problems.add(el.id, 'message catch event needs a zeebe:subscription correlationKey');
  }
  if (node.type === 'RECEIVE_TASK') {
    const msg = el.messageRef;
    if (!msg?.name) problems.add(el.id, 'receive task needs a message with a name');
    else {
      const sub = ext(msg, 'zeebe:Subscription');
      node.event = { kind: 'message', messageName: toExpr(msg.name), correlationKey: toExpr(sub?.correlationKey) };
      if (!node.event.correlationKey) problems.add(el.id, 'receive task needs a zeebe:subscription correlationKey');
    }
  }
  return node;
}

function compileScope(scopeEl: any, scope: FlowNode, model: ProcessModel, problems: Problems, associations: Map<string, string>): void {
  // Compensation boundary events reach their handler through an association (an artifact of the scope or process).
  for (const a of scopeEl.artifacts ?? []) if (a.$type === 'bpmn:Association' && a.sourceRef?.id && a.targetRef?.id) associations.set(a.sourceRef.id, a.targetRef.id);
  for (const el of scopeEl.flowElements ?? []) {
    if (el.$type === 'bpmn:SequenceFlow') {
      const condition = toExpr(el.conditionExpression?.body);
      if (condition && !condition.feel) problems.add(el.id, 'condition must be a FEEL expression starting with =');
      problems.expr(el.id, 'condition', condition);
      model.flows.set(el.id, { id: el.id, sourceId: el.sourceRef?.id, targetId: el.targetRef?.id, condition });
      continue;
    }
    if (IGNORED.has(el.$type)) continue;
    const node = compileNode(el, scope.id, problems);
    model.nodes.set(node.id, node);
    scope.children.push(node.id);
    if (node.type === 'EVENT_SUB_PROCESS') scope.eventSubProcesses.push(node.id);
    if (node.type === 'SUB_PROCESS' || node.type === 'EVENT_SUB_PROCESS') compileScope(el, node, model, problems, associations);
  }
  // Start events of this scope.
  const starts = scope.children.map((id) => model.nodes.get(id)!).filter((n) => n.type === 'START_EVENT');
  const noneStarts = starts.filter((s) => !s.event);
  if (scope.type === 'EVENT_SUB_PROCESS') {
    if (starts.length !== 1 || !starts[0].event) problems.add(scope.id, 'an event sub-process needs exactly one timer, message, signal, error or escalation start event');
    else scope.startEventId = starts[0].id;
  } else {
    if (noneStarts.length > 1) problems.add(scope.id, 'more than one none start event');
    scope.startEventId = noneStarts[0]?.id;
    if (scope.type === 'SUB_PROCESS' && !scope.startEventId) problems.add(scope.id, 'an embedded sub-process needs a none start event');
    // A typed start event in an embedded sub-process would never be subscribed to: Zeebe refuses it.
    if (scope.type === 'SUB_PROCESS') for (const s of starts.filter((s) => s.event)) problems.add(s.id, 'start events in sub-processes must be of type none');
  }
}

/**
 * Zeebe follows sourceRef/targetRef; <incoming>/<outgoing> children are optional hints. Their order,
 * where given, decides the order in which gateway conditions are evaluated.
 */
function linkFlows(model: ProcessModel): void {
  const listed = new Map([...model.nodes.values()].map((n) => [n.id, { incoming: n.incoming, outgoing: n.outgoing }]));
  for (const n of model.nodes.values()) {
    n.incoming = [];
    n.outgoing = [];
  }
  for (const f of model.flows.values()) {
    model.nodes.get(f.sourceId)?.outgoing.push(f.id);
    model.nodes.get(f.targetId)?.incoming.push(f.id);
  }
  for (const n of model.nodes.values()) {
    const hint = listed.get(n.id)!;
    const rank = (order: string[]) => (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    n.outgoing.sort((a, b) => rank(hint.outgoing)(a) - rank(hint.outgoing)(b));
    n.incoming.sort((a, b) => rank(hint.incoming)(a) - rank(hint.incoming)(b));
  }
}

function linkAndCheck(model: ProcessModel, problems: Problems, associations: Map<string, string>): void {
  linkFlows(model);
  for (const node of model.nodes.values()) {
    if (node.attachedTo) {
      const host = model.nodes.get(node.attachedTo);
      if (!host) problems.add(node.id, `attached to unknown element '${node.attachedTo}'`);
      else host.boundaryEvents.push(node.id);
      if (node.event && !['timer', 'message', 'error', 'signal', 'escalation', 'compensation'].includes(node.event.kind)) problems.add(node.id, `boundary ${node.event.kind} events are not supported`);
      if (!node.event) problems.add(node.id, 'boundary event needs an event definition');
      if (node.event?.kind === 'compensation' && host) checkCompensationBoundary(model, node, host, associations.get(node.id), problems);
    }
    if (node.isForCompensation) {
      if (node.incoming.length || node.outgoing.length) problems.add(node.id, 'a compensation handler must have no incoming or outgoing sequence flows');
      if (node.type === 'SUB_PROCESS') problems.add(node.id, 'a compensation handler must be a task, not a sub-process (as in Camunda 8)');
      if (node.boundaryEvents.length) problems.add(node.id, 'a compensation handler must have no boundary events');
    }
    if (node.event?.kind === 'compensation' && node.event.activityRef) {
      const ref = model.nodes.get(node.event.activityRef);
      const scope = model.nodes.get(node.scopeId);
      // From an event sub-process, compensation reaches the activities of the scope that holds it.
      const scopes = [node.scopeId, scope?.type === 'EVENT_SUB_PROCESS' ? scope.scopeId : node.scopeId];
      if (!ref || !scopes.includes(ref.scopeId)) problems.add(node.id, `the compensation activityRef '${node.event.activityRef}' must name an activity in the same scope as the throw event`);
    }
    if (node.type === 'START_EVENT' && node.event?.kind === 'escalation' && model.nodes.get(node.scopeId)?.type !== 'EVENT_SUB_PROCESS') {
      problems.add(node.id, 'escalation start events are only allowed in event sub-processes');
    }
    if (node.type === 'EXCLUSIVE_GATEWAY' || node.type === 'INCLUSIVE_GATEWAY') {
      if (node.outgoing.length > 1) {
        for (const fid of node.outgoing) {
          const f = model.flows.get(fid);
          if (f && fid !== node.defaultFlow && !f.condition) problems.add(fid, `sequence flow leaving gateway '${node.id}' needs a condition (or must be the default flow)`);
        }
      }
    }
    if (node.type === 'EVENT_BASED_GATEWAY') {
      for (const fid of node.outgoing) {
        const target = model.nodes.get(model.flows.get(fid)?.targetId ?? '');
        if (!target || target.type !== 'INTERMEDIATE_CATCH_EVENT' || !target.event || !['timer', 'message', 'signal'].includes(target.event.kind)) {
          problems.add(node.id, 'an event-based gateway must lead only to timer, message or signal intermediate catch events');
        }
      }
    }
    if (node.type === 'INTERMEDIATE_CATCH_EVENT' && !node.event) problems.add(node.id, 'intermediate catch event needs a timer, message, signal or link definition');
    if (node.type === 'START_EVENT' && node.event?.kind === 'error' && model.nodes.get(node.scopeId)?.type !== 'EVENT_SUB_PROCESS') {
      problems.add(node.id, 'error start events are only allowed in event sub-processes');
    }
  }
  for (const f of model.flows.values()) {
    if (!model.nodes.has(f.sourceId) || !model.nodes.has(f.targetId)) problems.add(f.id, 'sequence flow with unknown source or target');
  }
}

function checkCompensationBoundary(model: ProcessModel, boundary: FlowNode, host: FlowNode, handlerId: string | undefined, problems: Problems): void {
  if (boundary.outgoing.length) problems.add(boundary.id, 'a compensation boundary event must have no outgoing sequence flows: associate it with a compensation handler');
  const handler = handlerId ? model.nodes.get(handlerId) : undefined;
  if (!handler) problems.add(boundary.id, 'a compensation boundary event must be associated with a compensation handler');
  else if (!handler.isForCompensation) problems.add(handler.id, `the activity associated with compensation boundary event '${boundary.id}' must be marked isForCompensation`);
  else if (host.compensationHandler) problems.add(boundary.id, `'${host.id}' has more than one compensation boundary event`);
  else host.compensationHandler = handler.id;
}

/** How Zeebe writes a name for its duplicate checks: the attribute as given, expression or not. */
const rawName = (e: Expr | undefined): string | undefined => (e ? (e.feel ? `=${e.source}` : e.value) : undefined);

function checkDuplicateSignalNames(nodes: FlowNode[], problems: Problems): void {
  const seen = new Map<string, string>();
  for (const n of nodes) {
    if (n.event?.kind !== 'signal') continue;
    const name = rawName(n.event.signalName);
    if (name === undefined) continue;
    const first = seen.get(name);
    if (first) problems.add(n.id, `Multiple signal event definitions with the same name '${name}' are not allowed (also '${first}').`);
    else seen.set(name, n.id);
  }
}

/**
 * Zeebe's rules for link and signal names (ModelUtil.verifyLinkIntermediateEvents and the duplicate
 * checks of ProcessValidator, SubProcessValidator and the boundary event validation); the messages
 * follow Zeebe's wording, with the element named. Also pairs each link throw with its catch.
 */
function checkLinksAndSignals(model: ProcessModel, problems: Problems): void {
  const nodes = [...model.nodes.values()];
  const links = nodes.filter((n) => n.event?.kind === 'link' && n.event.linkName);
  const catches = links.filter((n) => n.type === 'INTERMEDIATE_CATCH_EVENT');
  // Zeebe collects the catch names of a process together with those of all its sub-processes, so a
  // name may be caught once per process, not once per scope (camunda-compat's link-event rule agrees).
  const catchByName = new Map<string, FlowNode>();
  for (const c of catches) {
    const name = c.event!.linkName!;
    const first = catchByName.get(name);
    if (first) problems.add(c.id, `Multiple intermediate catch link event definitions with the same name '${name}' are not allowed (also '${first.id}').`);
    else catchByName.set(name, c);
  }
  for (const t of links.filter((n) => n.type === 'INTERMEDIATE_THROW_EVENT')) {
    const name = t.event!.linkName!;
    const target = catches.find((c) => c.scopeId === t.scopeId && c.event!.linkName === name);
    if (!target) problems.add(t.id, `Can't find a catch link event for the throw link event with the name '${name}' in the same scope.`);
    else t.linkTarget = target.id;
  }
  for (const n of nodes) {
    if (n.type === 'PROCESS' || n.type === 'SUB_PROCESS' || n.type === 'EVENT_SUB_PROCESS') {
      // Start events of the process, and the start events of a scope's event sub-processes.
      if (n.type === 'PROCESS') checkDuplicateSignalNames(n.children.map((id) => model.nodes.get(id)!).filter((c) => c.type === 'START_EVENT'), problems);
      checkDuplicateSignalNames(n.eventSubProcesses.map((id) => model.nodes.get(model.nodes.get(id)!.startEventId ?? '')).filter((s): s is FlowNode => !!s), problems);
    }
    if (n.boundaryEvents.length > 1) checkDuplicateSignalNames(n.boundaryEvents.map((id) => model.nodes.get(id)!), problems);
  }
}

/** For inclusive joins: which nodes of the same scope can reach each inclusive gateway. */
function computeReachability(model: ProcessModel): void {
  // A link catch is reached from its throws without a sequence flow.
  const linkSources = new Map<string, string[]>();
  for (const n of model.nodes.values()) if (n.linkTarget) linkSources.set(n.linkTarget, [...(linkSources.get(n.linkTarget) ?? []), n.id]);
  for (const gw of model.nodes.values()) {
    if (gw.type !== 'INCLUSIVE_GATEWAY' || gw.incoming.length < 2) continue;
    const seen = new Set<string>();
    const stack = gw.incoming.map((fid) => model.flows.get(fid)?.sourceId).filter(Boolean) as string[];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id) || id === gw.id) continue;
      seen.add(id);
      const n = model.nodes.get(id);
      if (!n) continue;
      for (const fid of n.incoming) stack.push(model.flows.get(fid)!.sourceId);
      if (n.attachedTo) stack.push(n.attachedTo);
      stack.push(...(linkSources.get(n.id) ?? []));
    }
    // Activities with boundary events reach through them, and scope children count as their scope.
    gw.reachableFrom = seen;
  }
}

export async function compileBpmn(xml: string, resourceName: string): Promise<CompiledDefinitions> {
  const definitions = await parseBpmnXml(xml, resourceName);
  const processes: ProcessModel[] = [];
  const problems = new Problems();
  for (const root of definitions.rootElements ?? []) {
    if (root.$type !== 'bpmn:Process') continue;
    if (root.isExecutable === false) continue;
    const rootNode = compileNode({ ...root, $type: 'bpmn:Process', id: root.id, name: root.name }, root.id, problems);
    const versionTag = ext(root, 'zeebe:VersionTag')?.value;
    const model: ProcessModel = {
      id: root.id,
      name: root.name,
      versionTag,
      nodes: new Map([[root.id, rootNode]]),
      flows: new Map<string, SequenceFlow>(),
      root: rootNode,
      timerStartEvents: [],
      messageStartEvents: [],
      signalStartEvents: [],
      hasStartForm: false,
    };
    const associations = new Map<string, string>();
    compileScope(root, rootNode, model, problems, associations);
    linkAndCheck(model, problems, associations);
    checkLinksAndSignals(model, problems);
    computeReachability(model);
    model.hasCompensation = [...model.nodes.values()].some((n) => n.compensationHandler);
    for (const id of rootNode.children) {
      const n = model.nodes.get(id)!;
      if (n.type !== 'START_EVENT') continue;
      if (n.event?.kind === 'timer') model.timerStartEvents.push(id);
      if (n.event?.kind === 'message') model.messageStartEvents.push(id);
      if (n.event?.kind === 'signal') model.signalStartEvents.push(id);
    }
    const noneStart = rootNode.startEventId ? model.nodes.get(rootNode.startEventId) : undefined;
    model.hasStartForm = !!(noneStart && (root.flowElements ?? []).find((e: any) => e.id === noneStart.id && ext(e, 'zeebe:FormDefinition')));
    if (!rootNode.startEventId && model.timerStartEvents.length === 0 && model.messageStartEvents.length === 0 && model.signalStartEvents.length === 0) {
      problems.add(root.id, 'process has no start event');
    }
    processes.push(model);
  }
  if (processes.length === 0 && problems.list.length === 0) {
    throw invalidArgument(`'${resourceName}': no executable process found`);
  }
  if (problems.list.length > 0) {
    throw invalidArgument(`'${resourceName}' cannot be deployed: ${problems.list.join('; ')}`);
  }
  return { processes };
}
