import { invalidArgument } from '../errors';
import { FlowNode, ProcessModel } from './types';

/**
 * Deploy-time refusal of processes that deploy but can never run. The interpreter takes every element that
 * does not wait (gateways, scripts, manual tasks, throw events …) in one synchronous step, recursively, so:
 *
 * - a cycle in which nothing waits and nothing can leave (A → B → A) would run forever, blocking the server;
 * - a chain of a few thousand such elements in a row overflows the stack at the first start;
 * - sub-processes nested very deeply do the same;
 * - a process with tens of thousands of elements costs every deployment, parse and instance more than it is worth.
 *
 * Each is refused with the element id, before anything is stored. A cycle with a way out (an exclusive or
 * inclusive gateway with a flow leaving the cycle: a loop with a counter) or with a wait state is allowed.
 */
export const PROCESS_LIMITS = {
  /** Flow nodes (events, tasks, gateways, sub-processes) in one process; the procedures have under 200. */
  maxElements: 2000,
  /** Elements that do not wait, in a row. The interpreter's recursion runs out of stack at about 1,000. */
  maxChain: 250,
  /** Sub-processes inside sub-processes. */
  maxDepth: 32,
};

/** Elements where a token stops until something outside the command happens (or may: sub-processes, calls). */
function waits(node: FlowNode): boolean {
  if (node.job || node.userTask || node.multiInstance || node.calledElement) return true;
  switch (node.type) {
    case 'USER_TASK':
    case 'SERVICE_TASK':
    case 'SEND_TASK':
    case 'RECEIVE_TASK':
    case 'BUSINESS_RULE_TASK':
    case 'CALL_ACTIVITY':
    case 'EVENT_BASED_GATEWAY':
    case 'SUB_PROCESS':
    case 'EVENT_SUB_PROCESS':
      return true;
    case 'INTERMEDIATE_CATCH_EVENT':
      return node.event?.kind !== 'link';
    case 'PARALLEL_GATEWAY':
    case 'INCLUSIVE_GATEWAY':
      // A join waits for its other branches.
      return node.incoming.length > 1;
    default:
      return false;
  }
}

const refuse = (id: string, why: string) => invalidArgument(`Element '${id}': ${why}`);

export function checkRunnable(model: ProcessModel): void {
  const elements = model.nodes.size - 1; // the process itself is a node of the model
  if (elements > PROCESS_LIMITS.maxElements) {
    throw refuse(model.id, `the process has ${elements} elements; at most ${PROCESS_LIMITS.maxElements} are allowed`);
  }
  checkDepth(model);
  checkFlowGraph(model);
}

function checkDepth(model: ProcessModel): void {
  const depth = new Map<string, number>([[model.root.id, 0]]);
  const depthOf = (node: FlowNode): number => {
    // Iterative: a deep nesting is what is being checked, so no recursion here.
    const chain: FlowNode[] = [];
    let current: FlowNode | undefined = node;
    while (current && !depth.has(current.id)) {
      chain.push(current);
      current = model.nodes.get(current.scopeId);
    }
    let d = current ? depth.get(current.id)! : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i].id, chain[i].type.endsWith('SUB_PROCESS') ? ++d : d);
    return depth.get(node.id)!;
  };
  for (const node of model.nodes.values()) {
    if (depthOf(node) > PROCESS_LIMITS.maxDepth) throw refuse(node.id, `sub-processes are nested more than ${PROCESS_LIMITS.maxDepth} deep`);
  }
}

/** Successors a token reaches without leaving the command: sequence flows and link throw → catch. */
function successors(model: ProcessModel, node: FlowNode): string[] {
  const next = node.outgoing.map((f) => model.flows.get(f)?.targetId).filter((id): id is string => id !== undefined);
  if (node.linkTarget) next.push(node.linkTarget);
  return next;
}

function checkFlowGraph(model: ProcessModel): void {
  const ids = [...model.nodes.keys()];
  const next = new Map(ids.map((id) => [id, successors(model, model.nodes.get(id)!)]));
  const components = stronglyConnected(ids, next);
  const componentOf = new Map<string, number>();
  components.forEach((members, i) => members.forEach((id) => componentOf.set(id, i)));

  // Cycles in which nothing waits and no gateway can leave run forever.
  for (const members of components) {
    const inCycle = new Set(members);
    const isCycle = members.length > 1 || next.get(members[0])!.includes(members[0]);
    if (!isCycle) continue;
    const nodes = members.map((id) => model.nodes.get(id)!);
    if (nodes.some(waits)) continue;
    const canLeave = nodes.some((n) => (n.type === 'EXCLUSIVE_GATEWAY' || n.type === 'INCLUSIVE_GATEWAY') && next.get(n.id)!.some((t) => !inCycle.has(t)));
    if (canLeave) continue;
    const first = ids.find((id) => inCycle.has(id))!;
    const shown = members.length <= 6 ? ` (${members.join(' → ')})` : ` (${members.length} elements)`;
    throw refuse(first, `it is part of a cycle in which no element waits and none can leave${shown}: an instance would loop forever`);
  }

  // The longest run of non-waiting elements, over the graph of components (a DAG), in topological order.
  // Tarjan gives the components in reverse topological order.
  const run = new Array<number>(components.length).fill(0);
  for (let i = components.length - 1; i >= 0; i--) {
    const nodes = components[i].map((id) => model.nodes.get(id)!);
    if (nodes.some(waits)) run[i] = 0;
    else run[i] += nodes.length;
    if (run[i] > PROCESS_LIMITS.maxChain) {
      throw refuse(components[i][0], `it ends a chain of more than ${PROCESS_LIMITS.maxChain} elements in a row that do not wait; split it with a wait state or fewer elements`);
    }
    for (const id of components[i]) {
      for (const t of next.get(id)!) {
        const j = componentOf.get(t)!;
        if (j !== i) run[j] = Math.max(run[j], run[i]);
      }
    }
  }
}

/** Tarjan's strongly connected components, iterative (a long chain must not overflow the stack here). */
function stronglyConnected(ids: string[], next: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: Array<{ id: string; i: number }> = [{ id: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const succ = next.get(frame.id) ?? [];
      if (frame.i < succ.length) {
        const w = succ[frame.i++];
        if (!next.has(w)) continue;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const members: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          members.push(w);
        } while (w !== frame.id);
        out.push(members.reverse());
      }
    }
  }
  return out;
}
