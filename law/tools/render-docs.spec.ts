import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('docs/law.md is generated from the data files', () => {
  it('the committed file matches what node law/tools/render-docs.mjs renders now', () => {
    const rendered = execFileSync(process.execPath, [path.join(ROOT, 'law', 'tools', 'render-docs.mjs'), '--stdout'], { encoding: 'utf8' });
    const committed = fs.readFileSync(path.join(ROOT, 'docs', 'law.md'), 'utf8');
    // when this fails: run `node law/tools/render-docs.mjs` and commit docs/law.md
    expect(committed).toBe(rendered);
  });

  it('lists every parameter file with its values and enacting laws', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'law.md'), 'utf8');
    for (const f of fs.readdirSync(path.join(ROOT, 'law', 'parameters', 'data'))) expect(doc).toContain(`\`${f.replace(/\.json$/, '')}\``);
    expect(doc).toContain('15 from 2014-04-11 (Law No. 6458); 7 from 2019-12-24 (Law No. 7196)');
  });
});
