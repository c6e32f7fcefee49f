import { FlowNode } from '../../model/types';
import type { Interpreter } from '../interpreter';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import type { CompensationSubscriptionRow as CompensationSubscription } from '../../store/compensation';

/**
 * Compensation as Camunda 8 (8.5+) executes it (docs: "Compensation events"):
 * - an activity with a compensation boundary event leaves a compensation subscription when it
 *   completes (each completed instance of a multi-instance activity leaves one); active or terminated
 *   activities leave none;
 * - a compensation intermediate throw or end event invokes the handlers of every completed activity
 *   of its scope, including those inside completed embedded sub-processes (nested too), or only those
 *   of its activityRef; thrown from an event sub-process, it compensates the scope holding it;
 * - the throw event waits until every invoked handler completed; each subscription is used once.
 * Handlers run in the flow scope of the throw event and see the completed instance's local variables.
 */

/** An activity with a compensation handler completed: remember it for a later compensation throw. */
export function subscribeCompensation(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const key = it.takeKey();
  it.stores.compensation.insert(
    { key, process_instance_key: ei.process_instance_key, scope_key: ei.flow_scope_key!, element_instance_key: ei.key, element_id: node.id, handler_id: node.compensationHandler!, tenant_id: ei.tenant_id },
    it.now(),
  );
  it.history('COMPENSATION_SUBSCRIPTION', 'CREATED', key, ei.process_instance_key, node.id);
}

function inScope(it: Interpreter, scopeKey: number): CompensationSubscription[] {
  const direct = it.stores.compensation.inScope(scopeKey);
  return [...direct, ...it.stores.elements.completedScopes(scopeKey).flatMap((k) => inScope(it, k))];
}

function forActivity(it: Interpreter, scopeKey: number, activityId: string): CompensationSubscription[] {
  const direct = it.stores.compensation.inScope(scopeKey, activityId);
  return [...direct, ...it.stores.elements.completedScopes(scopeKey, activityId).flatMap((k) => inScope(it, k))];
}

/** Local variables of the compensated instance and of its completed enclosing scopes up to `until`. */
function instanceVariables(it: Interpreter, eiKey: number, until: number): Vars {
  const chain: number[] = [];
  for (let key: number | null = eiKey; key !== null && key !== until; key = it.ei(key).flow_scope_key) chain.push(key);
  const vars: Vars = {};
  for (const key of chain.reverse()) Object.assign(vars, it.vars.localVariables(key));
  return vars;
}

export function throwCompensation(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): void {
  const flowScope = it.ei(ei.flow_scope_key!);
  const compensated = flowScope.type === 'EVENT_SUB_PROCESS' ? it.ei(flowScope.flow_scope_key!) : flowScope;
  // Element instances created by this command must be visible to the queries below.
  it.flushElementInstances();
  const ref = node.event!.activityRef;
  const subs = ref ? forActivity(it, compensated.key, ref) : inScope(it, compensated.key);
  if (subs.length === 0) {
    it.complete(ei, {});
    return;
  }
  it.patchRuntime(ei, { compensating: subs.length });
  const model = it.model(ei);
  for (const sub of subs) {
    it.stores.compensation.delete(sub.key);
    it.history('COMPENSATION_SUBSCRIPTION', 'TRIGGERED', sub.key, ei.process_instance_key, sub.element_id, null, { handler: sub.handler_id });
    it.activate(model.nodes.get(sub.handler_id)!, flowScope, {
      locals: instanceVariables(it, sub.element_instance_key, compensated.key),
      runtime: { compensationThrow: ei.key },
    });
  }
}

/** A handler completed: its throw event hears of it (the throw and end event processors' onEvent). */
export function compensationHandlerCompleted(it: Interpreter, throwKey: number): void {
  it.onEvent(it.ei(throwKey), { kind: 'compensationHandlerCompleted', variables: {} });
}

/** The throw event completes once every handler it invoked did. */
export function handlerCompleted(it: Interpreter, throwEi: ElementInstanceRow): void {
  const left = (it.rt(throwEi).compensating ?? 1) - 1;
  it.patchRuntime(throwEi, { compensating: left });
  if (left === 0) it.complete(throwEi, {});
}

/** The process instance ended: its compensation subscriptions can never be triggered. */
export function dropCompensationSubscriptions(it: Interpreter, piKey: number): void {
  it.stores.compensation.deleteOfInstance(piKey);
}
