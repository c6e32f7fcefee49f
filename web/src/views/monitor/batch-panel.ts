/**
 * Batch operations on the filtered set of one procedure (cancel, retry incidents, migrate to the latest version):
 * a preview gives the count, the confirmation repeats it, progress is polled and every item that did not simply
 * succeed is listed with its outcome.
 */
import { api } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { t } from '../../i18n';
import { onLeave } from '../../shell';
import { progress } from '../../ui/progress';
import { toast } from '../../ui/toast';
import { BatchOperation, BatchProgress, BatchRequest, ops } from './operate-api';

const OPERATIONS: BatchOperation[] = ['cancel', 'resolveIncidents', 'migrate'];
const POLL_MS = 400;

/** Polls a batch until it is done, updating the bar; returns the final record. */
export async function followBatch(batchId: string, bar: ReturnType<typeof progress>, stopped: () => boolean): Promise<BatchProgress | null> {
  for (;;) {
    if (stopped()) return null;
    const s = await ops.batch(batchId);
    const done = s.succeeded + s.failed + s.failedAgain + s.pending;
    bar.update(done / Math.max(1, s.total), t('ops.batch.progress', { done, total: s.total }));
    if (s.done) return s;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The per-item results of a finished batch: counts, then every item that did not simply succeed. */
export function batchResult(s: BatchProgress): HTMLElement {
  return h(
    'div',
    { class: 'batch-result', 'data-testid': 'batch-result', 'data-done': String(s.done), 'data-succeeded': String(s.succeeded), 'data-failed-again': String(s.failedAgain) },
    h('p', null, t('ops.batch.result', { succeeded: s.succeeded, failed: s.failed, failedAgain: s.failedAgain, pending: s.pending })),
    s.failures.length
      ? h('ul', { class: 'batch-failures' }, s.failures.map((f) => h('li', { 'data-key': f.key, 'data-outcome': f.outcome }, h('code', null, f.key), ` · ${t(`ops.outcome.item.${f.outcome}`)}: ${f.detail}`)))
      : null,
  );
}

export function batchPanel(processId: string, reload: () => void): HTMLElement {
  if (!processId) return h('p', { class: 'muted small' }, t('ops.batch.chooseProcess'));
  let stopped = false;
  onLeave(() => {
    stopped = true;
  });
  const operation = h('select', { name: 'batchOperation', 'data-testid': 'batch-operation' }, OPERATIONS.map((o) => h('option', { value: o }, t(`ops.batch.op.${o}`))));
  const version = h('input', { name: 'batchVersion', type: 'number', min: 1, inputmode: 'numeric', class: 'narrow', 'data-testid': 'batch-version' });
  const reason = h('input', { name: 'batchReason', maxlength: 500, 'data-testid': 'batch-reason' });
  const reasonError = h('p', { class: 'field-error', role: 'alert', hidden: true }, t('ops.reason.required'));
  const info = h('p', { class: 'muted small', 'aria-live': 'polite', 'data-testid': 'batch-preview' });
  const resultHost = h('div');
  const bar = progress('batch-progress');
  const previewBtn = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'batch-preview-button' }, t('ops.batch.preview'));
  const startBtn = h('button', { class: 'btn btn-small btn-danger', type: 'button', 'data-testid': 'batch-start' }, t('ops.batch.start'));

  const request = async (): Promise<BatchRequest | null> => {
    const op = operation.value as BatchOperation;
    const r = reason.value.trim();
    reasonError.hidden = op === 'resolveIncidents' || r.length >= 5;
    if (!reasonError.hidden) return null;
    const body: BatchRequest = { operation: op, filter: { processDefinitionId: processId, ...(version.value ? { version: Number(version.value) } : {}) }, ...(r ? { reason: r } : {}) };
    if (op === 'migrate') {
      const def = (await api.processDefinitions()).items.find((p) => p.processDefinitionId === processId);
      if (!def) return null;
      body.migration = { targetProcessDefinitionKey: def.latest.processDefinitionKey };
    }
    return body;
  };
  const fail = (err: unknown) => toast(err instanceof ApiError ? err.message : (err as Error).message, 'error');

  previewBtn.addEventListener('click', async () => {
    try {
      const body = await request();
      if (!body) return;
      const p = await ops.previewBatch(body);
      info.textContent = [t('ops.batch.previewed', { count: p.total }), p.blocked ? t('ops.batch.blocked', { count: p.blocked }) : ''].filter(Boolean).join(' ');
      info.dataset.count = String(p.total);
    } catch (err) {
      fail(err);
    }
  });
  startBtn.addEventListener('click', async () => {
    try {
      const body = await request();
      if (!body) return;
      const p = await ops.previewBatch(body);
      if (!window.confirm(t('ops.batch.confirm', { count: p.total, operation: t(`ops.batch.op.${body.operation}`) }))) return;
      startBtn.disabled = true;
      bar.start(t('ops.batch.progress', { done: 0, total: p.total }));
      const { batchId } = await ops.startBatch(body);
      const s = await followBatch(batchId, bar, () => stopped);
      if (s) resultHost.replaceChildren(batchResult(s));
    } catch (err) {
      fail(err);
    } finally {
      bar.done();
      startBtn.disabled = false;
      reload();
    }
  });
  return h(
    'div',
    { class: 'batch-panel', 'data-testid': 'batch-panel' },
    h(
      'div',
      { class: 'ops-row' },
      h('label', { class: 'field' }, h('span', null, t('ops.batch.operation')), operation),
      h('label', { class: 'field' }, h('span', null, t('ops.batch.version')), version),
      h('label', { class: 'field grow' }, h('span', null, t('ops.reason')), reason, reasonError),
      previewBtn,
      startBtn,
    ),
    info,
    bar.el,
    resultHost,
  );
}
