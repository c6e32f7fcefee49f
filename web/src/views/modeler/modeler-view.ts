/**
 * Modeler page (analysts): deployed processes on the left, the canvas with the Zeebe properties panel,
 * live lint, and "deploy new version" which stays disabled while lint reports errors.
 */
import { api, ProcessDefinition } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { t } from '../../i18n';
import { guardUnsavedWork, mayDiscardWork, onLeave } from '../../shell';
import { download, mounted } from '../../ui/mount';
import { progress } from '../../ui/progress';
import { empty, errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import { analystApi } from './analyst-api';
import { blankDiagram, createModeler, setTemplates } from './bpmn-modeler';
import { canvasTools } from './canvas-tools';
import { commentsPanel } from './comments-panel';
import type { LintReport } from '@camunda/linting';
import { attachLinting, LintState } from './lint';
import { lintPanel } from './lint-panel';
import { playPanel, PlayPanel } from './play-panel';
import { openReview } from './review-dialog';
import { onFileChosen } from './file-open';
import '../../styles/modeler.css';

interface Opened {
  processDefinitionId: string | null;
  resourceName: string;
  label: string;
}

export function modelerView(initialKey: string | null): HTMLElement {
  const canvas = h('div', { class: 'modeler-canvas', 'data-testid': 'modeler-canvas' });
  const panel = h('div', { class: 'modeler-properties', 'data-testid': 'properties-panel' });
  const modeler = createModeler(canvas, panel);
  onLeave(() => modeler.destroy());

  const lints = lintPanel((report) => modeler.get<{ showError(r: LintReport): void }>('linting').showError(report));
  const title = h('span', { class: 'toolbar-title', 'data-testid': 'modeler-title' });
  const dirtyMark = h('span', { class: 'badge badge-warn', hidden: true }, t('modeler.unsaved'));
  const deployStatus = h('span', { class: 'toolbar-status', 'data-testid': 'deploy-status', 'aria-live': 'polite' });
  const deployProgress = progress('deploy-progress');
  const historyLink = h('a', { class: 'btn btn-ghost', href: '#/modeler', 'data-testid': 'history-link', hidden: true }, t('modeler.history'));
  const deployBtn = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'deploy', disabled: true }, t('an.review'));
  const playBtn = h('button', { class: 'btn', type: 'button', 'data-testid': 'play', 'aria-pressed': 'false' }, t('an.play'));
  const exportBtn = h('button', { class: 'btn', type: 'button', 'data-testid': 'export-xml' }, t('modeler.export'));
  const fileInput = h('input', { type: 'file', accept: '.bpmn,.xml', class: 'visually-hidden', 'data-testid': 'open-file' });
  const list = h('div', { class: 'process-list' }, loading());

  let opened: Opened = { processDefinitionId: null, resourceName: 'diagram.bpmn', label: t('modeler.new') };
  /** The analyst opened a file before the view finished loading: the initial diagram must not replace it. */
  let openedByAnalyst = false;
  let lintState: LintState = { running: true, errors: [], warnings: [] };
  let deploying = false;

  const refreshDeployButton = () => {
    // Not disabled while a lint run is merely pending (that would flicker on every key stroke):
    // the click lints once more and stops on errors.
    deployBtn.disabled = deploying || lintState.errors.length > 0;
    deployBtn.title = lintState.errors.length ? t('modeler.deploy.blocked') : '';
  };
  const linting = attachLinting(modeler, () => resourceName(), (state) => {
    lintState = state;
    lints.show(state);
    refreshDeployButton();
  });

  const setOpened = (next: Opened) => {
    opened = next;
    title.textContent = t('modeler.current', { name: next.label });
    historyLink.hidden = !next.processDefinitionId;
    if (next.processDefinitionId) historyLink.href = `#/modeler/${encodeURIComponent(next.processDefinitionId)}/history`;
    dirtyMark.hidden = true;
  };

  const importXml = async (xml: string, next: Opened) => {
    deployStatus.textContent = '';
    try {
      await modeler.importXML(xml);
      (modeler.get('canvas') as { zoom(z: string, center?: string): void }).zoom('fit-viewport', 'auto');
      setOpened(next);
    } catch (err) {
      toast(t('modeler.import.failed', { message: (err as Error).message }), 'error');
    }
  };

  const openDeployed = async (def: ProcessDefinition, key = def.latest.processDefinitionKey) => {
    if (!mayDiscardWork()) return;
    const version = def.versions.find((v) => v.processDefinitionKey === key) ?? def.latest;
    const { xml } = await api.processXml(key);
    history.replaceState(null, '', `#/modeler?key=${encodeURIComponent(key)}`);
    await importXml(xml, {
      processDefinitionId: def.processDefinitionId,
      resourceName: version.resourceName || `${def.processDefinitionId}.bpmn`,
      label: `${def.name ?? def.processDefinitionId} · ${t('common.version', { version: version.version })}`,
    });
    markActive(def.processDefinitionId);
  };

  const markActive = (id: string | null) => {
    for (const item of list.querySelectorAll<HTMLElement>('[data-process-id]')) item.classList.toggle('active', item.dataset.processId === id);
  };

  const renderList = (defs: ProcessDefinition[]) => {
    if (!defs.length) return list.replaceChildren(empty(t('modeler.processes.empty')));
    list.replaceChildren(
      h(
        'ul',
        { class: 'nav-list' },
        defs.map((d) =>
          h(
            'li',
            { 'data-process-id': d.processDefinitionId },
            h(
              'button',
              { type: 'button', class: 'nav-list-item', onclick: () => void openDeployed(d).catch((err) => toast((err as Error).message, 'error')) },
              h('span', { class: 'nav-list-title' }, d.name ?? d.processDefinitionId),
              h('span', { class: 'nav-list-meta' }, h('code', null, d.processDefinitionId), ' · ', `v${d.latest.version}`),
            ),
          ),
        ),
      ),
    );
    markActive(opened.processDefinitionId);
  };

  const loadList = async (): Promise<ProcessDefinition[]> => {
    try {
      const { items } = await api.processDefinitions();
      renderList(items);
      return items;
    } catch (err) {
      list.replaceChildren(errorState(err, () => void loadList()));
      return [];
    }
  };

  modeler.on('commandStack.changed', () => {
    dirtyMark.hidden = false;
  });
  guardUnsavedWork(() => !dirtyMark.hidden);

  /** A new diagram is deployed under its process id, so the next deployment versions the same resource. */
  const processIdOf = (): string | null => {
    const defs = (modeler as unknown as { getDefinitions(): { rootElements?: { $type: string; id: string }[] } | undefined }).getDefinitions();
    return defs?.rootElements?.find((e) => e.$type === 'bpmn:Process')?.id ?? null;
  };
  const resourceName = (): string => {
    if (opened.processDefinitionId || opened.resourceName !== 'diagram.bpmn') return opened.resourceName;
    const id = processIdOf();
    return id ? `${id}.bpmn` : opened.resourceName;
  };

  /** The live version of the process being edited (by the diagram's process id), to review the change against. */
  const liveXml = async (): Promise<string | null> => {
    const id = processIdOf();
    if (!id) return null;
    const { items } = await api.processDefinitions();
    const def = items.find((d) => d.processDefinitionId === id);
    return def ? (await api.processXml(def.latest.processDefinitionKey)).xml : null;
  };

  deployBtn.addEventListener('click', async () => {
    const state = await linting.run();
    if (state.errors.length) return;
    deploying = true;
    refreshDeployButton();
    deployStatus.textContent = '';
    try {
      const request = await openReview(modeler, { resourceName: resourceName(), label: opened.label, liveXml: await liveXml() });
      if (!request) return;
      const message = t('an.review.sent', { id: request.id });
      deployStatus.replaceChildren(message, ' ', h('a', { href: '#/modeler/requests', 'data-testid': 'requests-link' }, t('an.requests')));
      deployStatus.className = 'toolbar-status ok';
      deployStatus.dataset.request = request.id;
      // The draft is kept in the request: leaving the modeler loses nothing.
      dirtyMark.hidden = true;
      toast(message, 'ok');
    } catch (err) {
      const message = err instanceof ApiError && err.body.lint?.length ? t('modeler.deploy.blocked') : (err as Error).message;
      if (err instanceof ApiError && err.body.lint?.length) lints.showServer(err.body.lint);
      deployStatus.textContent = t('modeler.deploy.failed', { message });
      deployStatus.className = 'toolbar-status error';
    } finally {
      deploying = false;
      refreshDeployButton();
    }
  });

  let play: PlayPanel | null = null;
  const comments = commentsPanel(modeler, () => processIdOf());
  const side = h('div', { class: 'modeler-side' }, panel, comments.el);
  const body = h('div', { class: 'modeler-body' }, canvas, side);
  playBtn.addEventListener('click', () => {
    if (play) {
      play.stop();
      play.el.remove();
      play = null;
      side.hidden = false;
      playBtn.setAttribute('aria-pressed', 'false');
      return;
    }
    play = playPanel(modeler, async () => {
      const { xml } = await modeler.saveXML({ format: true });
      return { name: resourceName(), content: xml!, processId: processIdOf() };
    });
    side.hidden = true;
    body.appendChild(play.el);
    playBtn.setAttribute('aria-pressed', 'true');
  });
  onLeave(() => play?.stop());

  exportBtn.addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    download(opened.resourceName, xml!);
  });

  onFileChosen(fileInput, mayDiscardWork, async (file) => {
    // Set before reading: the view's own first load must not replace what the analyst opened.
    openedByAnalyst = true;
    const xml = await file.text();
    history.replaceState(null, '', '#/modeler');
    markActive(null);
    await importXml(xml, { processDefinitionId: null, resourceName: file.name, label: file.name });
  });

  const newDiagram = () => {
    if (!mayDiscardWork()) return;
    history.replaceState(null, '', '#/modeler');
    markActive(null);
    void importXml(blankDiagram(), { processDefinitionId: null, resourceName: 'diagram.bpmn', label: t('modeler.new') });
  };

  const view = h(
    'div',
    { class: 'modeler-layout', 'data-view': 'modeler' },
    h(
      'aside',
      { class: 'sidebar' },
      h('h2', null, t('modeler.processes')),
      h(
        'div',
        { class: 'sidebar-actions' },
        h('button', { class: 'btn', type: 'button', onclick: newDiagram, 'data-testid': 'new-diagram' }, t('modeler.new')),
        h('label', { class: 'btn' }, t('modeler.openFile'), fileInput),
      ),
      list,
      h('a', { class: 'btn btn-ghost', href: '#/modeler/requests', 'data-testid': 'requests-nav' }, t('an.requests')),
    ),
    h(
      'section',
      { class: 'modeler-main' },
      h('div', { class: 'toolbar' }, title, dirtyMark, h('span', { class: 'spacer' }), deployStatus, historyLink, exportBtn, playBtn, deployBtn),
      deployProgress.el,
      canvasTools(modeler, () => resourceName().replace(/\.bpmn$/, '')),
      body,
      lints.el,
    ),
  );

  void mounted(view).then(async () => {
    // The workers' element templates: palette entry "YUKK çalışanları", chooser, properties form.
    await analystApi
      .elementTemplates()
      .then((templates) => setTemplates(modeler, templates, (errors) => toast(errors.map((e) => e.message).join('\n'), 'error')))
      .catch((err) => toast((err as Error).message, 'error'));
    const defs = await loadList();
    if (openedByAnalyst) return;
    const def = initialKey ? defs.find((d) => d.versions.some((v) => v.processDefinitionKey === initialKey)) : undefined;
    if (def && initialKey) await openDeployed(def, initialKey).catch((err) => toast((err as Error).message, 'error'));
    else newDiagram();
  });
  return view;
}
