/**
 * Parameter ids are plain strings since they come from data files, so this test does what the literal type used to:
 * every id that code (not tests) or a diagram names must have a data file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listParameters } from './registry';

const ROOT = path.resolve(__dirname, '..', '..');
const PATTERNS = [/(?:valueAt|valueInForce|getParameter)\('([^']+)'/g, /[pP]arameter: '([^']+)'/g, /key="parameter" value="([^"]+)"/g, /parameter: ?'([a-zA-Z]+\.[a-zA-Z]+)'/g];

function sources(dir: string, keep: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(full, keep);
    return keep(e.name) ? [full] : [];
  });
}

describe('parameter ids named in code and diagrams', () => {
  it('every one has a data file', () => {
    const known = new Set(listParameters().map((p) => p.id));
    const code = (f: string) => f.endsWith('.ts') && !f.endsWith('.spec.ts');
    const files = [...['law', 'workers', 'src'].flatMap((d) => sources(path.join(ROOT, d), code)), ...sources(path.join(ROOT, 'processes'), (f) => f.endsWith('.bpmn') || f.endsWith('.mjs'))];
    const unknown: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const re of PATTERNS) {
        for (const m of text.matchAll(re)) {
          if (!m[1].includes('.')) continue;
          seen++;
          if (!known.has(m[1])) unknown.push(`${path.relative(ROOT, file)}: ${m[1]}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(unknown).toEqual([]);
  });
});
