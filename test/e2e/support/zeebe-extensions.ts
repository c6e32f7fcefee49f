/** The zeebe: extension elements of every element of a diagram, canonicalised for comparison. */
import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';

function canon(v: any): any {
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object' && typeof v.$type === 'string') {
    const out: Record<string, unknown> = { $type: v.$type };
    for (const k of Object.keys(v).filter((k) => !k.startsWith('$')).sort()) out[k] = canon(v[k]);
    const attrs = v.$attrs ?? {};
    for (const k of Object.keys(attrs).sort()) out[`@${k}`] = attrs[k];
    return out;
  }
  return v;
}

export async function zeebeExtensions(xml: string): Promise<Record<string, unknown[]>> {
  const moddle = new BpmnModdle({ zeebe });
  const { elementsById } = (await moddle.fromXML(xml)) as unknown as { elementsById: Record<string, any> };
  const result: Record<string, unknown[]> = {};
  for (const [id, el] of Object.entries(elementsById)) {
    const values = (el.extensionElements?.values ?? []).filter((x: any) => String(x.$type).startsWith('zeebe:'));
    if (values.length) result[id] = values.map(canon);
  }
  return result;
}
