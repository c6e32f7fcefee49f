/** Citations in the UI language's style (law/citation-style.ts): Turkish `Md. 79(1)(ç)`, English `Art. 79(1)(ç)`. */
import { citationStyle } from '../../../law/citation-style';
import { getLang } from '../i18n';

export function citation(text: string): string {
  return citationStyle(text, getLang() === 'tr' ? 'tr' : 'en');
}
