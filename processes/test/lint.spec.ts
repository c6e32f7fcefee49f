import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.join(__dirname, '..');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bpmn')).sort();

interface LintResult {
  issues: Array<{ rule: string; id?: string; message: string; category: string }>;
  warnings: string[];
}

// The linter runs in plain Node (see tools/lint.mjs): the camunda-compat rules load ESM-only helpers.
function lint(): Record<string, LintResult> {
  const out = execFileSync(process.execPath, [path.join(dir, 'tools', 'lint.mjs'), '--json', ...files.map((f) => path.join(dir, f))], {
    encoding: 'utf8',
    cwd: path.join(dir, '..'),
  }).toString();
  return JSON.parse(out);
}

describe('BPMN diagrams lint clean for Camunda 8.8 (bpmnlint camunda-compat camunda-cloud-8-8)', () => {
  let results: Record<string, LintResult>;

  beforeAll(() => {
    try {
      results = lint();
    } catch (e) {
      // lint.mjs exits 1 when it finds errors; its JSON is still on stdout.
      results = JSON.parse((e as { stdout: string }).stdout);
    }
  });

  it('finds the six procedures', () => {
    expect(files).toEqual([
      'accelerated-procedure.bpmn',
      'inadmissibility-assessment.bpmn',
      'international-protection-application.bpmn',
      'removal.bpmn',
      'victim-support.bpmn',
      'voluntary-return.bpmn',
    ]);
  });

  it.each(files)('%s has no lint errors and no parse warnings', (file) => {
    const result = results[path.join(dir, file)];
    expect(result.warnings).toEqual([]);
    expect(result.issues.filter((i) => i.category === 'error')).toEqual([]);
  });
});
