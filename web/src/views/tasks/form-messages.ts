/**
 * form-js writes its validation messages in English only; this maps the known ones to the UI language
 * as they appear (patterns follow form-js-viewer's validator). The server's field errors, shown in the same
 * place (TaskForm.showErrors), are class-validator's English messages; the common ones are mapped too.
 */
import { formatDate, localizeDates } from '../../core/datetime';
import { t, MessageKey } from '../../i18n';
import { citation } from '../../ui/citation';

const PATTERNS: [RegExp, MessageKey][] = [
  [/^Field is required\.$/, 'form.required'],
  [/^Field must have minimum length of (\S+)\.$/, 'form.minLength'],
  [/^Field must have maximum length of (\S+)\.$/, 'form.maxLength'],
  [/^Field must have minimum value of (\S+)\.$/, 'form.min'],
  [/^Field must have maximum value of (\S+)\.$/, 'form.max'],
  [/^Field must match pattern .*\.$/, 'form.pattern'],
  [/^Field must be a valid email\.$/, 'form.email'],
  [/^Value is not a number\.$/, 'form.number'],
  // class-validator (server): "<property> must …"
  [/^\S+ must be longer than or equal to 1 characters$/, 'form.required'],
  [/^\S+ must be longer than or equal to (\d+)(?: and shorter than or equal to \d+)? characters$/, 'form.minLength'],
  [/^\S+ must be shorter than or equal to (\d+) characters$/, 'form.maxLength'],
  [/^\S+ must match .* regular expression$/, 'form.pattern'],
  [/^\S+ must be one of the following values: .*$/, 'form.oneOf'],
  [/^\S+ must be a (?:calendar date YYYY-MM-DD|valid ISO 8601 date string)$/, 'form.date'],
  [/^\S+ must be a string$/, 'form.string'],
  // law/plausible-dates (server): the date in the message is ISO; shown as the UI shows dates
  [/^\S+ must not be in the future \(today in Istanbul is (\S+)\)$/, 'form.date.future'],
  [/^\S+ must not be before (\S+), when Law No\. 6458 applies .*$/, 'form.date.beforeLaw'],
  [/^\S+ must be after (\S+) \(age under \d+\)$/, 'form.date.birthTooOld'],
];

export function translateMessage(text: string): string {
  for (const [re, key] of PATTERNS) {
    const m = re.exec(text.trim());
    if (m) return t(key, { n: /^\d{4}-\d{2}-\d{2}$/.test(m[1] ?? '') ? formatDate(m[1]) : (m[1] ?? '') });
  }
  return text;
}

/** form-js-viewer's own words (it has no translation support), as they appear whole in a text node or attribute. */
const VIEWER_TEXTS: Record<string, MessageKey> = {
  Select: 'fjs.select',
  'No results': 'fjs.noResults',
  'All values selected': 'fjs.allSelected',
  'Nothing to show.': 'fjs.nothing',
  'No files selected': 'fjs.noFiles',
  'Add new': 'fjs.addNew',
  Search: 'fjs.search',
  'Remove tag': 'fjs.removeTag',
};

export function translateFormErrors(container: HTMLElement): MutationObserver {
  const apply = () => {
    // The text node's data is changed in place: preact keeps a reference to that node for later updates.
    for (const el of container.querySelectorAll<HTMLElement>('.fjs-form-field-error li')) {
      const node = el.firstChild;
      if (node instanceof Text) {
        const next = translateMessage(node.data);
        if (next !== node.data) node.data = next;
      }
    }
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const key = VIEWER_TEXTS[text.data.trim()];
      if (key && !text.parentElement?.closest('.fjs-form-field-text')) text.data = text.data.replace(text.data.trim(), t(key));
    }
    for (const el of container.querySelectorAll<HTMLElement>('[placeholder], [title]')) {
      for (const attr of ['placeholder', 'title']) {
        const key = VIEWER_TEXTS[el.getAttribute(attr) ?? ''];
        if (key) el.setAttribute(attr, t(key));
      }
    }
  };
  const observer = new MutationObserver(apply);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return observer;
}

/**
 * form-js text fields template variables as they are (`{{applicationDate}}` → `2026-12-03`); the UI never shows raw
 * ISO, so dates in rendered texts and tables are rewritten in place as they appear (and citations in tables put in
 * the UI's style).
 */
export function localizeFormDates(container: HTMLElement): MutationObserver {
  const apply = () => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const host = text.parentElement?.closest('.fjs-form-field-text, .fjs-form-field-table');
      if (!host) continue;
      // Rule results in tables cite as the workers write them (`Art. …`); shown in the UI's one citation style.
      const next = host.matches('.fjs-form-field-table') ? citation(localizeDates(text.data)) : localizeDates(text.data);
      if (next !== text.data) text.data = next;
    }
  };
  const observer = new MutationObserver(apply);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return observer;
}
