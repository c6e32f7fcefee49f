/**
 * Which active elements of a process instance can move to another process definition under a mapping, and
 * which cannot (and why). Pure: it reads two compiled models and the active elements, so the engine uses it
 * before migrating and the monitor uses it for a dry run against either runtime.
 */
import { FlowNode, ProcessModel } from '../model/types';

export interface MappingInstruction {
  sourceElementId: string;
  targetElementId: string;
}

export interface ActiveElement {
  elementInstanceKey: string;
  elementId: string;
  /** Camunda's element instance type (MULTI_INSTANCE_BODY for the body of a multi-instance activity). */
  type: string;
}

export interface PlannedMove extends ActiveElement {
  targetElementId: string;
  targetElementName: string | null;
}

export interface MigrationProblem {
  elementInstanceKey: string | null;
  elementId: string;
  /** unmapped | missingTarget | typeChanged | scopeChanged | catchEventUnmapped | duplicateMapping */
  reason: string;
  detail: string;
}

export interface MigrationPlan {
  moves: PlannedMove[];
  problems: MigrationProblem[];
}

/** Instance type of a node as element instances report it. */
const typeOf = (node: FlowNode, type: string) => (type === 'MULTI_INSTANCE_BODY' ? (node.multiInstance ? 'MULTI_INSTANCE_BODY' : node.type) : node.type);

export function planMigration(source: ProcessModel, target: ProcessModel, active: ActiveElement[], mapping: MappingInstruction[]): MigrationPlan {
  const problems: MigrationProblem[] = [];
  const map = new Map<string, string>();
  for (const m of mapping) {
    if (map.has(m.sourceElementId)) {
      problems.push({ elementInstanceKey: null, elementId: m.sourceElementId, reason: 'duplicateMapping', detail: `'${m.sourceElementId}' is mapped more than once` });
      continue;
    }
    map.set(m.sourceElementId, m.targetElementId);
  }
  // The processes themselves always map onto each other.
  map.set(source.root.id, target.root.id);
  const moves: PlannedMove[] = [];
  for (const a of active) {
    if (a.type === 'PROCESS') continue;
    const from = source.nodes.get(a.elementId);
    const to = map.get(a.elementId);
    const problem = (reason: string, detail: string) => problems.push({ elementInstanceKey: a.elementInstanceKey, elementId: a.elementId, reason, detail });
    if (!from) {
      problem('missingSource', `'${a.elementId}' is not in the source diagram`);
      continue;
    }
    if (to === undefined) {
      problem('unmapped', `active element '${a.elementId}' has no mapping`);
      continue;
    }
    const dest = target.nodes.get(to);
    if (!dest) {
      problem('missingTarget', `'${a.elementId}' is mapped to '${to}', which is not in the target diagram`);
      continue;
    }
    if (typeOf(from, a.type) !== typeOf(dest, a.type) || !!from.multiInstance !== !!dest.multiInstance) {
      problem('typeChanged', `'${a.elementId}' is a ${describe(from)} but '${to}' is a ${describe(dest)}`);
      continue;
    }
    const scopeTarget = map.get(from.scopeId);
    if (scopeTarget !== dest.scopeId) {
      problem('scopeChanged', `'${a.elementId}' would leave its flow scope: '${from.scopeId}' maps to '${scopeTarget ?? '(nothing)'}' but '${to}' is inside '${dest.scopeId}'`);
      continue;
    }
    // Timers and subscriptions the element owns (its boundary events, its own catch) are kept, so each
    // needs its counterpart on the target element.
    for (const b of from.boundaryEvents) {
      const bt = map.get(b) ?? b;
      const counterpart = target.nodes.get(bt);
      if (!counterpart || counterpart.attachedTo !== to || counterpart.event?.kind !== source.nodes.get(b)?.event?.kind) {
        problem('catchEventUnmapped', `boundary event '${b}' of '${a.elementId}' has no counterpart on '${to}'`);
      }
    }
    if (from.event && dest.event && from.event.kind !== dest.event.kind) problem('typeChanged', `'${a.elementId}' waits for a ${from.event.kind} event but '${to}' for a ${dest.event.kind} event`);
    if (from.type === 'EVENT_BASED_GATEWAY') {
      for (const f of from.outgoing) {
        const ev = source.flows.get(f)?.targetId;
        if (ev && !target.nodes.has(map.get(ev) ?? ev)) problem('catchEventUnmapped', `event '${ev}' after gateway '${a.elementId}' has no counterpart in the target`);
      }
    }
    // Event sub-processes of a scope that is moving keep their start subscriptions.
    if (from.type === 'SUB_PROCESS') {
      for (const esp of from.eventSubProcesses) {
        const start = source.nodes.get(esp)?.startEventId;
        if (start && !target.nodes.has(map.get(start) ?? start)) problem('catchEventUnmapped', `event sub-process start '${start}' in '${a.elementId}' has no counterpart in the target`);
      }
    }
    moves.push({ ...a, targetElementId: to, targetElementName: dest.name ?? null });
  }
  if (active.some((a) => a.type === 'PROCESS')) {
    for (const esp of source.root.eventSubProcesses) {
      const start = source.nodes.get(esp)?.startEventId;
      if (start && !target.nodes.has(map.get(start) ?? start)) problems.push({ elementInstanceKey: null, elementId: start, reason: 'catchEventUnmapped', detail: `event sub-process start '${start}' has no counterpart in the target` });
    }
  }
  return { moves, problems };
}

const describe = (n: FlowNode) => `${n.type}${n.multiInstance ? ' (multi-instance)' : ''}${n.event ? ` (${n.event.kind})` : ''}`;
