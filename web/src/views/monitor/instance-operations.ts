/**
 * Operate's operations on one case (managers): edit a variable, cancel, move or add a token, migrate to a newer
 * version after a dry run, reassign an open task. One reason field serves them all: the server refuses a change
 * without one, and the audit log keeps it with the names (never the values).
 */
import { api, InstanceDetail } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { t } from '../../i18n';
import { toast } from '../../ui/toast';
import { MigrationPlan, OpenTask, ops, ResolveOutcome } from './operate-api';

export type CaseDetail = InstanceDetail & { openTasks?: OpenTask[] };

/** Flow nodes of the diagram a token can be put on (what the server refuses is refused with its reason). */
function flowNodes(xml: string): { id: string; name: string }[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const skip = new Set(['startEvent', 'boundaryEvent', 'sequenceFlow', 'process', 'subProcess', 'textAnnotation', 'association', 'laneSet', 'lane']);
  const out: { id: string; name: string }[] = [];
  for (const el of Array.from(doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', '*'))) {
    const id = el.getAttribute('id');
    if (!id || skip.has(el.localName) || !/(Task|Event|Gateway|callActivity)$/i.test(el.localName) || el.localName === 'extensionElements') continue;
    out.push({ id, name: el.getAttribute('name') ?? id });
  }
  return out;
}

/** Turns an API error into a toast, and a field error next to the reason when the server names it. */
function failed(err: unknown, reasonField: HTMLElement): void {
  if (err instanceof ApiError && err.body.errors?.some((e) => e.property === 'reason')) reasonField.classList.add('invalid');
  toast(err instanceof ApiError ? err.message : (err as Error).message, 'error');
}

/** The honest outcome of a retry as a toast. */
export function announce(outcome: ResolveOutcome): void {
  if (outcome.outcome === 'resolved') toast(t('ops.outcome.resolved'), 'ok');
  else if (outcome.outcome === 'failedAgain') toast(t('ops.outcome.failedAgain', { detail: outcome.detail ?? '' }), 'error');
  else toast(t('ops.outcome.pending'), 'info');
}

/** Parses a typed value: JSON when it is JSON (numbers, true, objects), text otherwise. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface OperationsPanel {
  el: HTMLElement;
  /** The diagram reports a clicked element: it becomes the target of a token move. */
  pick(elementId: string): void;
  reason(): string | null;
}

export function operationsPanel(d: CaseDetail, reload: () => void): OperationsPanel {
  const key = d.instance.processInstanceKey;
  const active = d.instance.state === 'ACTIVE';
  const reasonInput = h('textarea', { name: 'reason', rows: 2, maxlength: 500, 'data-testid': 'ops-reason', 'aria-describedby': 'ops-reason-hint' });
  const reasonError = h('p', { class: 'field-error', role: 'alert', hidden: true, 'data-testid': 'ops-reason-error' }, t('ops.reason.required'));
  const reasonField = h('label', { class: 'field' }, h('span', null, t('ops.reason')), reasonInput, h('small', { id: 'ops-reason-hint', class: 'muted' }, t('ops.reason.hint')), reasonError);
  reasonInput.addEventListener('input', () => {
    reasonField.classList.remove('invalid');
    reasonError.hidden = true;
  });
  const reason = (): string | null => {
    const r = reasonInput.value.trim();
    if (r.length >= 5) return r;
    reasonField.classList.add('invalid');
    reasonError.hidden = false;
    reasonInput.focus();
    return null;
  };
  const busy = async (btn: HTMLButtonElement, work: () => Promise<void>) => {
    btn.disabled = true;
    try {
      await work();
    } catch (err) {
      failed(err, reasonField);
    } finally {
      btn.disabled = false;
    }
  };

  // Variables
  const names = Object.keys(d.variables);
  const varName = h('input', { name: 'variableName', list: 'ops-variable-names', autocomplete: 'off', 'data-testid': 'var-name' });
  const varValue = h('input', { name: 'variableValue', 'data-testid': 'var-value' });
  const saveVar = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'var-save' }, t('ops.save'));
  saveVar.addEventListener('click', () => {
    const r = reason();
    if (!r || !varName.value.trim()) return;
    void busy(saveVar, async () => {
      await ops.editVariables(key, { [varName.value.trim()]: parseValue(varValue.value) }, r);
      toast(t('ops.variables.saved'), 'ok');
      reload();
    });
  });

  // Cancel
  const cancelBtn = h('button', { class: 'btn btn-danger btn-small', type: 'button', 'data-testid': 'cancel-instance' }, t('ops.cancel'));
  cancelBtn.addEventListener('click', () => {
    const r = reason();
    if (!r || !window.confirm(t('ops.cancel.confirm', { key: d.instance.case?.applicationNumber ?? key }))) return;
    void busy(cancelBtn, async () => {
      await ops.cancel(key, r);
      toast(t('ops.cancel.done'), 'ok');
      reload();
    });
  });

  // Modification: terminate one active element instance (or none) and activate an element
  const from = h('select', { name: 'modifyFrom', 'data-testid': 'modify-from' }, h('option', { value: '' }, t('ops.modify.none')), d.activeElements.map((e) => h('option', { value: e.elementInstanceKey }, `${e.elementName ?? e.elementId} (${e.elementId})`)));
  if (d.activeElements.length) from.value = d.activeElements[0].elementInstanceKey;
  const to = h('select', { name: 'modifyTo', 'data-testid': 'modify-to' }, flowNodes(d.xml).map((n) => h('option', { value: n.id }, `${n.name} (${n.id})`)));
  const applyModify = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'modify-apply' }, t('ops.modify.apply'));
  applyModify.addEventListener('click', () => {
    const r = reason();
    if (!r) return;
    void busy(applyModify, async () => {
      await ops.modify(key, { activate: [{ elementId: to.value }], terminate: from.value ? [{ elementInstanceKey: from.value }] : [], reason: r });
      toast(t('ops.modify.done'), 'ok');
      reload();
    });
  });

  // Migration: newer versions of the same procedure, dry run first
  const target = h('select', { name: 'migrateTarget', 'data-testid': 'migrate-target' });
  const planHost = h('div', { 'data-testid': 'migration-plan' });
  const dryRun = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'migrate-dry-run' }, t('ops.migrate.dryRun'));
  const migrateBtn = h('button', { class: 'btn btn-small btn-primary', type: 'button', disabled: true, 'data-testid': 'migrate-apply' }, t('ops.migrate.apply'));
  let plan: MigrationPlan | null = null;
  void api.processDefinitions().then(({ items }) => {
    const def = items.find((p) => p.processDefinitionId === d.instance.processDefinitionId);
    const newer = (def?.versions ?? []).filter((v) => v.version > d.instance.processDefinitionVersion).sort((a, b) => b.version - a.version);
    if (!newer.length) {
      target.replaceWith(h('p', { class: 'muted small', 'data-testid': 'migrate-none' }, t('ops.migrate.noTarget')));
      dryRun.disabled = true;
      return;
    }
    target.append(...newer.map((v) => h('option', { value: v.processDefinitionKey }, `v${v.version}${v.versionTag ? ` · ${v.versionTag}` : ''}`)));
  });
  target.addEventListener('change', () => {
    plan = null;
    migrateBtn.disabled = true;
    planHost.replaceChildren();
  });
  dryRun.addEventListener('click', () =>
    void busy(dryRun, async () => {
      plan = await ops.planMigration(key, target.value);
      migrateBtn.disabled = !plan.canMigrate;
      planHost.replaceChildren(planTable(plan));
    }),
  );
  migrateBtn.addEventListener('click', () => {
    const r = reason();
    if (!r || !plan) return;
    const chosen = plan;
    void busy(migrateBtn, async () => {
      const done = await ops.migrate(key, chosen.targetProcessDefinitionKey, chosen.mappingInstructions, r);
      toast(t('ops.migrate.done', { version: done.targetVersion }), 'ok');
      reload();
    });
  });

  const el = h(
    'section',
    { class: 'card ops-panel', 'data-testid': 'operations' },
    h('h2', null, t('ops.title')),
    reasonField,
    active
      ? [
          h('h3', null, t('ops.variables.edit')),
          h('datalist', { id: 'ops-variable-names' }, names.map((n) => h('option', { value: n }))),
          h('div', { class: 'ops-row' }, h('label', { class: 'field' }, h('span', null, t('ops.variables.name')), varName), h('label', { class: 'field grow' }, h('span', null, t('ops.variables.value')), varValue), saveVar),
          h('h3', null, t('ops.modify')),
          h('p', { class: 'muted small' }, t('ops.modify.hint')),
          h('div', { class: 'ops-row' }, h('label', { class: 'field' }, h('span', null, t('ops.modify.from')), from), h('label', { class: 'field' }, h('span', null, t('ops.modify.to')), to), applyModify),
          h('h3', null, t('ops.migrate')),
          h('div', { class: 'ops-row' }, h('label', { class: 'field' }, h('span', null, t('ops.migrate.target')), target), dryRun, migrateBtn),
          planHost,
          h('h3', null, t('ops.tasks')),
          tasksList(d.openTasks ?? [], reason, busy, reload),
          h('div', { class: 'ops-row danger-zone' }, cancelBtn),
        ]
      : null,
  );
  return {
    el,
    pick(elementId: string) {
      if ([...to.options].some((o) => o.value === elementId)) to.value = elementId;
    },
    reason,
  };
}

function planTable(plan: MigrationPlan): HTMLElement {
  return h(
    'div',
    { class: plan.canMigrate ? 'plan plan-ok' : 'plan plan-blocked', 'data-can-migrate': String(plan.canMigrate) },
    plan.canMigrate ? h('p', { class: 'notice small' }, t('ops.migrate.ok')) : null,
    h('h4', null, t('ops.migrate.moves')),
    h('ul', { class: 'plan-moves' }, plan.moves.map((m) => h('li', { 'data-element-id': m.elementId }, h('code', null, m.elementId), ' → ', h('code', null, m.targetElementId), m.targetElementName ? ` (${m.targetElementName})` : ''))),
    plan.problems.length
      ? [h('h4', null, t('ops.migrate.problems')), h('ul', { class: 'plan-problems' }, plan.problems.map((p) => h('li', { class: 'danger', 'data-element-id': p.elementId, 'data-reason': p.reason }, p.detail)))]
      : null,
  );
}

function tasksList(tasks: OpenTask[], reason: () => string | null, busy: (b: HTMLButtonElement, w: () => Promise<void>) => Promise<void>, reload: () => void): HTMLElement {
  if (!tasks.length) return h('p', { class: 'muted small' }, t('ops.tasks.none'));
  return h(
    'ul',
    { class: 'ops-tasks', 'data-testid': 'open-tasks' },
    tasks.map((task) => {
      const who = h('input', { name: 'assignee', placeholder: t('ops.reassign.to'), value: task.assignee ?? '', 'data-testid': `reassign-to-${task.userTaskKey}` });
      const btn = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': `reassign-${task.userTaskKey}` }, t('ops.reassign'));
      btn.addEventListener('click', () => {
        const r = reason();
        if (!r) return;
        void busy(btn, async () => {
          await ops.reassign(task.userTaskKey, who.value.trim() || null, r);
          toast(t('ops.reassign.done'), 'ok');
          reload();
        });
      });
      return h('li', { 'data-user-task-key': task.userTaskKey }, h('span', null, task.name ?? task.elementId, h('span', { class: 'muted small' }, ` · ${task.assignee ?? t('ops.assignee.none')}`)), who, btn);
    }),
  );
}
