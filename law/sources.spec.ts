import * as fs from 'node:fs';
import * as path from 'node:path';
import { SOURCE_TAGS, sourceTagsIn } from './sources';

const ROOT = path.resolve(__dirname, '..');
const SCANNED = ['law', 'workers', 'processes', 'docs'];
const TEXT = /\.(ts|mjs|js|json|md|bpmn|form|txt)$/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'screenshots' ? [] : files(full);
    return TEXT.test(e.name) ? [full] : [];
  });
}

describe('source tags: one legend (law/sources.json), no tag without an entry', () => {
  it('reads tags as written: with qualifiers, several in one bracket, never plain words', () => {
    expect(sourceTagsIn('Art. 49(1); [S0 Q7]; [S2] and [K; S0, S4 say "Presidency"], [S0 Q9, Q11], …Z[UTC]')).toEqual(['S0', 'S2', 'K']);
  });

  it('every tag used under law/, workers/, processes/ and docs/ has a legend entry', () => {
    const missing: string[] = [];
    for (const dir of SCANNED) {
      for (const file of files(path.join(ROOT, dir))) {
        const text = fs.readFileSync(file, 'utf8');
        for (const tag of sourceTagsIn(text)) if (!(tag in SOURCE_TAGS)) missing.push(`${path.relative(ROOT, file)}: [${tag}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a tag without an entry is caught (the check can fail)', () => {
    const unknown = ['[', 'X9', ']'].join('');
    expect(sourceTagsIn(`see ${unknown}`).filter((t) => !(t in SOURCE_TAGS))).toEqual(['X9']);
  });
});
