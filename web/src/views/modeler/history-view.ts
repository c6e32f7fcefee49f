/** Version history of one process: pick two versions, see them side by side with the differences coloured. */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { api, ProcessVersion } from '../../core/api';
import { h } from '../../core/dom';
import { t, MessageKey } from '../../i18n';
import { onLeave } from '../../shell';
import { mounted } from '../../ui/mount';
import { empty, errorState, loading } from '../../ui/states';
import { computeDiff, markDiff, ChangeRow } from './diff';
import '../../styles/modeler.css';

const KIND_LABEL: Record<ChangeRow['kind'], MessageKey> = {
  added: 'modeler.diff.added',
  removed: 'modeler.diff.removed',
  changed: 'modeler.diff.changed',
  layout: 'modeler.diff.layout',
};

export async function historyView(processId: string, query: URLSearchParams): Promise<HTMLElement> {
  const { items } = await api.processDefinitions();
  const def = items.find((d) => d.processDefinitionId === processId);
  const back = h('a', { class: 'btn btn-ghost', href: '#/modeler' }, '← ', t('common.back'));
  if (!def || def.versions.length === 0) return h('div', { class: 'page' }, back, empty(t('modeler.history.empty')));

  const versions = [...def.versions].sort((a, b) => b.version - a.version);
  const toKey = query.get('to') ?? versions[0].processDefinitionKey;
  const fromKey = query.get('from') ?? (versions[1] ?? versions[0]).processDefinitionKey;

  const select = (name: string, selected: string) =>
    h(
      'select',
      { name, 'data-testid': `diff-${name}` },
      versions.map((v: ProcessVersion) => {
        const o = h('option', { value: v.processDefinitionKey }, `${t('common.version', { version: v.version })}${v.versionTag ? ` (${v.versionTag})` : ''}`);
        o.selected = v.processDefinitionKey === selected;
        return o;
      }),
    );
  const fromSel = select('from', fromKey);
  const toSel = select('to', toKey);
  const compare = h('button', { class: 'btn btn-primary', type: 'button' }, t('modeler.history.compare'));
  compare.addEventListener('click', () => {
    location.hash = `#/modeler/${encodeURIComponent(processId)}/history?from=${fromSel.value}&to=${toSel.value}`;
  });

  const oldCanvas = h('div', { class: 'diff-canvas', 'data-testid': 'diff-old' });
  const newCanvas = h('div', { class: 'diff-canvas', 'data-testid': 'diff-new' });
  const changes = h('div', { class: 'diff-changes' }, loading());
  const vOf = (key: string) => versions.find((v) => v.processDefinitionKey === key)?.version ?? '?';

  const view = h(
    'div',
    { class: 'page history-page', 'data-view': 'history' },
    h('div', { class: 'page-head' }, back, h('h1', null, t('modeler.history'), ': ', def.name ?? def.processDefinitionId)),
    h(
      'ul',
      { class: 'version-list' },
      versions.map((v) =>
        h(
          'li',
          { 'data-version': v.version },
          h('a', { href: `#/modeler?key=${encodeURIComponent(v.processDefinitionKey)}` }, t('common.version', { version: v.version })),
          v.versionTag ? h('code', null, v.versionTag) : null,
          h('span', { class: 'version-running', 'data-testid': 'running-count' }, t('an.running', { count: (v as ProcessVersion & { runningInstances?: number }).runningInstances ?? 0 })),
          // Moving running cases to another version is the monitor's migration.
          ((v as ProcessVersion & { runningInstances?: number }).runningInstances ?? 0) > 0
            ? h('a', { class: 'btn btn-small', href: `#/monitor/migration?processDefinitionId=${encodeURIComponent(processId)}&from=${encodeURIComponent(v.processDefinitionKey)}` }, t('an.migrate'))
            : null,
        ),
      ),
    ),
    h('div', { class: 'toolbar' }, h('label', null, t('modeler.diff.from'), ' ', fromSel), h('label', null, t('modeler.diff.to'), ' ', toSel), compare),
    h('h2', null, t('modeler.diff.title', { id: def.processDefinitionId, from: vOf(fromKey), to: vOf(toKey) })),
    h(
      'div',
      { class: 'diff-legend' },
      (['added', 'removed', 'changed', 'layout'] as const).map((k) => h('span', { class: `legend legend-${k}` }, t(KIND_LABEL[k]))),
    ),
    h('div', { class: 'diff-grid' }, h('figure', null, h('figcaption', null, t('modeler.diff.from'), ' · v', String(vOf(fromKey))), oldCanvas), h('figure', null, h('figcaption', null, t('modeler.diff.to'), ' · v', String(vOf(toKey))), newCanvas)),
    changes,
  );

  void mounted(view).then(async () => {
    const opts = { moddleExtensions: { zeebe: zeebeModdle } };
    const oldViewer = new NavigatedViewer({ container: oldCanvas, ...opts });
    const newViewer = new NavigatedViewer({ container: newCanvas, ...opts });
    onLeave(() => {
      oldViewer.destroy();
      newViewer.destroy();
    });
    try {
      const [a, b] = await Promise.all([api.processXml(fromKey), api.processXml(toKey)]);
      await oldViewer.importXML(a.xml);
      await newViewer.importXML(b.xml);
      for (const v of [oldViewer, newViewer]) v.get<{ zoom(z: string, center?: string): void }>('canvas').zoom('fit-viewport', 'auto');
      const { rows } = computeDiff(oldViewer, newViewer);
      markDiff(oldViewer, newViewer, rows);
      changes.replaceChildren(
        rows.length === 0
          ? empty(t('modeler.diff.none'))
          : h(
              'table',
              { class: 'table', 'data-testid': 'diff-table' },
              h('tbody', null, rows.map((r) => h('tr', { class: `diff-row diff-row-${r.kind}` }, h('td', null, h('span', { class: `legend legend-${r.kind}` }, t(KIND_LABEL[r.kind]))), h('td', null, h('code', null, r.id)), h('td', { class: 'muted' }, r.type.replace('bpmn:', '')), h('td', null, r.attrs.join(', '))))),
            ),
      );
    } catch (err) {
      changes.replaceChildren(errorState(err));
    }
  });
  return view;
}
