import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import { START_CONTRACTS, validateStartVariables } from '../contracts';
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
        // call activities, and service tasks whose worker result is mapped (decision guards) produce their outputs
        if (el.$type === 'bpmn:CallActivity' || el.$type === 'bpmn:ServiceTask') io?.outputParameters?.forEach((p) => produced.add(p.target));
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

/** A contract's properties, nested objects walked through their class-transformer type (processes/contracts). */
interface ContractProperty {
  path: string;
  /** Required here and in every enclosing object. */
  required: boolean;
  object: boolean;
  rules: Array<{ name?: string; constraints?: unknown[] }>;
}

function contractProperties(cls: Function, prefix = '', parentRequired = true): ContractProperty[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  return [...new Set(metas.map((m) => m.propertyName))].flatMap((name) => {
    const own = metas.filter((m) => m.propertyName === name);
    const path = prefix ? `${prefix}.${name}` : name;
    const required = parentRequired && !own.some((m) => m.type === 'conditionalValidation');
    const nested = defaultMetadataStorage.findTypeMetadata(cls, name)?.typeFunction() as Function | undefined;
    const self = { path, required, object: !!nested, rules: own.map((m) => ({ name: m.name, constraints: m.constraints })) };
    return nested ? [self, ...contractProperties(nested, path, required)] : [self];
  });
}

interface StartField extends Component {
  values?: Array<{ value: string }>;
  subtype?: string;
  validate?: { required?: boolean; minLength?: number; maxLength?: number; pattern?: string };
}

/** Input fields by value path (group paths prefix their fields' keys), and the group paths. */
function formPaths(cs: StartField[], prefix = ''): { fields: Map<string, StartField>; groups: Set<string> } {
  const fields = new Map<string, StartField>();
  const groups = new Set<string>();
  for (const c of cs) {
    if (c.type === 'group') {
      const inner = c.path ? (prefix ? `${prefix}.${c.path}` : c.path) : prefix;
      if (c.path) groups.add(inner);
      const sub = formPaths((c.components ?? []) as StartField[], inner);
      sub.fields.forEach((v, k) => fields.set(k, v));
      sub.groups.forEach((g) => groups.add(g));
    } else if (c.key) fields.set(prefix ? `${prefix}.${c.key}` : c.key, c);
  }
  return { fields, groups };
}

/** A value of the field's kind that its own validation accepts (synthetic). */
function sampleValue(f: StartField): unknown {
  if (f.type === 'checkbox') return true;
  if (f.type === 'select' || f.type === 'radio') return f.values![0].value;
  if (f.type === 'datetime') return '2026-05-04';
  if (f.validate?.pattern === '^[a-z]{2}$') return 'ar';
  if (f.validate?.pattern?.includes('T\\d{2}:')) return '2026-05-04T10:30:00+03:00';
  if (f.validate?.pattern) return 'XX-2026-000001';
  return 'Deneme';
}

const START_ISO_DATE = /^\d{4}-\d{2}-\d{2}$/.source;

describe('start forms (officer "New case")', () => {
  const startForm = (id: string) => forms.find((f) => f.id === `start-${id}`);

  it.each(Object.keys(START_CONTRACTS))('%s has a start form in forms/ (start-<processId>.form)', (id) => {
    expect(fs.existsSync(path.join(FORMS_DIR, `start-${id}.form`))).toBe(true);
    expect(startForm(id)).toMatchObject({ id: `start-${id}`, executionPlatform: 'Camunda Cloud', executionPlatformVersion: '8.8.0', type: 'default' });
  });

  it('start forms exist only for processes with a start contract', () => {
    const ids = forms.map((f) => f.id).filter((id) => id.startsWith('start-'));
    expect(ids.sort()).toEqual(Object.keys(START_CONTRACTS).map((id) => `start-${id}`).sort());
  });

  it.each(Object.keys(START_CONTRACTS))('%s: the start form asks for every contract variable, requires what the contract requires, and nothing outside it', (id) => {
    const contract = contractProperties(START_CONTRACTS[id as keyof typeof START_CONTRACTS]);
    const byPath = new Map(contract.map((p) => [p.path, p]));
    const { fields, groups } = formPaths(startForm(id)!.components as StartField[]);

    // nothing outside the contract: every field is a contract leaf, every group a contract object
    for (const p of fields.keys()) expect({ field: p, inContract: byPath.get(p)?.object === false }).toEqual({ field: p, inContract: true });
    for (const g of groups) expect({ group: g, inContract: byPath.get(g)?.object === true }).toEqual({ group: g, inContract: true });
    // every top-level variable is asked for
    for (const p of contract.filter((c) => !c.path.includes('.'))) expect({ variable: p.path, asked: fields.has(p.path) || groups.has(p.path) }).toEqual({ variable: p.path, asked: true });
    // required exactly where the contract requires (a stricter form would refuse a valid start)
    for (const p of contract.filter((c) => c.required)) {
      const asked = p.object ? groups.has(p.path) : fields.get(p.path)?.validate?.required === true;
      expect({ required: p.path, asked }).toEqual({ required: p.path, asked: true });
    }
    for (const [p, f] of fields) expect({ field: p, required: !!f.validate?.required }).toEqual({ field: p, required: byPath.get(p)!.required });
  });

  it.each(Object.keys(START_CONTRACTS))('%s: field kinds, enums, patterns and lengths are those of the contract', (id) => {
    const contract = contractProperties(START_CONTRACTS[id as keyof typeof START_CONTRACTS]);
    const { fields } = formPaths(startForm(id)!.components as StartField[]);
    for (const [p, f] of fields) {
      const rules = contract.find((c) => c.path === p)!.rules;
      const rule = (name: string) => rules.find((r) => r.name === name)?.constraints;
      const matches = rule('matches')?.[0] as RegExp | undefined;
      const isIn = rule('isIn')?.[0] as string[] | undefined;
      const length = rule('isLength') as [number, number] | undefined;
      if (rules.some((r) => r.name === 'isBoolean')) expect({ p, type: f.type }).toEqual({ p, type: 'checkbox' });
      else if (isIn) expect({ p, values: f.values?.map((v) => v.value) }).toEqual({ p, values: isIn });
      else if (matches?.source === START_ISO_DATE) expect({ p, type: f.type, subtype: f.subtype }).toEqual({ p, type: 'datetime', subtype: 'date' });
      else if (matches) expect({ p, pattern: f.validate?.pattern }).toEqual({ p, pattern: matches.source });
      else expect({ p, type: f.type }).toEqual({ p, type: expect.stringMatching(/^(textfield|textarea)$/) });
      if (length) {
        expect({ p, maxLength: f.validate?.maxLength }).toEqual({ p, maxLength: length[1] });
        if (length[0] > 1) expect({ p, minLength: f.validate?.minLength }).toEqual({ p, minLength: length[0] });
      }
    }
  });

  it.each(Object.keys(START_CONTRACTS))('%s: what the filled-in start form submits is valid for the contract', async (id) => {
    const { fields } = formPaths(startForm(id)!.components as StartField[]);
    const variables: Record<string, unknown> = {};
    for (const [p, f] of fields) {
      const parts = p.split('.');
      let target = variables;
      for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
      target[parts[parts.length - 1]] = sampleValue(f);
    }
    expect(await validateStartVariables(id, variables)).toEqual([]);
  });
});
