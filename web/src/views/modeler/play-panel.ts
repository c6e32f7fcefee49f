/**
 * Play: runs the diagram being edited in the sandbox (a separate engine with the real workers and its own clock).
 * Start with variables or the procedure's start form, complete user tasks in their real forms, move the sandbox
 * clock by days; tokens are drawn on the canvas, variables and deadlines listed. Nothing here is live.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { api } from '../../core/api';
import { h } from '../../core/dom';
import { t } from '../../i18n';
import { toast } from '../../ui/toast';
import { taskForm, TaskForm } from '../tasks/task-form';
import { withoutEmpty } from '../tasks/new-case';
import { analystApi, SandboxState } from './analyst-api';

type Canvas = { addMarker(id: string, cls: string): void; removeMarker(id: string, cls: string): void };
type Overlays = { add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void; remove(filter: { type: string }): void };
type Registry = { get(id: string): unknown };

const POLL_MS = 800;

/** dd.MM.yyyy HH:mm in Istanbul, whatever the browser's zone. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d).map((p) => [p.type, p.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

export interface PlayPanel {
  el: HTMLElement;
  stop(): void;
}

export function playPanel(modeler: Modeler, diagram: () => Promise<{ name: string; content: string; processId: string | null }>): PlayPanel {
  const canvas = () => modeler.get<Canvas>('canvas');
  const overlays = () => modeler.get<Overlays>('overlays');
  const registry = () => modeler.get<Registry>('elementRegistry');
  let marked: Array<[string, string]> = [];
  let runKey: string | null = null;
  let poll: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let openForm: { userTaskKey: string; form: TaskForm } | null = null;

  const variablesInput = h('textarea', { class: 'input play-variables', rows: 6, 'data-testid': 'play-variables', spellcheck: false }, '{}');
  const startFormHost = h('div', { class: 'play-start-form', 'data-testid': 'play-start-form' });
  const startBtn = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'play-start' }, t('an.play.start'));
  const clockLine = h('p', { class: 'play-clock', 'data-testid': 'play-clock' });
  const daysInput = h('input', { type: 'number', class: 'input play-days', min: 1, max: 400, value: 1, 'data-testid': 'play-days', 'aria-label': t('an.play.days') });
  const advanceBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'play-advance' }, t('an.play.advance'));
  const status = h('p', { class: 'play-status', 'data-testid': 'play-status' });
  const tasks = h('div', { class: 'play-tasks', 'data-testid': 'play-tasks' });
  const deadlines = h('ul', { class: 'play-deadlines', 'data-testid': 'play-deadlines' });
  const variables = h('pre', { class: 'play-vars', 'data-testid': 'play-vars' });
  const incidents = h('ul', { class: 'play-incidents', 'data-testid': 'play-incidents' });
  let startForm: TaskForm | null = null;
  const startSection = h('details', { class: 'play-start', open: true }, h('summary', null, t('an.play.start')), startFormHost, h('label', { class: 'field' }, h('span', null, t('an.play.variables')), variablesInput), startBtn);

  const el = h(
    'section',
    { class: 'play-panel', 'data-testid': 'play-panel', 'aria-label': t('an.play.title') },
    h('h2', null, t('an.play.title')),
    h('p', { class: 'muted' }, t('an.play.lead')),
    clockLine,
    h('div', { class: 'play-row' }, daysInput, h('span', null, t('an.play.days')), advanceBtn),
    startSection,
    status,
    h('h3', null, t('an.play.tasks')),
    tasks,
    h('h3', null, t('an.play.deadlines')),
    deadlines,
    h('h3', null, t('an.play.incidents')),
    incidents,
    h('details', null, h('summary', null, t('an.play.variablesNow')), variables),
  );

  const showClock = (now: string) => {
    clockLine.textContent = t('an.play.clock', { now: formatInstant(now) });
    clockLine.dataset.now = now;
  };
  void analystApi.sandboxClock().then((c) => showClock(c.now)).catch(() => undefined);

  // The procedure's start form, when there is one (forms/start-<processId>.form).
  void diagram().then(async ({ processId }) => {
    if (!processId) return;
    try {
      const form = await api.form(`start-${processId}`);
      startForm = taskForm(form.schema, {}, false);
      startFormHost.replaceChildren(h('h3', null, t('an.play.startForm')), startForm.el);
    } catch {
      /* no start form: variables only */
    }
  });

  const paint = (s: SandboxState) => {
    for (const [id, cls] of marked) canvas().removeMarker(id, cls);
    marked = [];
    overlays().remove({ type: 'sandbox' });
    for (const e of s.elements) {
      if (!registry().get(e.elementId)) continue;
      const cls = e.active ? 'sandbox-active' : 'sandbox-done';
      canvas().addMarker(e.elementId, cls);
      marked.push([e.elementId, cls]);
      if (e.active) overlays().add(e.elementId, 'sandbox', { position: { bottom: 10, left: -10 }, html: h('span', { class: 'token-badge', 'data-sandbox-token': e.elementId }, String(e.active)) });
    }
    for (const i of s.incidents) if (registry().get(i.elementId)) overlays().add(i.elementId, 'sandbox', { position: { top: -12, right: 12 }, html: h('span', { class: 'incident-badge', title: i.message }, '⚠') });
  };

  const render = (s: SandboxState) => {
    showClock(s.clock);
    status.textContent = t('an.play.state', { state: s.state });
    status.dataset.state = s.state;
    deadlines.replaceChildren(...s.deadlines.map((d) => h('li', { 'data-deadline': d.name }, h('code', null, d.name), ' ', formatInstant(d.dueAt))));
    incidents.replaceChildren(...s.incidents.map((i) => h('li', null, h('code', null, i.elementId), ' ', i.message)));
    variables.textContent = JSON.stringify(s.variables, null, 2);
    const open = new Set(s.tasks.map((x) => x.userTaskKey));
    if (openForm && !open.has(openForm.userTaskKey)) openForm = null;
    const rows = s.tasks.map((task) => {
      const row = h('div', { class: 'play-task', 'data-element-id': task.elementId, 'data-user-task-key': task.userTaskKey }, h('strong', null, task.name ?? task.elementId), ' ', h('span', { class: 'muted' }, task.candidateGroups.join(', ')), ' ');
      if (openForm?.userTaskKey === task.userTaskKey) {
        row.append(openForm.form.el, completeButton(task.userTaskKey, openForm.form));
      } else if (task.schema) {
        row.append(
          h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'play-open-task', onclick: () => {
            openForm = { userTaskKey: task.userTaskKey, form: taskForm(task.schema!, s.variables, false) };
            render(s);
          } }, t('an.play.open')),
        );
      }
      return row;
    });
    // The open form keeps its element (and what was typed into it) across refreshes.
    tasks.replaceChildren(...(rows.length ? rows : [h('p', { class: 'muted' }, t('an.play.noTasks'))]));
    paint(s);
  };

  const completeButton = (userTaskKey: string, form: TaskForm) =>
    h('button', { type: 'button', class: 'btn btn-primary btn-small', 'data-testid': 'play-complete', onclick: async () => {
      const values = await form.submit();
      if (!values) return;
      try {
        await analystApi.sandboxComplete(userTaskKey, withoutEmpty(values));
        openForm = null;
        await refresh();
      } catch (err) {
        toast((err as Error).message, 'error');
      }
    } }, t('an.play.complete'));

  const refresh = async () => {
    if (!runKey || stopped) return;
    clearTimeout(poll);
    try {
      render(await analystApi.sandboxState(runKey));
    } catch (err) {
      status.textContent = (err as Error).message;
    }
    if (!stopped) poll = setTimeout(() => void refresh(), POLL_MS);
  };

  startBtn.addEventListener('click', async () => {
    let vars: Record<string, unknown>;
    try {
      vars = JSON.parse(variablesInput.value || '{}');
      if (!vars || typeof vars !== 'object' || Array.isArray(vars)) throw new Error();
    } catch {
      toast(t('an.play.badJson'), 'error');
      return;
    }
    if (startForm) {
      const values = variablesInput.value.trim() === '{}' ? await startForm.submit() : {};
      if (values === null) return;
      vars = { ...withoutEmpty(values), ...vars };
    }
    startBtn.disabled = true;
    try {
      const d = await diagram();
      const run = await analystApi.sandboxRun([{ name: d.name, content: d.content }], vars);
      runKey = run.processInstanceKey;
      el.dataset.run = runKey;
      el.dataset.version = String(run.version);
      // The run is what matters now: the start section folds away.
      startSection.open = false;
      toast(t('an.play.started', { key: runKey }), 'ok');
      await refresh();
    } catch (err) {
      toast((err as Error).message, 'error');
    } finally {
      startBtn.disabled = false;
    }
  });

  advanceBtn.addEventListener('click', async () => {
    const days = Number(daysInput.value);
    if (!Number.isInteger(days) || days < 1) return;
    advanceBtn.disabled = true;
    try {
      showClock((await analystApi.sandboxAdvance(days)).now);
      await refresh();
    } catch (err) {
      toast((err as Error).message, 'error');
    } finally {
      advanceBtn.disabled = false;
    }
  });

  return {
    el,
    stop() {
      stopped = true;
      clearTimeout(poll);
      for (const [id, cls] of marked) canvas().removeMarker(id, cls);
      marked = [];
      overlays().remove({ type: 'sandbox' });
    },
  };
}
