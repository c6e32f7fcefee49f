// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateAllZeebe } = require('@bpmn-io/element-templates-validator');
import { Diagram, ext, loadDiagrams } from '../processes/test/model';
import { elementTemplates, ELEMENT_TEMPLATE_SCHEMA } from './element-templates';
import { JOB_TYPES } from './job-types';

type Prop = { type: string; value?: string; binding: { type: string; key?: string; property?: string; name?: string; source?: string }; choices?: Array<{ value: string }> };

describe('element templates are generated from the workers', () => {
  let diagrams: Diagram[];
  beforeAll(async () => {
    diagrams = await loadDiagrams();
  });

  it.each(['tr', 'en'] as const)('are valid Camunda 8 element templates (%s)', (lang) => {
    const templates = elementTemplates(lang);
    const { valid, results } = validateAllZeebe(templates);
    expect(results.filter((r: { valid: boolean }) => !r.valid).map((r: { object: { id: string }; errors: unknown }) => ({ id: r.object.id, errors: r.errors }))).toEqual([]);
    expect(valid).toBe(true);
    for (const t of templates) expect(t.$schema).toBe(ELEMENT_TEMPLATE_SCHEMA);
  });

  it('one template per worker, bound to its job type, with its headers, inputs and outputs', () => {
    const templates = elementTemplates('tr');
    expect(templates.map((t) => t.id)).toEqual(JOB_TYPES.map((j) => j.type));
    for (const def of JOB_TYPES) {
      const props = templates.find((t) => t.id === def.type)!.properties as unknown as Prop[];
      expect(props.find((p) => p.binding.type === 'zeebe:taskDefinition' && p.binding.property === 'type')?.value).toBe(def.type);
      expect(props.filter((p) => p.binding.type === 'zeebe:taskHeader').map((p) => p.binding.key)).toEqual(def.headers.map((h) => h.key));
      expect(props.filter((p) => p.binding.type === 'zeebe:input').map((p) => p.binding.name)).toEqual(def.inputs.map((i) => i.name));
      expect(props.filter((p) => p.binding.type === 'zeebe:output').map((p) => p.binding.source)).toEqual(def.outputs.map((o) => `=${o.name}`));
    }
    const names = templates.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Md. 79 ölçüt denetimi', 'Yasal süre sonunu hesapla', 'Tebligat gönder']));
    expect(elementTemplates('en').map((t) => t.name)).toEqual(expect.arrayContaining(['Art. 79 criteria check', 'Compute legal deadline', 'Send notice']));
  });

  it('every header value the procedures use is one the template offers (the templates describe the real diagrams)', () => {
    const templates = new Map(elementTemplates('tr').map((t) => [t.id, t.properties as unknown as Prop[]]));
    let checked = 0;
    for (const d of diagrams) {
      for (const el of d.elements) {
        const type = ext<{ type: string }>(el, 'zeebe:TaskDefinition')?.type;
        if (!type) continue;
        const props = templates.get(type)!;
        expect({ id: el.id, hasTemplate: !!props }).toEqual({ id: el.id, hasTemplate: true });
        for (const h of ext<{ values: Array<{ key: string; value: string }> }>(el, 'zeebe:TaskHeaders')?.values ?? []) {
          const prop = props.find((p) => p.binding.type === 'zeebe:taskHeader' && p.binding.key === h.key);
          expect({ id: el.id, header: h.key, known: !!prop }).toEqual({ id: el.id, header: h.key, known: true });
          if (prop?.choices) expect({ id: el.id, value: h.value, offered: prop.choices.some((c) => c.value === h.value) }).toEqual({ id: el.id, value: h.value, offered: true });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
