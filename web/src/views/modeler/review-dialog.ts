/**
 * The review step before a live deployment: the diff against the live version (diagram, coloured, and XML), the
 * lint result, a version tag (written into the diagram as zeebe:versionTag) and a release note. It sends a
 * deployment request; a second person approves it (#/modeler/requests).
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { h } from '../../core/dom';
import { t } from '../../i18n';
import { mounted } from '../../ui/mount';
import { analystApi, DeploymentRequest } from './analyst-api';
import { computeDiff, markDiff } from './diff';
import { lintItem } from './lint-panel';
import { reviewSubmission } from './review-submit';
import { xmlDiffNodes } from './xml-diff';

type Bo = { $type: string; id: string; extensionElements?: { values: Array<{ $type: string; value?: string }> } };

/** The process's current zeebe:versionTag, if any. */
export function versionTagOf(modeler: Modeler): string {
  const root = modeler.get<{ getRootElement(): { businessObject: Bo } }>('canvas').getRootElement();
  return root.businessObject.extensionElements?.values.find((v) => v.$type === 'zeebe:VersionTag')?.value ?? '';
}

/** Writes zeebe:versionTag on the process, as an undoable modelling command. */
export function setVersionTag(modeler: Modeler, value: string): void {
  const root = modeler.get<{ getRootElement(): { businessObject: Bo } }>('canvas').getRootElement();
  const bo = root.businessObject;
  const moddle = modeler.get<{ create(type: string, attrs?: object): Record<string, unknown> }>('moddle');
  const modeling = modeler.get<{ updateModdleProperties(el: unknown, target: unknown, props: object): void; updateProperties(el: unknown, props: object): void }>('modeling');
  let ext = bo.extensionElements as unknown as { values: Array<Record<string, unknown>> } | undefined;
  if (!ext) {
    ext = moddle.create('bpmn:ExtensionElements', { values: [] }) as unknown as { values: Array<Record<string, unknown>> };
    (ext as unknown as { $parent: unknown }).$parent = bo;
    modeling.updateModdleProperties(root, bo, { extensionElements: ext });
  }
  const tag = ext.values.find((v) => v.$type === 'zeebe:VersionTag');
  if (tag) modeling.updateModdleProperties(root, tag, { value });
  else {
    const created = moddle.create('zeebe:VersionTag', { value });
    created.$parent = ext;
    modeling.updateModdleProperties(root, ext, { values: [...ext.values, created] });
  }
}

export async function openReview(modeler: Modeler, opts: { resourceName: string; label: string; liveXml: string | null }): Promise<DeploymentRequest | null> {
  const { xml } = await modeler.saveXML({ format: true });
  const draft = xml!;
  const tagInput = h('input', { class: 'input', name: 'versionTag', 'data-testid': 'review-tag', value: versionTagOf(modeler), maxlength: 40, required: true });
  const noteInput = h('textarea', { class: 'input', name: 'note', rows: 3, 'data-testid': 'review-note', required: true });
  const error = h('p', { class: 'form-error', 'data-testid': 'review-error', hidden: true });
  const lintBox = h('div', { class: 'review-lint', 'data-testid': 'review-lint' }, t('modeler.lint.running'));
  const submit = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'review-submit' }, t('an.review.submit'));
  const cancel = h('button', { type: 'button', class: 'btn', 'data-testid': 'review-cancel' }, t('an.review.cancel'));
  const oldCanvas = h('div', { class: 'diff-canvas', 'data-testid': 'review-old' });
  const newCanvas = h('div', { class: 'diff-canvas', 'data-testid': 'review-new' });
  const xmlDiff = h('pre', { class: 'xml-diff', 'data-testid': 'review-xml-diff' });

  const dialog = h(
    'div',
    { class: 'modal-backdrop', 'data-testid': 'review-dialog' },
    h(
      'div',
      { class: 'modal review-modal', role: 'dialog', 'aria-modal': 'true', 'aria-label': t('an.review.title', { name: opts.label }) },
      h('h2', null, t('an.review.title', { name: opts.label })),
      h('h3', null, t('an.review.diagram')),
      opts.liveXml ? h('div', { class: 'diff-grid' }, oldCanvas, newCanvas) : h('p', { class: 'muted' }, t('an.review.new')),
      h('details', { open: !!opts.liveXml }, h('summary', null, t('an.review.xml')), xmlDiff),
      h('h3', null, t('an.review.lint')),
      lintBox,
      h('label', { class: 'field' }, h('span', null, t('an.review.tag')), tagInput),
      h('label', { class: 'field' }, h('span', null, t('an.review.note')), noteInput),
      error,
      h('div', { class: 'modal-actions' }, cancel, submit),
    ),
  );
  document.body.appendChild(dialog);
  const viewers: NavigatedViewer[] = [];
  const close = () => {
    viewers.forEach((v) => v.destroy());
    dialog.remove();
  };

  void (async () => {
    const lint = await analystApi.lint([{ name: opts.resourceName, content: draft }]).catch(() => null);
    const rows = lint ? [...lint.errors, ...lint.warnings] : [];
    lintBox.dataset.errors = String(lint?.errors.length ?? 0);
    lintBox.replaceChildren(
      rows.length ? h('ul', { class: 'lint-list' }, rows.map((m) => lintItem(m.category, m.elementId, m.message))) : h('p', { class: 'lint-summary clean' }, t('modeler.lint.ok')),
    );
    if (lint?.errors.length) submit.disabled = true;
    if (!opts.liveXml) return;
    const lines = xmlDiffNodes(opts.liveXml, draft);
    xmlDiff.replaceChildren(...(lines.length ? lines : [t('an.review.noChanges')]));
    await mounted(oldCanvas);
    const opt = { moddleExtensions: { zeebe: zeebeModdle } };
    const oldViewer = new NavigatedViewer({ container: oldCanvas, ...opt });
    const newViewer = new NavigatedViewer({ container: newCanvas, ...opt });
    viewers.push(oldViewer, newViewer);
    await oldViewer.importXML(opts.liveXml);
    await newViewer.importXML(draft);
    for (const v of viewers) v.get<{ zoom(z: string, c?: string): void }>('canvas').zoom('fit-viewport', 'auto');
    markDiff(oldViewer, newViewer, computeDiff(oldViewer, newViewer).rows);
    dialog.dataset.ready = 'true';
  })();

  return reviewSubmission({ cancel, submit, tagInput, noteInput, error, close }, opts.resourceName, async (versionTag) => {
    if (versionTagOf(modeler) !== versionTag) setVersionTag(modeler, versionTag);
    const { xml: tagged } = await modeler.saveXML({ format: true });
    return tagged!;
  });
}
