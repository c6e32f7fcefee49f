/**
 * Camunda 8 element templates generated from the workers' own definitions (./job-types): one template per job
 * type, so the modeler offers "Compute legal deadline", "Send notice"… with the worker's headers as fields.
 * Nothing here is written by hand per worker; a spec checks the templates match JOB_TYPES.
 */
import { HeaderSpec, JOB_TYPES, JobTypeDefinition, Text, VariableSpec } from './job-types';

export const ELEMENT_TEMPLATE_SCHEMA = 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json';
export type TemplateLang = keyof Text;

/** Bump when the generated shape changes, so diagrams using an older template are offered the update. */
export const TEMPLATE_VERSION = 1;

export interface ElementTemplate {
  $schema: string;
  id: string;
  name: string;
  version: number;
  description: string;
  appliesTo: string[];
  elementType: { value: string };
  category: { id: string; name: string };
  groups: Array<{ id: string; label: string }>;
  properties: Array<Record<string, unknown>>;
}

const LABELS = {
  category: { tr: 'YUKK çalışanları', en: 'YUKK workers' },
  headers: { tr: 'Ayarlar', en: 'Settings' },
  inputs: { tr: 'Girdiler', en: 'Inputs' },
  outputs: { tr: 'Çıktılar', en: 'Outputs' },
  reads: { tr: 'Çalışan bu değişkeni okur', en: 'The worker reads this variable' },
  writes: { tr: 'Çalışanın yazdığı değer bu değişkene aktarılır (boş: aynı adla)', en: 'The worker writes this value; map it to this variable (empty: same name)' },
  pattern: { tr: 'Geçersiz biçim', en: 'Invalid format' },
  errors: { tr: 'Fırlatabileceği BPMN hataları', en: 'BPMN errors it may throw' },
} as const;

/** The template id is the job type: lint and the modeler find one from the other. */
export const templateIdOf = (type: string) => type;

function headerProperty(h: HeaderSpec, lang: TemplateLang): Record<string, unknown> {
  const base = { id: `header.${h.key}`, label: h[lang], group: 'headers', binding: { type: 'zeebe:taskHeader', key: h.key } };
  const constraints: Record<string, unknown> = h.optional ? {} : { notEmpty: true };
  if (h.pattern) constraints.pattern = { value: h.pattern.source, message: LABELS.pattern[lang] };
  if (h.choices) return { ...base, type: 'Dropdown', choices: h.choices().map((c) => ({ name: c, value: c })), constraints: { notEmpty: true } };
  return { ...base, type: 'String', constraints };
}

function inputProperty(i: VariableSpec, lang: TemplateLang): Record<string, unknown> {
  const base = { id: `input.${i.name}`, label: `${i[lang]} (${i.name})`, group: 'inputs', binding: { type: 'zeebe:input', name: i.name } };
  // A fixed source (e.g. the engine clock) is filled in; otherwise the worker reads the process variable as it is.
  if (i.source) return { ...base, type: 'Hidden', value: i.source };
  return { ...base, type: 'String', feel: 'required', optional: true, description: LABELS.reads[lang] };
}

function outputProperty(o: VariableSpec, lang: TemplateLang): Record<string, unknown> {
  return { id: `output.${o.name}`, label: `${o[lang]} (${o.name})`, group: 'outputs', type: 'String', optional: true, description: LABELS.writes[lang], binding: { type: 'zeebe:output', source: `=${o.name}` } };
}

export function elementTemplateOf(def: JobTypeDefinition, lang: TemplateLang = 'tr'): ElementTemplate {
  const description = def.errors?.length ? `${def.description}. ${LABELS.errors[lang]}: ${def.errors.join(', ')}` : def.description;
  const groups = [
    ...(def.headers.length ? [{ id: 'headers', label: LABELS.headers[lang] }] : []),
    ...(def.inputs.length ? [{ id: 'inputs', label: LABELS.inputs[lang] }] : []),
    ...(def.outputs.length ? [{ id: 'outputs', label: LABELS.outputs[lang] }] : []),
  ];
  return {
    $schema: ELEMENT_TEMPLATE_SCHEMA,
    id: templateIdOf(def.type),
    name: def.name[lang],
    version: TEMPLATE_VERSION,
    description,
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    category: { id: 'yukk', name: LABELS.category[lang] },
    groups,
    properties: [
      { type: 'Hidden', value: def.type, binding: { type: 'zeebe:taskDefinition', property: 'type' } },
      { type: 'Hidden', value: '3', binding: { type: 'zeebe:taskDefinition', property: 'retries' } },
      ...def.headers.map((h) => headerProperty(h, lang)),
      ...def.inputs.map((i) => inputProperty(i, lang)),
      ...def.outputs.map((o) => outputProperty(o, lang)),
    ],
  };
}

/** Every worker's template, in the order of JOB_TYPES. */
export function elementTemplates(lang: TemplateLang = 'tr', jobTypes: readonly JobTypeDefinition[] = JOB_TYPES): ElementTemplate[] {
  return jobTypes.map((d) => elementTemplateOf(d, lang));
}
