// Small constructors for form-js 1.x components, so the forms of ../*.form share one style:
// Turkish labels, required fields validated before completion, rule results shown as tables.

// Ids only need to be unique within a form; one counter for all forms guarantees it.
let counter = 0;
const fid = (prefix, key) => `${prefix}_${key ? `${key.replace(/[^A-Za-z0-9]/g, "_")}_` : ""}${++counter}`;

/**
 * A component added to a form that existed before, with a fixed id: the shared counter is left where it was,
 * so the generated ids of every later form stay as they were (smaller diffs, cleaner merges).
 */
export function fixedId(id, make) {
  const saved = counter;
  const component = make();
  counter = saved;
  component.id = id;
  return component;
}

const withCommon = (component, opts = {}) => {
  if (opts.hide) component.conditional = { hide: `=${opts.hide}` };
  if (opts.description) component.description = opts.description;
  if (opts.readonly) component.readonly = true;
  return component;
};

export const text = (markdown, opts) => withCommon({ type: 'text', id: fid('Text'), text: markdown }, opts);

export const textfield = (key, label, opts = {}) =>
  withCommon(
    {
      type: 'textfield',
      id: fid('Field', key),
      key,
      label,
      validate: {
        ...(opts.required ? { required: true } : {}),
        ...(opts.minLength ? { minLength: opts.minLength } : {}),
        maxLength: opts.maxLength ?? 200,
        ...(opts.pattern ? { validationType: 'custom', pattern: opts.pattern } : {}),
      },
    },
    opts,
  );

export const textarea = (key, label, opts = {}) =>
  withCommon(
    {
      type: 'textarea',
      id: fid('Field', key),
      key,
      label,
      validate: { ...(opts.required ? { required: true } : {}), ...(opts.minLength ? { minLength: opts.minLength } : {}), maxLength: opts.maxLength ?? 4000 },
    },
    opts,
  );

export const number = (key, label, opts = {}) =>
  withCommon(
    {
      type: 'number',
      id: fid('Field', key),
      key,
      label,
      ...(opts.decimalDigits !== undefined ? { decimalDigits: opts.decimalDigits } : { decimalDigits: 0 }),
      validate: { ...(opts.required ? { required: true } : {}), ...(opts.min !== undefined ? { min: opts.min } : {}), ...(opts.max !== undefined ? { max: opts.max } : {}) },
    },
    opts,
  );

/** Calendar date, submitted as `YYYY-MM-DD` (what the legal calendar counts from). */
export const date = (key, label, opts = {}) =>
  withCommon(
    {
      type: 'datetime',
      id: fid('Field', key),
      key,
      subtype: 'date',
      dateLabel: label,
      validate: { ...(opts.required ? { required: true } : {}) },
    },
    opts,
  );

export const checkbox = (key, label, opts = {}) =>
  withCommon({ type: 'checkbox', id: fid('Field', key), key, label, defaultValue: false, validate: opts.required ? { required: true } : {} }, opts);

const options = (values) => values.map(([value, label]) => ({ value, label }));

export const radio = (key, label, values, opts = {}) =>
  withCommon({ type: 'radio', id: fid('Field', key), key, label, values: options(values), validate: opts.required ? { required: true } : {} }, opts);

export const select = (key, label, values, opts = {}) =>
  withCommon({ type: 'select', id: fid('Field', key), key, label, values: options(values), validate: opts.required ? { required: true } : {} }, opts);

export const checklist = (key, label, values, opts = {}) =>
  withCommon({ type: 'checklist', id: fid('Field', key), key, label, values: options(values), validate: opts.required ? { required: true } : {} }, opts);

/** Read-only table over a list variable written by a rule worker (e.g. matched criteria with citations). */
export const table = (label, dataSource, columns, opts = {}) =>
  withCommon(
    {
      type: 'table',
      id: fid('Table'),
      label,
      dataSource: `=${dataSource}`,
      rowCount: opts.rowCount ?? 10,
      columns: columns.map(([key, columnLabel]) => ({ key, label: columnLabel })),
    },
    opts,
  );

/** Criteria as the law's rules return them: citation, Turkish title. */
export const criteriaTable = (label, dataSource, opts) =>
  table(label, `if ${dataSource} = null then [] else ${dataSource}`, [['citation', 'Madde'], ['titleTr', 'Ölçüt']], opts);

/** Group; with `path`, its fields are submitted as one object variable of that name. */
export const group = (label, components, opts = {}) =>
  withCommon({ type: 'group', id: fid('Group', opts.path), label, showOutline: true, ...(opts.path ? { path: opts.path } : {}), components }, opts);

export function form(id, title, components) {
  return {
    id,
    type: 'default',
    executionPlatform: 'Camunda Cloud',
    executionPlatformVersion: '8.8.0',
    exporter: { name: 'yukk-flow forms/tools', version: '1.0.0' },
    schemaVersion: 19,
    components: [{ type: 'text', id: 'Text_title', text: `## ${title}` }, ...components],
  };
}
