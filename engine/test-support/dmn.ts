/** Builds small DMN 1.3 documents for engine specs. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A DRG with one decision table `decision`: inputs are FEEL expressions, rows are [entries..., outputs..., annotation]. */
export function dmnTable(opts: { decision?: string; hitPolicy?: string; aggregation?: string; inputs: string[]; outputs: string[]; rows: string[][]; drg?: string }): string {
  const id = opts.decision ?? 'decision';
  const attrs = `${opts.hitPolicy ? ` hitPolicy="${opts.hitPolicy}"` : ''}${opts.aggregation ? ` aggregation="${opts.aggregation}"` : ''}`;
  const inputs = opts.inputs.map((e, n) => `<input id="in${n}" label="${esc(e)}"><inputExpression id="ie${n}" typeRef="string"><text>${esc(e)}</text></inputExpression></input>`).join('');
  const outputs = opts.outputs.map((o, n) => `<output id="out${n}" name="${o}" typeRef="string"/>`).join('');
  const rules = opts.rows.map((row, r) => {
    const entries = row.slice(0, opts.inputs.length).map((t, n) => `<inputEntry id="r${r}i${n}"><text>${esc(t)}</text></inputEntry>`).join('');
    const outs = row.slice(opts.inputs.length, opts.inputs.length + opts.outputs.length).map((t, n) => `<outputEntry id="r${r}o${n}"><text>${esc(t)}</text></outputEntry>`).join('');
    const note = row[opts.inputs.length + opts.outputs.length];
    return `<rule id="rule${r + 1}">${note ? `<description>${esc(note)}</description>` : ''}${entries}${outs}</rule>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="${opts.drg ?? 'drg'}" name="DRG" namespace="http://camunda.org/schema/1.0/dmn">
  <decision id="${id}" name="Decision ${id}"><decisionTable id="table"${attrs}>${inputs}${outputs}${rules}</decisionTable></decision>
</definitions>`;
}

