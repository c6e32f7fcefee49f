/** Short status messages (success, failure) in a polite live region. */
import { h } from '../core/dom';

let region: HTMLElement | null = null;

export function toast(message: string, kind: 'ok' | 'error' | 'info' = 'info'): void {
  if (!region || !region.isConnected) {
    region = h('div', { class: 'toasts', 'aria-live': 'polite' });
    document.body.appendChild(region);
  }
  const item = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  region.appendChild(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
}
