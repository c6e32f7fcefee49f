import { tr } from './tr';
import { en } from './en';
import { analyst } from './catalogs/analyst';

/** Feature catalogs (`catalogs/<feature>.ts`, `{ tr, en }`): one line each, merged over the base catalogs. */
const FEATURES = [analyst] as const;

/** The keys of the base catalogs (en.ts must define each key of tr.ts). */
export type Messages = Record<keyof typeof tr, string>;
export type MessageKey = keyof typeof tr | keyof (typeof FEATURES)[number]['tr'];
export type Lang = 'tr' | 'en';

const catalogs = {
  tr: Object.assign({}, tr, ...FEATURES.map((f) => f.tr)),
  en: Object.assign({}, en, ...FEATURES.map((f) => f.en)),
} as Record<Lang, Record<MessageKey, string>>;
const STORAGE_KEY = 'yukk.lang';

let lang: Lang = (localStorage.getItem(STORAGE_KEY) as Lang | null) === 'en' ? 'en' : 'tr';

export function getLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  lang = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/** Translate a key, filling `{param}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Dates in the UI language; the legal calendar's day counts come from the API, never from here. */
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return t('common.none');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = lang === 'tr' ? 'tr-TR' : 'en-GB';
  return withTime ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}
