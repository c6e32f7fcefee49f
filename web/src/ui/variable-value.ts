/**
 * A variable's value as a person reads it: dates `dd.MM.yyyy` (instants with `HH:mm`, Istanbul time), yes/no in the
 * UI language, lists and records as nested lists with their member names — not JSON. The raw JSON stays one
 * switch away for whoever needs to see exactly what the engine holds.
 */
import { h } from '../core/dom';
import { localizeDates } from '../core/datetime';
import { t } from '../i18n';

/** Deeper than this, a value is shown as JSON: a record nested that far is an engineer's business. */
const MAX_DEPTH = 4;

/** A scalar as text. */
export function scalarText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') return String(value);
  // ISO dates and instants, alone or inside a text, as the UI writes dates everywhere.
  return localizeDates(value);
}

const isScalar = (v: unknown): v is string | number | boolean | null | undefined => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);

export function variableValue(value: unknown, depth = 0): Node {
  if (isScalar(value)) return document.createTextNode(scalarText(value));
  if (depth >= MAX_DEPTH) return h('code', null, JSON.stringify(value));
  if (Array.isArray(value)) {
    if (!value.length) return document.createTextNode('—');
    if (value.every(isScalar)) return document.createTextNode(value.map(scalarText).join(', '));
    return h('ol', { class: 'value-list' }, value.map((item) => h('li', null, variableValue(item, depth + 1))));
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.length) return document.createTextNode('—');
  return h('dl', { class: 'value-record' }, entries.map(([k, v]) => [h('dt', null, k), h('dd', null, variableValue(v, depth + 1))]));
}
