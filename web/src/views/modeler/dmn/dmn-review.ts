/**
 * The review step before a decision table goes live: the XML diff against the live version of the same DMN file
 * (by its definitions id), the lint result, a version tag and a release note. It sends a deployment request; a second
 * person approves it (#/modeler/requests), as for a diagram.
 */
import { h } from '../../../core/dom';
import { t } from '../../../i18n';
import { analystApi, DeploymentRequest } from '../analyst-api';
import { reviewSubmission } from '../review-submit';
import { lintItem } from '../lint-panel';
import { xmlDiffNodes } from '../xml-diff';
import { formatDmn } from './dmn-format';

export async function openDmnReview(opts: { resourceName: string; label: string; draft: string; liveXml: string | null }): Promise<DeploymentRequest | null> {
  const tagInput = h('input', { class: 'input', name: 'versionTag', 'data-testid': 'review-tag', maxlength: 40, required: true });
  const noteInput = h('textarea', { class: 'input', name: 'note', rows: 3, 'data-testid': 'review-note', required: true });
  const error = h('p', { class: 'form-error', 'data-testid': 'review-error', hidden: true });
  const lintBox = h('div', { class: 'review-lint', 'data-testid': 'review-lint' }, t('modeler.lint.running'));
  const submit = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'review-submit' }, t('an.review.submit'));
  const cancel = h('button', { type: 'button', class: 'btn', 'data-testid': 'review-cancel' }, t('an.review.cancel'));
  const diff = opts.liveXml ? xmlDiffNodes(await formatDmn(opts.liveXml), await formatDmn(opts.draft)) : [];
  const dialog = h(
    'div',
    { class: 'modal-backdrop', 'data-testid': 'review-dialog' },
    h(
      'div',
      { class: 'modal review-modal', role: 'dialog', 'aria-modal': 'true', 'aria-label': t('dmn.review.title', { name: opts.label }) },
      h('h2', null, t('dmn.review.title', { name: opts.label })),
      h('h3', null, t('an.review.xml')),
      opts.liveXml ? h('pre', { class: 'xml-diff', 'data-testid': 'review-xml-diff' }, ...(diff.length ? diff : [t('an.review.noChanges')])) : h('p', { class: 'muted' }, t('dmn.review.new')),
      h('h3', null, t('an.review.lint')),
      lintBox,
      h('label', { class: 'field' }, h('span', null, t('dmn.review.tag')), tagInput),
      h('label', { class: 'field' }, h('span', null, t('an.review.note')), noteInput),
      error,
      h('div', { class: 'modal-actions' }, cancel, submit),
    ),
  );
  document.body.appendChild(dialog);

  void analystApi
    .lint([{ name: opts.resourceName, content: opts.draft }])
    .catch(() => null)
    .then((lint) => {
      const rows = lint ? [...lint.errors, ...lint.warnings] : [];
      lintBox.dataset.errors = String(lint?.errors.length ?? 0);
      lintBox.replaceChildren(rows.length ? h('ul', { class: 'lint-list' }, rows.map((m) => lintItem(m.category, m.elementId, m.message))) : h('p', { class: 'lint-summary clean' }, t('dmn.lint.ok')));
      if (lint?.errors.length) submit.disabled = true;
      dialog.dataset.ready = 'true';
    });

  // The version tag travels with the request and the audit log; the DMN file itself is deployed as drafted.
  return reviewSubmission({ cancel, submit, tagInput, noteInput, error, close: () => dialog.remove() }, opts.resourceName, async () => opts.draft);
}
