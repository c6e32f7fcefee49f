/**
 * What makes a form unfit to publish: not JSON, no id, an input field without a key or with a key that is not a
 * variable name, two fields writing the same key, a choice field without options. The form editor shows these
 * and publishing waits until they are gone; the server refuses them too.
 */
import { Lang } from './lint-texts';
import type { LintMessage } from './bpmn-lint';

const INPUT_TYPES = new Set(['textfield', 'textarea', 'number', 'datetime', 'checkbox', 'checklist', 'radio', 'select', 'taglist', 'filepicker']);
const CHOICE_TYPES = new Set(['checklist', 'radio', 'select', 'taglist']);

const TEXTS = {
  json: { tr: 'Camunda formu değil: {message}', en: 'Not a Camunda form: {message}' },
  id: { tr: 'Formun bir kimliği ("id") olmalı.', en: 'A form needs a string "id".' },
  key: { tr: '"{label}" alanının anahtarı yok: değer hiçbir değişkene yazılmaz.', en: 'Field "{label}" has no key: its value goes nowhere.' },
  keyShape: { tr: '"{key}" geçerli bir değişken adı değil.', en: '"{key}" is not a variable name.' },
  duplicate: { tr: '"{key}" anahtarı birden çok alanda kullanılıyor.', en: 'Key "{key}" is used by more than one field.' },
  options: { tr: '"{label}" seçim alanının seçenekleri yok.', en: 'Choice field "{label}" has no options.' },
} as const;

type Component = { id?: string; key?: string; path?: string; label?: string; type?: string; values?: unknown[]; valuesKey?: string; valuesExpression?: string; components?: Component[] };

export function checkFormContent(resource: string, content: string, lang: Lang): { messages: LintMessage[]; schema?: Record<string, unknown> } {
  const msg = (key: keyof typeof TEXTS, elementId: string | null, params: Record<string, string> = {}): LintMessage => ({
    resource,
    elementId,
    rule: `form/${key}`,
    category: 'error',
    message: TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, n: string) => params[n] ?? ''),
  });
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(content);
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new Error(lang === 'tr' ? 'bir JSON nesnesi değil' : 'not a JSON object');
  } catch (err) {
    return { messages: [msg('json', null, { message: (err as Error).message })] };
  }
  if (typeof schema.id !== 'string' || !schema.id) return { messages: [msg('id', null)] };
  const messages: LintMessage[] = [];
  const seen = new Set<string>();
  // Keys are unique within their value path: a group or list with a `path` scopes its fields (applicant.fullName).
  const walk = (components: Component[] = [], prefix = '') => {
    for (const c of components) {
      const label = c.label || c.id || c.type || '?';
      if (c.type && INPUT_TYPES.has(c.type)) {
        if (!c.key) messages.push(msg('key', c.id ?? null, { label }));
        else if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(c.key)) messages.push(msg('keyShape', c.id ?? null, { key: c.key }));
        else if (seen.has(prefix + c.key)) messages.push(msg('duplicate', c.id ?? null, { key: prefix + c.key }));
        else seen.add(prefix + c.key);
        if (CHOICE_TYPES.has(c.type) && !(Array.isArray(c.values) && c.values.length) && !c.valuesKey && !c.valuesExpression) messages.push(msg('options', c.id ?? null, { label }));
      }
      walk(c.components, c.path ? `${prefix}${c.path}.` : prefix);
    }
  };
  walk(schema.components as Component[]);
  return { messages, schema };
}
