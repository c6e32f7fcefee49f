import { Injectable } from '@nestjs/common';
import { compileBpmn } from '../../engine/model/compile';
import { ProcessModel } from '../../engine/model/types';
import { ActiveElement, planMigration } from '../../engine/runtime/migration-plan';
import { AuditService, variableNames } from '../audit/audit.service';
import { Principal } from '../auth/roles';
import { CamundaClientProvider, NOW } from '../runtime/camunda-client';
import { problem } from '../ui-api/problem';
import { asKey, str } from '../ui-api/runtime-values';
import { MappingDto, MigrationDto, MigrationPlanDto, ModifyInstanceDto } from './operations.dto';
import { assertEditable } from './protected-variables';

/** Compiled diagrams by definition key: a definition never changes once deployed. */
const MODEL_CACHE_LIMIT = 50;

/**
 * Operate's instance operations for managers, each through the runtime API (so they work on the embedded engine
 * and on Camunda 8 alike) and each audited with who, what and why: never a variable value.
 */
@Injectable()
export class OperationsService {
  private readonly models = new Map<string, Promise<{ model: ProcessModel; version: number; processDefinitionId: string }>>();

  constructor(
    private readonly runtime: CamundaClientProvider,
    private readonly audit: AuditService,
  ) {}

  async editVariables(user: Principal, key: string, variables: Record<string, unknown>, reason: string): Promise<void> {
    assertEditable(variables, reason);
    await this.audit.around(
      { username: user.username, action: 'instance.variables.update', resourceType: 'processInstance', resourceKey: key, processInstanceKey: key, detail: `${variableNames(variables)}; reason: ${reason}` },
      async () => {
        await this.activeInstance(key);
        await this.runtime.api.createElementInstanceVariables({ elementInstanceKey: asKey(key), variables, local: true });
      },
    );
  }

  async cancel(user: Principal, key: string, reason: string): Promise<void> {
    await this.audit.around({ username: user.username, action: 'instance.cancel', resourceType: 'processInstance', resourceKey: key, processInstanceKey: key, detail: `reason: ${reason}` }, async () => {
      await this.activeInstance(key);
      await this.runtime.api.cancelProcessInstance({ processInstanceKey: asKey(key) });
    });
  }

  /** Move or add tokens: Camunda's modification (activate elements, terminate element instances), all or nothing. */
  async modify(user: Principal, key: string, body: ModifyInstanceDto): Promise<void> {
    const activate = body.activate ?? [];
    const terminate = body.terminate ?? [];
    if (!activate.length && !terminate.length) throw problem(400, 'Nothing to change: give an element to activate or an element instance to terminate', { errors: [{ property: 'activate', messages: ['required'] }] });
    for (const a of activate) if (a.variables && Object.keys(a.variables).length) assertEditable(a.variables, body.reason);
    const what = [activate.length ? `activate: ${activate.map((a) => a.elementId).join(', ')}` : null, terminate.length ? `terminate: ${terminate.map((t) => t.elementInstanceKey).join(', ')}` : null];
    const names = activate.flatMap((a) => Object.keys(a.variables ?? {}));
    await this.audit.around(
      { username: user.username, action: 'instance.modify', resourceType: 'processInstance', resourceKey: key, processInstanceKey: key, detail: [...what, names.length ? variableNames(Object.fromEntries(names.map((n) => [n, null]))) : null, `reason: ${body.reason}`].filter(Boolean).join('; ') },
      async () => {
        await this.activeInstance(key);
        await this.runtime.api.modifyProcessInstance({
          processInstanceKey: asKey(key),
          activateInstructions: activate.map((a) => ({
            elementId: asKey(a.elementId),
            ...(a.ancestorElementInstanceKey ? { ancestorElementInstanceKey: a.ancestorElementInstanceKey } : {}),
            ...(a.variables && Object.keys(a.variables).length ? { variableInstructions: [{ variables: a.variables }] } : {}),
          })),
          terminateInstructions: terminate.map((t) => ({ elementInstanceKey: asKey(t.elementInstanceKey) })),
        });
      },
    );
  }

  /** Dry run: what would move where, and what cannot (unmapped active elements, changed types, lost catch events). */
  async planMigration(key: string, m: MigrationDto): Promise<MigrationPlanDto> {
    const api = this.runtime.api;
    const instance = await api.getProcessInstance({ processInstanceKey: asKey(key) }, NOW);
    if (instance.state !== 'ACTIVE') throw problem(409, `Case ${key} is not active`);
    const [source, target, elements] = await Promise.all([
      this.model(String(instance.processDefinitionKey)),
      this.model(m.targetProcessDefinitionKey),
      api.searchElementInstances({ filter: { processInstanceKey: asKey(key), state: 'ACTIVE' } as never, page: { from: 0, limit: 1000 } }, NOW),
    ]);
    if (target.processDefinitionId !== String(instance.processDefinitionId)) throw problem(400, `The target is a version of '${target.processDefinitionId}', not of '${instance.processDefinitionId}'`, { errors: [{ property: 'targetProcessDefinitionKey', messages: ['another procedure'] }] });
    const active: ActiveElement[] = [
      { elementInstanceKey: key, elementId: source.model.root.id, type: 'PROCESS' },
      ...(elements.items ?? []).filter((e) => e.type !== 'PROCESS').map((e) => ({ elementInstanceKey: String(e.elementInstanceKey), elementId: String(e.elementId), type: String(e.type) })),
    ];
    const mapping = m.mappingInstructions ?? defaultMapping(source.model, target.model);
    const plan = planMigration(source.model, target.model, active, mapping);
    return {
      processInstanceKey: key,
      targetProcessDefinitionKey: m.targetProcessDefinitionKey,
      targetVersion: target.version,
      moves: plan.moves.map((mv) => ({ elementInstanceKey: mv.elementInstanceKey, elementId: mv.elementId, type: mv.type, targetElementId: mv.targetElementId, targetElementName: mv.targetElementName })),
      problems: plan.problems,
      mappingInstructions: mapping,
      canMigrate: plan.problems.length === 0,
    };
  }

  async migrate(user: Principal, key: string, m: MigrationDto, reason: string): Promise<MigrationPlanDto> {
    return this.audit.around(
      { username: user.username, action: 'instance.migrate', resourceType: 'processInstance', resourceKey: key, processInstanceKey: key, detail: `target: ${m.targetProcessDefinitionKey}; reason: ${reason}` },
      async () => {
        const plan = await this.planMigration(key, m);
        if (!plan.canMigrate) throw problem(409, `Case ${key} cannot move: ${plan.problems.map((p) => p.detail).join('; ')}`, { problems: plan.problems });
        await this.runtime.api.migrateProcessInstance({
          processInstanceKey: asKey(key),
          targetProcessDefinitionKey: asKey(m.targetProcessDefinitionKey),
          mappingInstructions: plan.mappingInstructions.map((x) => ({ sourceElementId: asKey(x.sourceElementId), targetElementId: asKey(x.targetElementId) })),
        });
        return plan;
      },
      (plan) => ({ detail: `target: ${m.targetProcessDefinitionKey} (v${plan.targetVersion}); moved: ${plan.moves.map((x) => x.elementId).join(', ') || '(none)'}; reason: ${reason}` }),
    );
  }

  /** Supervisors and managers give any open task to someone else, or back to the queue. */
  async reassign(user: Principal, taskKey: string, assignee: string | null | undefined, reason: string): Promise<void> {
    if (!user.roles.includes('manager') && !user.groups.includes('supervisors')) {
      this.audit.record({ username: user.username, action: 'task.reassign', resourceType: 'userTask', resourceKey: taskKey, outcome: 'denied', detail: 'not a manager or supervisor' });
      throw problem(403, 'Only a manager or a supervisor can reassign a task');
    }
    const api = this.runtime.api;
    const task = await api.getUserTask({ userTaskKey: asKey(taskKey) }, NOW);
    const from = str(task.assignee);
    await this.audit.around(
      { username: user.username, action: assignee ? 'task.reassign' : 'task.unassign', resourceType: 'userTask', resourceKey: taskKey, processInstanceKey: str(task.processInstanceKey), detail: `from: ${from ?? '(nobody)'}; to: ${assignee ?? '(queue)'}; reason: ${reason}` },
      async () => {
        if (task.state !== 'CREATED') throw problem(409, `Task ${taskKey} is not open`);
        if (assignee) await api.assignUserTask({ userTaskKey: asKey(taskKey), assignee, allowOverride: true, action: 'reassign' } as never);
        else if (from) await api.unassignUserTask({ userTaskKey: asKey(taskKey) });
      },
    );
  }

  private async activeInstance(key: string): Promise<void> {
    const instance = await this.runtime.api.getProcessInstance({ processInstanceKey: asKey(key) }, NOW);
    if (instance.state !== 'ACTIVE') throw problem(409, `Case ${key} is ${String(instance.state).toLowerCase()}, not active`);
  }

  model(definitionKey: string): Promise<{ model: ProcessModel; version: number; processDefinitionId: string }> {
    let cached = this.models.get(definitionKey);
    if (!cached) {
      cached = (async () => {
        const api = this.runtime.api;
        const [def, xml] = await Promise.all([
          api.getProcessDefinition({ processDefinitionKey: asKey(definitionKey) }, NOW),
          api.getProcessDefinitionXml({ processDefinitionKey: asKey(definitionKey) }, NOW),
        ]);
        const compiled = await compileBpmn(String(xml), `${def.processDefinitionId}.bpmn`);
        const model = compiled.processes.find((p) => p.id === String(def.processDefinitionId)) ?? compiled.processes[0];
        return { model, version: Number(def.version ?? 0), processDefinitionId: String(def.processDefinitionId) };
      })();
      cached.catch(() => this.models.delete(definitionKey));
      if (this.models.size >= MODEL_CACHE_LIMIT) this.models.delete(this.models.keys().next().value as string);
      this.models.set(definitionKey, cached);
    }
    return cached;
  }
}

/** Operate's default: every element of the source whose id exists in the target (with the same type) maps to itself. */
export function defaultMapping(source: ProcessModel, target: ProcessModel): MappingDto[] {
  const out: MappingDto[] = [];
  for (const [id, node] of source.nodes) {
    if (node.type === 'PROCESS' || node.type === 'SEQUENCE_FLOW') continue;
    const t = target.nodes.get(id);
    if (t && t.type === node.type) out.push({ sourceElementId: id, targetElementId: id });
  }
  return out;
}
