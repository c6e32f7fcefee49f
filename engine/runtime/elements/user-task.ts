import { evaluateExpr, evaluateTyped, FeelError } from '../../feel/feel';
import { IncidentSignal } from '../context';
import { openBoundaryEvents } from '../behaviours/event-subscriptions';
import { createJob } from '../behaviours/jobs';
import { cancelUserTasksOf } from '../behaviours/user-tasks';
import { completeAndLeave, ElementProcessor } from './processor';

/**
 * User task: a Camunda user task (zeebe:userTask) with assignment, schedule, form and priority evaluated
 * at activation; or, without zeebe:userTask, a job of type io.camunda.zeebe:userTask. Terminating it
 * cancels the open task.
 */
export const userTask: ElementProcessor = {
  activate(it, ei, node) {
    openBoundaryEvents(it, ei, node);
    if (node.userTask!.jobBased) return createJob(it, ei, node);
    const ut = node.userTask!;
    const context = it.vars.context(ei.key);
    const str = (e: typeof ut.assignee) => (e ? (evaluateTyped(e, context, 'any') as unknown) : undefined);
    const list = (e: typeof ut.candidateGroups): string[] => {
      if (!e) return [];
      if (!e.feel) return e.value.split(',').map((s) => s.trim()).filter(Boolean);
      const v = evaluateExpr(e, context).value;
      if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
      throw new FeelError(`Expected candidate list '${e.source}' to be a list of strings or a string, but was '${JSON.stringify(v)}'`, e.source);
    };
    const date = (e: typeof ut.dueDate, what: string): number | null => {
      if (!e) return null;
      const v = str(e);
      if (v === null || v === undefined || v === '') return null;
      const ms = typeof v === 'string' ? Date.parse(v) : NaN;
      if (!Number.isFinite(ms)) throw new FeelError(`Expected ${what} to be an ISO 8601 date-time, but was '${JSON.stringify(v)}'`, e.feel ? e.source : e.value);
      return ms;
    };
    const assigneeValue = str(ut.assignee);
    const assignee = assigneeValue === null || assigneeValue === undefined || assigneeValue === '' ? null : String(assigneeValue);
    let formKey: number | null = null;
    if (ut.formId) {
      const form = it.stores.deployments.latest('form', ut.formId, ei.tenant_id);
      if (!form) throw new IncidentSignal('FORM_NOT_FOUND', `Expected to find a form with id '${ut.formId}', but no form with this id is found, at least a form with this id should be available.`);
      formKey = form.key;
    }
    const priority = ut.priority ? Number(evaluateTyped(ut.priority, context, 'any')) : 50;
    const key = it.takeKey();
    const info = it.def(ei);
    it.stores.userTasks.insert({
      key, element_instance_key: ei.key, process_instance_key: ei.process_instance_key, process_definition_key: ei.process_definition_key, bpmn_process_id: ei.bpmn_process_id,
      version: info.version, element_id: ei.element_id, name: node.name ?? null, assignee,
      candidate_groups: JSON.stringify(list(ut.candidateGroups)), candidate_users: JSON.stringify(list(ut.candidateUsers)),
      due_date: date(ut.dueDate, 'dueDate'), follow_up_date: date(ut.followUpDate, 'followUpDate'), form_key: formKey, form_id: ut.formId ?? null,
      external_form_reference: ut.externalReference ?? null, priority: Number.isFinite(priority) ? priority : 50, custom_headers: '{}', creation_date: it.now(), tenant_id: ei.tenant_id,
    });
    it.history('USER_TASK', 'CREATED', key, ei.process_instance_key, ei.element_id);
  },
  complete: completeAndLeave,
  terminate: (it, ei) => cancelUserTasksOf(it, ei.key, ei.process_instance_key, ei.element_id),
};
