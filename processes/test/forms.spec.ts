import * as fs from 'node:fs';
import * as path from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { START_CONTRACTS } from '../contracts';
import { El, ext, FORMS_DIR, loadDiagrams } from './model';

interface Component {
  type: string;
  id: string;
  key?: string;
  path?: string;
  label?: string;
  dateLabel?: string;
  validate?: { required?: boolean };
  components?: Component[];
}
interface FormSchema {
  id: string;
  schemaVersion: number;
  components: Component[];
}

const forms: FormSchema[] = fs
  .readdirSync(FORMS_DIR)
  .filter((f) => f.endsWith('.form'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(FORMS_DIR, f), 'utf8')));

const flat = (cs: Component[]): Component[] => cs.flatMap((c) => [c, ...flat(c.components ?? [])]);
/** Top-level variables a form submits: keys outside groups, and group paths. */
const submitted = (cs: Component[]): string[] => cs.flatMap((c) => (c.type === 'group' ? (c.path ? [c.path] : submitted(c.components ?? [])) : c.key ? [c.key] : []));

describe('forms', () => {
  it.each(forms.map((f) => [f.id, f]))('%s: form-js 1.x schema, unique ids, labelled fields', (_id, form) => {
    const f = form as FormSchema;
    expect(f.schemaVersion).toBe(19);
    const all = flat(f.components);
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of all.filter((c) => c.key)) expect({ key: c.key, labelled: !!(c.label || c.dateLabel) }).toEqual({ key: c.key, labelled: true });
    // a form that asks something must require at least one answer
    if (all.some((c) => c.key)) expect(all.some((c) => c.validate?.required)).toBe(true);
  });

  it('every variable a gateway condition reads is produced by a start contract, a form, a script, a call, a message or a rule worker', async () => {
    const diagrams = await loadDiagrams();
    const produced = new Set<string>(['acceleratedApplies', 'applicationNumber', 'caseNumber']);
    for (const cls of Object.values(START_CONTRACTS)) for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) produced.add(m.propertyName);
    for (const f of forms) submitted(f.components).forEach((k) => produced.add(k));
    const conditions: Array<{ id: string; body: string }> = [];
    for (const { elements } of diagrams) {
      for (const el of elements) {
        const script = ext<{ resultVariable: string }>(el, 'zeebe:Script');
        if (script) produced.add(script.resultVariable);
        const io = ext<{ outputParameters?: Array<{ target: string }>; inputParameters?: Array<{ target: string }> }>(el, 'zeebe:IoMapping');
        if (el.$type === 'bpmn:CallActivity') io?.outputParameters?.forEach((p) => produced.add(p.target));
        if (el.$type === 'bpmn:SequenceFlow' && (el as El & { conditionExpression?: { body: string } }).conditionExpression) {
          conditions.push({ id: el.id, body: (el as El & { conditionExpression: { body: string } }).conditionExpression.body });
        }
      }
    }
    const keywords = new Set(['and', 'or', 'not', 'null', 'true', 'false', 'if', 'then', 'else']);
    for (const { id, body } of conditions) {
      const vars = body
        .replace(/"[^"]*"/g, '')
        .replace(/^=/, '')
        .match(/[A-Za-z_][A-Za-z0-9_.]*/g)!
        .map((t) => t.split('.')[0])
        .filter((t) => !keywords.has(t));
      for (const v of vars) expect({ flow: id, variable: v, produced: produced.has(v) }).toEqual({ flow: id, variable: v, produced: true });
    }
    expect(conditions.length).toBeGreaterThan(25);
  });
});
