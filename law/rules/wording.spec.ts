/**
 * Above each criterion (every object with a `citation`) in law/rules/*.ts stands the wording it implements, so a
 * lawyer can review code and law side by side: the Turkish text (`/** TR, Art. …`), a quoted seed, an English-only
 * seed said so, or a product decision said so. The comment must be within the few lines above the citation.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const WORDING = /\/\*\* (TR, |\[S0[^\]]*\][^*]*English seed|Product decision[^*]*no statutory wording)/;
const LOOKBACK = 14;

describe('rules carry the wording they implement', () => {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it('every citation in law/rules has the wording above it', () => {
    const missing: string[] = [];
    let citations = 0;
    for (const f of files) {
      const lines = fs.readFileSync(path.join(__dirname, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/citation: ['`]/.test(line)) return;
        citations++;
        if (!WORDING.test(lines.slice(Math.max(0, i - LOOKBACK), i).join('\n'))) missing.push(`${f}:${i + 1} ${line.trim().slice(0, 80)}`);
      });
    }
    expect(citations).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('every statutory quotation names its text version and, when from knowledge, says [K]', () => {
    for (const f of files) {
      for (const line of fs.readFileSync(path.join(__dirname, f), 'utf8').split('\n')) {
        if (!line.includes('/** TR, Art.')) continue;
        expect([f, /Law No\. \d+ (as published|\()|as amended by Law No\. \d+/.test(line)]).toEqual([f, true]);
        expect([f, line.includes('[K]')]).toEqual([f, true]);
      }
    }
  });
});
