import * as fs from 'node:fs';
import * as path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';

const dir = path.join(__dirname, '..');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bpmn')).sort();

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  element: { $type: string; id: string; attachedToRef?: { id: string }; $parent?: { id: string; $type: string } };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Containers legitimately overlap their content: a sub-process its children, a task its boundary events. */
function related(a: Box, b: Box): boolean {
  const ancestors = (e: Box['element']) => {
    const ids: string[] = [];
    for (let p = e.$parent; p; p = (p as Box['element']).$parent) ids.push(p.id);
    return ids;
  };
  if (a.element.attachedToRef?.id === b.element.id || b.element.attachedToRef?.id === a.element.id) return true;
  if (ancestors(a.element).includes(b.element.id) || ancestors(b.element).includes(a.element.id)) return true;
  // a boundary event sits on the border of its host, which may touch the host's container
  const hostOf = (e: Box['element']) => e.attachedToRef?.id;
  return !!hostOf(a.element) && ancestors(b.element).includes(hostOf(a.element)!) || (!!hostOf(b.element) && ancestors(a.element).includes(hostOf(b.element)!));
}

describe('BPMN DI is laid out for humans', () => {
  it.each(files)('%s: every flow node has a shape and no two shapes overlap', async (file) => {
    const { rootElement } = await new BpmnModdle().fromXML(fs.readFileSync(path.join(dir, file), 'utf8'));
    const diagrams = (rootElement as unknown as { diagrams: Array<{ plane: { planeElement: Array<{ $type: string; id: string; bounds?: Box; bpmnElement: Box['element'] }> } }> }).diagrams;
    expect(diagrams).toHaveLength(1);
    const shapes: Box[] = diagrams[0].plane.planeElement
      .filter((e) => e.$type === 'bpmndi:BPMNShape')
      .map((e) => ({ id: e.id, x: e.bounds!.x, y: e.bounds!.y, width: e.bounds!.width, height: e.bounds!.height, element: e.bpmnElement }));

    const process = (rootElement as unknown as { rootElements: Array<{ $type: string; flowElements?: unknown[] }> }).rootElements.find((r) => r.$type === 'bpmn:Process')!;
    const nodeIds: string[] = [];
    const walk = (els: Array<{ $type: string; id: string; flowElements?: unknown[] }>) => {
      for (const el of els) {
        if (el.$type !== 'bpmn:SequenceFlow') nodeIds.push(el.id);
        if (el.flowElements) walk(el.flowElements as typeof els);
      }
    };
    walk(process.flowElements as Array<{ $type: string; id: string }>);
    expect(shapes.map((s) => s.element.id).sort()).toEqual(nodeIds.sort());

    const clashes: string[] = [];
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        if (overlaps(shapes[i], shapes[j]) && !related(shapes[i], shapes[j])) clashes.push(`${shapes[i].element.id} × ${shapes[j].element.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
