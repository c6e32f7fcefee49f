/**
 * Citations in one style per language, decided here and nowhere else: Turkish `Md. 79(1)(ç)`, English
 * `Art. 79(1)(ç)`. The rules cite `Art. …` (law/rules), the forms write `Md. …`; what a person reads is rewritten
 * to the style of its language (the web UI for its texts, the decision guards for the reasons a form shows).
 */
export type CitationLanguage = 'tr' | 'en';

const PREFIX = /\b(?:Art\.|Md\.|md\.|Madde|Article)\s*(?=\d)/g;

export function citationStyle(text: string, lang: CitationLanguage): string {
  return text.replace(PREFIX, lang === 'tr' ? 'Md. ' : 'Art. ');
}
