import { tr } from './tr';
import { en } from './en';
import { formatDate as dateText, formatDateTime } from '../core/datetime';
import { officerCatalog } from './catalogs/officer';
import { outcomesCatalog } from './catalogs/outcomes';
import { operate } from './catalogs/operate';
import { analyst } from './catalogs/analyst';
import { monitorCases } from './catalogs/monitor-cases';
import { decisions } from './catalogs/decisions';

/** Feature catalogs (`catalogs/<feature>.ts`, `{ tr, en }` with the same keys): one line each. */
const FEATURE_CATALOGS = [officerCatalog, outcomesCatalog, operate, analyst, monitorCases, decisions] as const;

type FeatureKeys<T> = T extends { tr: infer M } ? keyof M : never;
export type MessageKey = keyof typeof tr | FeatureKeys<(typeof FEATURE_CATALOGS)[number]>;
export type Messages = Record<MessageKey, string>;
/** The core catalogs (tr.ts, en.ts); feature catalogs bring their own keys. */
export type CoreMessages = Record<keyof typeof tr, string>;
export type Lang = 'tr' | 'en';

const catalogs: Record<Lang, Messages> = {
  tr: Object.assign({}, tr, ...FEATURE_CATALOGS.map((c) => c.tr)),
  en: Object.assign({}, en, ...FEATURE_CATALOGS.map((c) => c.en)),
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
/** True when a catalog has the key (for values that may or may not have a translation, e.g. outcomes). */
export function hasMessage(key: string): key is MessageKey {
  return key in catalogs[lang];
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/**
 * Dates as the law writes them in either language (`dd.MM.yyyy`, `HH:mm`, Europe/Istanbul: core/datetime); the legal
 * calendar's day counts come from the API, never from here.
 */
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return t('common.none');
  return withTime ? formatDateTime(iso) : dateText(iso);
}

/** The UI language's BCP 47 locale, for locale-aware casing and collation. */
export const locale = (): string => (lang === 'tr' ? 'tr-TR' : 'en-GB');

/** Upper case by the UI language's rules (Turkish: i → İ, ı → I); never plain toUpperCase on Turkish text. */
export const upper = (text: string): string => text.toLocaleUpperCase(locale());
