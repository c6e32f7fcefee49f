/**
 * Citations in one style per UI language, decided here and nowhere else: Turkish `Md. 79(1)(ç)`, English
 * `Art. 79(1)(ç)`. The law's rules cite `Art. …` (law/rules), the forms write `Md. …`; both read the same way on screen.
 */
import { getLang } from '../i18n';

const PREFIX = /\b(?:Art\.|Md\.|md\.|Madde|Article)\s*(?=\d)/g;

export function citation(text: string): string {
  return text.replace(PREFIX, getLang() === 'tr' ? 'Md. ' : 'Art. ');
}
