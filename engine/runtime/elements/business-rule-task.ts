import { evaluateTyped, FeelError } from '../../feel/feel';
import { FlowNode } from '../../model/types';
import { IncidentSignal } from '../context';
import type { Interpreter } from '../interpreter';
import { openBoundaryEvents } from '../behaviours/event-subscriptions';
import { createJob } from '../behaviours/jobs';
import { ElementInstanceRow } from '../rows';
import { Vars } from '../variables';
import { completeAndLeave, ElementProcessor } from './processor';

/** With zeebe:calledDecision the engine evaluates the decision; otherwise a job, like a service task. */
export const businessRuleTask: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    if (node.calledDecision) return it.complete(ei, evaluateBusinessRule(it, ei, node));
    createJob(it, ei, node);
  },
  complete: completeAndLeave,
};

/**
 * A business-rule task with zeebe:calledDecision, as Zeebe runs it: the latest version of the decision
 * (in the instance's tenant) is evaluated with the task's variables (after input mappings), its result
 * goes to `resultVariable`, and the task completes at once (output mappings apply). No decision by
 * that id is a CALLED_DECISION_ERROR incident, a failing evaluation a DECISION_EVALUATION_ERROR
 * incident; resolving either evaluates again.
 */
function evaluateBusinessRule(it: Interpreter, ei: ElementInstanceRow, node: FlowNode): Vars {
  const called = node.calledDecision!;
  const context = it.vars.context(ei.key);
  let decisionId: string;
  try {
    decisionId = called.decisionId.feel ? (evaluateTyped(called.decisionId, context, 'string') as string) : called.decisionId.value;
  } catch (err) {
    throw new IncidentSignal('EXTRACT_VALUE_ERROR', (err as FeelError).message);
  }
  const decision = it.decisions.latest(decisionId, ei.tenant_id);
  if (!decision) throw new IncidentSignal('CALLED_DECISION_ERROR', `Expected to evaluate decision '${decisionId}', but no decision found for id '${decisionId}'`);
  const outcome = it.decisions.evaluate(decision, context, { processDefinitionKey: ei.process_definition_key, processInstanceKey: ei.process_instance_key, elementInstanceKey: ei.key }, () => it.takeKey(), it.now());
  if (outcome.failure) throw new IncidentSignal('DECISION_EVALUATION_ERROR', `Expected to evaluate decision '${decisionId}', but ${outcome.failure.message}`);
  return { [called.resultVariable]: outcome.output };
}
