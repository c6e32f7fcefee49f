/**
 * Decision tables (analysts, #/decisions): the deployed DMN files on the left with their decisions, the dmn-js editor
 * (DRD, decision table, literal expression) with a tab per view, live lint by the server, and review + second-person
 * approval before a table goes live: the same flow as a diagram in the modeler.
 */
import type DmnModeler from 'dmn-js/lib/Modeler';
import type { DmnView } from 'dmn-js/lib/Modeler';
import type { LintReport } from '@camunda/linting';
import { h } from '../../../core/dom';
import { t } from '../../../i18n';
import { guardUnsavedWork, mayDiscardWork, onLeave } from '../../../shell';
import { download, mounted } from '../../../ui/mount';
import { empty, errorState, loading } from '../../../ui/states';
import { toast } from '../../../ui/toast';
import { analystApi, DecisionRequirements } from '../analyst-api';
import { lintPanel } from '../lint-panel';
import { blankDmn, createDmnModeler } from './dmn-modeler';
import { openDmnReview } from './dmn-review';
import { onFileChosen } from '../file-open';
import '../../../styles/modeler.css';

interface Opened {
  /** The definitions id of a table opened from the server; null for a new table or a file. */
  drgId: string | null;
  resourceName: string;
  label: string;
}

type Element = { id: string; $type: string; name?: string; decisionLogic?: { rule?: Array<{ id: string }> } };
const isError = (category: string) => category === 'error' || category === 'rule-error';

export function dmnView(initialKey: string | null): HTMLElement {
  const host = h('div', { class: 'dmn-host', 'data-testid': 'dmn-editor' });
  const modeler: DmnModeler = createDmnModeler(host);
  onLeave(() => modeler.destroy());

  const title = h('span', { class: 'toolbar-title', 'data-testid': 'dmn-title' });
  const dirtyMark = h('span', { class: 'badge badge-warn', hidden: true, 'data-testid': 'dmn-dirty' }, t('modeler.unsaved'));
  const status = h('span', { class: 'toolbar-status', 'data-testid': 'deploy-status', 'aria-live': 'polite' });
  const reviewBtn = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'deploy', disabled: true }, t('an.review'));
  const exportBtn = h('button', { class: 'btn', type: 'button', 'data-testid': 'export-xml' }, t('modeler.export'));
  const fileInput = h('input', { type: 'file', accept: '.dmn,.xml', class: 'visually-hidden', 'data-testid': 'open-file' });
  const tabs = h('nav', { class: 'dmn-tabs', 'aria-label': t('dmn.views'), 'data-testid': 'dmn-views' });
  const list = h('div', { class: 'process-list' }, loading());
  let opened: Opened = { drgId: null, resourceName: 'decisions.dmn', label: t('dmn.new.label') };
  let openedByAnalyst = false;
  let errors = 0;
  let reviewing = false;

  const refreshReview = () => {
    reviewBtn.disabled = reviewing || errors > 0;
    reviewBtn.title = errors ? t('modeler.deploy.blocked') : '';
  };

  // ---- views: a tab per view (DRD, each decision); the active one marked
  const views = (): DmnView[] => modeler.getViews();
  const viewOf = (elementId: string): DmnView | undefined =>
    views().find((v) => v.element.id === elementId) ?? views().find((v) => (v.element as Element).decisionLogic?.rule?.some((r) => r.id === elementId));
  const renderTabs = () => {
    const active = modeler.getActiveView();
    tabs.replaceChildren(
      ...views().map((v) =>
        h(
          'button',
          { type: 'button', class: `btn btn-small${v === active ? ' active' : ''}`, 'data-view-id': v.element.id, 'data-view-type': v.type, 'aria-pressed': String(v === active), onclick: () => void modeler.open(v) },
          v.type === 'drd' ? t('dmn.view.drd') : (v.element.name ?? v.element.id),
        ),
      ),
    );
  };
  modeler.on('views.changed', renderTabs);

  // ---- lint by the server, after every change (debounced) and every import
  const lints = lintPanel((report) => {
    const view = viewOf(report.id);
    if (view) void modeler.open(view).then(() => host.querySelector(`[data-row-id="${CSS.escape(report.id)}"]`)?.scrollIntoView({ block: 'center' }));
  }, t('dmn.lint.ok'));
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  let lintSeq = 0;
  const runLint = async () => {
    const mine = ++lintSeq;
    lints.show({ running: true, errors: [], warnings: [] });
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const result = await analystApi.lint([{ name: resourceName(), content: xml }]);
      if (mine !== lintSeq) return;
      const reports = [...result.errors, ...result.warnings].map((m): LintReport => ({ id: m.elementId ?? '', message: m.message, category: m.category as LintReport['category'], rule: m.rule }));
      errors = reports.filter((r) => isError(r.category)).length;
      lints.show({ running: false, errors: reports.filter((r) => isError(r.category)), warnings: reports.filter((r) => !isError(r.category)) });
    } catch (err) {
      if (mine !== lintSeq) return;
      lints.show({ running: false, errors: [], warnings: [], failed: (err as Error).message });
      toast((err as Error).message, 'error');
    }
    refreshReview();
  };
  const lintSoon = () => {
    clearTimeout(lintTimer);
    lints.show({ running: true, errors: [], warnings: [] });
    lintTimer = setTimeout(() => void runLint(), 400);
  };
  onLeave(() => clearTimeout(lintTimer));

  // Each view has its own command stack: an edit in any of them is unsaved work. A cleared stack (import) is not.
  modeler.on('viewer.created', ({ viewer }) =>
    viewer.on('commandStack.changed', (e: { trigger?: string }) => {
      if (e.trigger === 'clear') return;
      dirtyMark.hidden = false;
      lintSoon();
    }),
  );
  guardUnsavedWork(() => !dirtyMark.hidden);

  /** A new table is deployed under its definitions id, so the next deployment versions the same file. */
  const resourceName = (): string => {
    if (opened.drgId || opened.resourceName !== 'decisions.dmn') return opened.resourceName;
    const id = modeler.getDefinitions()?.id;
    return id ? `${id}.dmn` : opened.resourceName;
  };

  const importXml = async (xml: string, next: Opened, decisionId?: string) => {
    status.textContent = '';
    try {
      await modeler.importXML(xml);
      const view = decisionId ? viewOf(decisionId) : undefined;
      if (view) await modeler.open(view);
      opened = next;
      title.textContent = t('modeler.current', { name: next.label });
      dirtyMark.hidden = true;
      renderTabs();
      await runLint();
    } catch (err) {
      toast(t('modeler.import.failed', { message: (err as Error).message }), 'error');
    }
  };

  // ---- the deployed tables
  const markActive = (id: string | null) => {
    for (const item of list.querySelectorAll<HTMLElement>('[data-drg-id]')) item.classList.toggle('active', item.dataset.drgId === id);
  };
  const openDeployed = async (drg: DecisionRequirements, decisionId?: string, key = drg.latest.decisionRequirementsKey) => {
    if (!mayDiscardWork()) return;
    const version = drg.versions.find((v) => v.decisionRequirementsKey === key) ?? drg.latest;
    const { xml } = await analystApi.decisionXml(key);
    history.replaceState(null, '', `#/decisions?key=${encodeURIComponent(key)}`);
    await importXml(xml, { drgId: drg.decisionRequirementsId, resourceName: version.resourceName || `${drg.decisionRequirementsId}.dmn`, label: t('dmn.opened', { name: drg.name, version: version.version }) }, decisionId);
    markActive(drg.decisionRequirementsId);
  };
  const renderList = (items: DecisionRequirements[]) => {
    if (!items.length) return list.replaceChildren(empty(t('dmn.deployed.empty')));
    const open = (drg: DecisionRequirements, decisionId?: string) => () => void openDeployed(drg, decisionId).catch((err) => toast((err as Error).message, 'error'));
    list.replaceChildren(
      h(
        'ul',
        { class: 'nav-list' },
        items.map((d) =>
          h(
            'li',
            { 'data-drg-id': d.decisionRequirementsId },
            h('button', { type: 'button', class: 'nav-list-item', onclick: open(d) }, h('span', { class: 'nav-list-title' }, d.name), h('span', { class: 'nav-list-meta' }, h('code', null, d.decisionRequirementsId), ' · ', `v${d.latest.version}`)),
            h(
              'ul',
              { class: 'dmn-decision-list' },
              d.decisions.map((x) => h('li', null, h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'data-decision-id': x.decisionDefinitionId, onclick: open(d, x.decisionDefinitionId) }, x.name))),
            ),
          ),
        ),
      ),
    );
    markActive(opened.drgId);
  };
  const loadList = async (): Promise<DecisionRequirements[]> => {
    try {
      const { items } = await analystApi.decisionRequirements();
      renderList(items);
      return items;
    } catch (err) {
      list.replaceChildren(errorState(err, () => void loadList()));
      return [];
    }
  };

  /** The live version of the file being edited (by its definitions id), to review the change against. */
  const liveXml = async (): Promise<string | null> => {
    const id = modeler.getDefinitions()?.id;
    const drg = id ? (await analystApi.decisionRequirements()).items.find((d) => d.decisionRequirementsId === id) : undefined;
    return drg ? (await analystApi.decisionXml(drg.latest.decisionRequirementsKey)).xml : null;
  };

  reviewBtn.addEventListener('click', async () => {
    await runLint();
    if (errors) return;
    reviewing = true;
    refreshReview();
    status.textContent = '';
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const request = await openDmnReview({ resourceName: resourceName(), label: opened.label, draft: xml, liveXml: await liveXml() });
      if (!request) return;
      const message = t('an.review.sent', { id: request.id });
      status.replaceChildren(message, ' ', h('a', { href: '#/modeler/requests', 'data-testid': 'requests-link' }, t('an.requests')));
      status.className = 'toolbar-status ok';
      status.dataset.request = request.id;
      // The draft is kept in the request: leaving the editor loses nothing.
      dirtyMark.hidden = true;
      toast(message, 'ok');
    } catch (err) {
      status.textContent = t('modeler.deploy.failed', { message: (err as Error).message });
      status.className = 'toolbar-status error';
    } finally {
      reviewing = false;
      refreshReview();
    }
  });

  exportBtn.addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    download(resourceName(), xml);
  });

  onFileChosen(fileInput, mayDiscardWork, async (file) => {
    // Set before reading: the view's own first load must not replace what the analyst opened.
    openedByAnalyst = true;
    const xml = await file.text();
    history.replaceState(null, '', '#/decisions');
    markActive(null);
    await importXml(xml, { drgId: null, resourceName: file.name, label: file.name });
  });

  const newTable = () => {
    if (!mayDiscardWork()) return;
    history.replaceState(null, '', '#/decisions');
    markActive(null);
    void importXml(blankDmn(), { drgId: null, resourceName: 'decisions.dmn', label: t('dmn.new.label') });
  };

  const view = h(
    'div',
    { class: 'modeler-layout', 'data-view': 'decisions' },
    h(
      'aside',
      { class: 'sidebar' },
      h('h2', null, t('dmn.deployed')),
      h('div', { class: 'sidebar-actions' }, h('button', { class: 'btn', type: 'button', onclick: newTable, 'data-testid': 'new-table' }, t('dmn.new')), h('label', { class: 'btn' }, t('dmn.openFile'), fileInput)),
      list,
      h('a', { class: 'btn btn-ghost', href: '#/modeler/requests', 'data-testid': 'requests-nav' }, t('an.requests')),
    ),
    h('section', { class: 'modeler-main' }, h('div', { class: 'toolbar' }, title, dirtyMark, h('span', { class: 'spacer' }), status, exportBtn, reviewBtn), tabs, host, lints.el),
  );

  void mounted(view).then(async () => {
    const items = await loadList();
    if (openedByAnalyst) return;
    const drg = initialKey ? items.find((d) => d.versions.some((v) => v.decisionRequirementsKey === initialKey)) : undefined;
    if (drg && initialKey) await openDeployed(drg, undefined, initialKey).catch((err) => toast((err as Error).message, 'error'));
    else newTable();
  });
  return view;
}
