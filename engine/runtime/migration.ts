/**
 * Process instance migration, as Camunda 8's `POST /v2/process-instances/{key}/migration`: a running instance
 * moves to another process definition under an element mapping, in one command. Nothing is re-created: element
 * instances, jobs, user tasks (assignee, due date), timers (due time unchanged), message and signal subscriptions
 * and incidents keep their keys and state and are re-labelled with the target definition and element ids.
 */
import type { Engine } from '../engine';
import { invalidArgument, notFound } from '../errors';
import { MappingInstruction, MigrationPlan, planMigration } from './migration-plan';
import { parseKey } from '../api/arguments';
import { RuntimeData } from './rows';

export interface ProcessInstanceMigration {
  targetProcessDefinitionKey: string | number;
  mappingInstructions: MappingInstruction[];
}

export function migrateProcessInstance(engine: Engine, processInstanceKey: string, instruction: ProcessInstanceMigration, actor?: string): Promise<MigrationPlan> {
  const piKey = parseKey(processInstanceKey, 'process instance');
  const targetKey = parseKey(String(instruction?.targetProcessDefinitionKey ?? ''), 'process definition');
  const mapping = instruction?.mappingInstructions;
  if (!Array.isArray(mapping) || mapping.some((m) => !m || typeof m.sourceElementId !== 'string' || typeof m.targetElementId !== 'string')) {
    throw invalidArgument('mappingInstructions must be a list of { sourceElementId, targetElementId }');
  }
  return engine.command((it, ctx) => {
    const { stores } = ctx;
    const pi = stores.processInstances.get(piKey);
    if (!pi || pi.state !== 'ACTIVE') throw notFound(`Process instance with key '${piKey}' not found or not active`);
    if (!ctx.models.has(targetKey)) throw notFound(`Process definition with key '${targetKey}' not found`);
    const source = ctx.models.get(pi.process_definition_key);
    const target = ctx.models.get(targetKey);
    if (target.tenantId !== pi.tenant_id) throw invalidArgument(`Expected to migrate process instance '${piKey}' within its tenant, but the target belongs to another tenant`);
    const rows = stores.elements.activeOfProcess(piKey);
    const plan = planMigration(source.model, target.model, rows.map((r) => ({ elementInstanceKey: String(r.key), elementId: r.element_id, type: r.type })), mapping);
    for (const r of rows) {
      const joins = (r.runtime ? (JSON.parse(r.runtime) as RuntimeData) : {}).joins;
      if (joins && Object.keys(joins).length) plan.problems.push({ elementInstanceKey: String(r.key), elementId: r.element_id, reason: 'joinWaiting', detail: `a token waits at a joining gateway in '${r.element_id}'` });
    }
    if (plan.problems.length) {
      throw invalidArgument(`Expected to migrate process instance '${piKey}' but ${plan.problems.map((p) => p.detail).join('; ')}`);
    }

    const map = new Map(mapping.map((m) => [m.sourceElementId, m.targetElementId]));
    const to = (id: string) => map.get(id) ?? id;
    const model = target.model;
    stores.processInstances.moveToDefinition(piKey, target.key, target.bpmnProcessId, target.version, model.versionTag ?? null);
    for (const r of rows) {
      const id = r.type === 'PROCESS' ? model.root.id : to(r.element_id);
      const name = r.type === 'PROCESS' ? (model.name ?? null) : (model.nodes.get(id)?.name ?? null);
      stores.elements.moveToDefinition(r.key, target.key, target.bpmnProcessId, id, name);
      // Everything the element instance owns follows it; catch events are renamed to their counterparts.
      stores.timers.moveToDefinition(r.key, target.key, to);
      stores.subscriptions.moveToDefinition(r.key, target.key, target.bpmnProcessId, to);
      stores.jobs.moveToDefinition(r.key, target.key, target.bpmnProcessId, target.version, id);
      stores.userTasks.moveToDefinition(r.key, target.key, target.bpmnProcessId, target.version, id);
      stores.incidents.moveToDefinition(r.key, target.key, target.bpmnProcessId, id);
    }
    it.history('PROCESS_INSTANCE', 'MIGRATED', piKey, piKey, target.bpmnProcessId, actor ?? null, { from: source.key, to: target.key, version: target.version, moved: plan.moves.map((m) => [m.elementId, m.targetElementId]) });
    return plan;
  });
}
