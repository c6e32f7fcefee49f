/** Progress bar for long operations: indeterminate until a fraction is known. */
import { h } from '../core/dom';

export interface Progress {
  el: HTMLElement;
  start(label: string): void;
  update(fraction: number, label?: string): void;
  done(): void;
}

export function progress(testId: string): Progress {
  const bar = h('div', { class: 'progress-bar' });
  const label = h('span', { class: 'progress-label' });
  const el = h('div', { class: 'progress', role: 'progressbar', hidden: true, 'data-testid': testId }, h('div', { class: 'progress-track' }, bar), label);
  return {
    el,
    start(text) {
      el.hidden = false;
      el.classList.add('indeterminate');
      el.removeAttribute('aria-valuenow');
      bar.style.width = '';
      label.textContent = text;
    },
    update(fraction, text) {
      el.classList.remove('indeterminate');
      const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      el.setAttribute('aria-valuenow', String(pct));
      bar.style.width = `${pct}%`;
      if (text !== undefined) label.textContent = text;
    },
    done() {
      el.hidden = true;
    },
  };
}
