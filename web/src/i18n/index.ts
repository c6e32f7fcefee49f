import { tr } from './tr';
import { en } from './en';
import { operate } from './catalogs/operate';

/** Feature catalogs (`catalogs/<feature>.ts`, `{ tr, en }`): merged over the base messages, one line each. */
const features = [operate] as const;

/** The base catalogue's keys (en.ts must define each); feature catalogues type their own `en`. */
export type Messages = Record<keyof typeof tr, string>;
export type MessageKey = keyof typeof tr | keyof (typeof features)[number]['tr'];
export type Lang = 'tr' | 'en';

const catalogs: Record<Lang, Record<MessageKey, string>> = {
  tr: Object.assign({}, tr, ...features.map((f) => f.tr)),
  en: Object.assign({}, en, ...features.map((f) => f.en)),
};
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
