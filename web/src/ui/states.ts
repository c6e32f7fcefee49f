/** Designed loading, empty and error states, shared by every view. */
import { h } from '../core/dom';
import { ApiError } from '../core/http';
import { t } from '../i18n';
import { problemText } from './problem-text';

export function loading(): HTMLElement {
  return h('div', { class: 'state state-loading', role: 'status', 'data-state': 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('common.loading'));
}

export function empty(message: string, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'state state-empty', 'data-state': 'empty' },
    h('div', { class: 'state-icon', 'aria-hidden': 'true' }, '∅'),
    h('p', { class: 'state-title' }, message),
    hint ? h('p', { class: 'state-hint' }, hint) : null,
  );
}

export function errorState(err: unknown, retry?: () => void): HTMLElement {
  const status = err instanceof ApiError ? err.status : -1;
  const title = status === 403 ? t('common.forbidden.title') : t('common.error');
  const message = status === 403 ? t('common.forbidden') : problemText(err);
  return h(
    'div',
    { class: 'state state-error', role: 'alert', 'data-state': 'error', 'data-status': status },
    h('div', { class: 'state-icon', 'aria-hidden': 'true' }, status === 403 ? '⛔' : '!'),
    h('p', { class: 'state-title' }, title),
    h('p', { class: 'state-hint' }, message),
    retry ? h('button', { class: 'btn', type: 'button', onclick: retry }, t('common.retry')) : null,
  );
}

/** Renders `load()` into `host` with loading and error states; returns what `render` built. */
export async function loadInto<T>(host: HTMLElement, load: () => Promise<T>, render: (data: T) => Node): Promise<void> {
  host.replaceChildren(loading());
  try {
    const data = await load();
    host.replaceChildren(render(data));
  } catch (err) {
    host.replaceChildren(errorState(err, () => void loadInto(host, load, render)));
  }
}
