/**
 * Process instance migration, as Camunda 8's `POST /v2/process-instances/{key}/migration`: a running instance
 * moves to another process definition under an element mapping, in one command. Nothing is re-created: element
 * instances, jobs, user tasks (assignee, due date), timers (due time unchanged), message and signal subscriptions
 * and incidents keep their keys and state and are re-labelled with the target definition and element ids.
 */
import type { Engine } from '../engine';
import { invalidArgument, notFound } from '../errors';
import { MappingInstruction, MigrationPlan, planMigration } from './migration-plan';
import type { EngineContext } from './interpreter';
import { parseKey } from './modification';
import { ElementInstanceRow, RuntimeData } from './rows';

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
    const pi = ctx.st.one<{ state: string; process_definition_key: number; bpmn_process_id: string; tenant_id: string }>(`SELECT state, process_definition_key, bpmn_process_id, tenant_id FROM process_instances WHERE key = ?`, piKey);
    if (!pi || pi.state !== 'ACTIVE') throw notFound(`Process instance with key '${piKey}' not found or not active`);
    if (!ctx.models.has(targetKey)) throw notFound(`Process definition with key '${targetKey}' not found`);
    const source = ctx.models.get(pi.process_definition_key);
    const target = ctx.models.get(targetKey);
    if (target.tenantId !== pi.tenant_id) throw invalidArgument(`Expected to migrate process instance '${piKey}' within its tenant, but the target belongs to another tenant`);
    const rows = ctx.st.all<ElementInstanceRow>(`SELECT * FROM element_instances WHERE process_instance_key = ? AND state = 'ACTIVE' ORDER BY key`, piKey);
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
    const def = [target.key, target.bpmnProcessId] as const;
    ctx.st.run(`UPDATE process_instances SET process_definition_key = ?, bpmn_process_id = ?, version = ?, version_tag = ? WHERE key = ?`, ...def, target.version, model.versionTag ?? null, piKey);
    for (const r of rows) {
      const id = r.type === 'PROCESS' ? model.root.id : to(r.element_id);
      const name = r.type === 'PROCESS' ? (model.name ?? null) : (model.nodes.get(id)?.name ?? null);
      ctx.st.run(`UPDATE element_instances SET process_definition_key = ?, bpmn_process_id = ?, element_id = ?, element_name = ? WHERE key = ?`, ...def, id, name, r.key);
      // Everything the element instance owns follows it; catch events are renamed to their counterparts.
      for (const table of ['timers', 'message_subscriptions', 'signal_subscriptions'] as const) {
        const owned = ctx.st.all<{ key: number; element_id: string }>(`SELECT key, element_id FROM ${table} WHERE element_instance_key = ?`, r.key);
        for (const o of owned) {
          if (table === 'timers') ctx.st.run(`UPDATE timers SET process_definition_key = ?, element_id = ? WHERE key = ?`, target.key, to(o.element_id), o.key);
          else ctx.st.run(`UPDATE ${table} SET process_definition_key = ?, bpmn_process_id = ?, element_id = ? WHERE key = ?`, ...def, to(o.element_id), o.key);
        }
      }
      ctx.st.run(`UPDATE jobs SET process_definition_key = ?, bpmn_process_id = ?, version = ?, element_id = ? WHERE element_instance_key = ? AND state IN ('CREATED', 'ACTIVATED', 'FAILED')`, ...def, target.version, id, r.key);
      ctx.st.run(`UPDATE user_tasks SET process_definition_key = ?, bpmn_process_id = ?, version = ?, element_id = ? WHERE element_instance_key = ? AND state = 'CREATED'`, ...def, target.version, id, r.key);
      ctx.st.run(`UPDATE incidents SET process_definition_key = ?, bpmn_process_id = ?, element_id = ? WHERE element_instance_key = ? AND state = 'ACTIVE'`, ...def, id, r.key);
    }
    it.history('PROCESS_INSTANCE', 'MIGRATED', piKey, piKey, target.bpmnProcessId, actor ?? null, { from: source.key, to: target.key, version: target.version, moved: plan.moves.map((m) => [m.elementId, m.targetElementId]) });
    return plan;
  });
}
