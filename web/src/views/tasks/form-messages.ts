/**
 * form-js writes its validation messages in English only; this maps the known ones to the UI language
 * as they appear (patterns follow form-js-viewer's validator).
 */
import { t, MessageKey } from '../../i18n';

const PATTERNS: [RegExp, MessageKey][] = [
  [/^Field is required\.$/, 'form.required'],
  [/^Field must have minimum length of (\S+)\.$/, 'form.minLength'],
  [/^Field must have maximum length of (\S+)\.$/, 'form.maxLength'],
  [/^Field must have minimum value of (\S+)\.$/, 'form.min'],
  [/^Field must have maximum value of (\S+)\.$/, 'form.max'],
  [/^Field must match pattern .*\.$/, 'form.pattern'],
  [/^Field must be a valid email\.$/, 'form.email'],
  [/^Value is not a number\.$/, 'form.number'],
];

export function translateMessage(text: string): string {
  for (const [re, key] of PATTERNS) {
    const m = re.exec(text.trim());
    if (m) return t(key, { n: m[1] ?? '' });
  }
  return text;
}

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
  };
  const observer = new MutationObserver(apply);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return observer;
}
