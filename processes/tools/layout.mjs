// BPMN DI for the generated procedures, with bpmn-auto-layout.
// - The main flow is laid out first; embedded sub-processes carry a seed shape with isExpanded="true"
//   (written by the builder) so they are drawn expanded in place.
// - Event sub-processes are laid out on their own and placed in a row below the main flow: laid out
//   together, they would widen the first column and push the whole diagram to the right.
// - bpmn-auto-layout stacks several boundary events of one host on one spot; they are spread along
//   the host's bottom edge, moving the start of their outgoing flows with them.
import { BpmnModdle } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';

const BOUNDARY = 36;
const GAP = 80;
const PAD = 30;

/** Runs the auto-layouter and returns its DI as plain data keyed by element id. */
async function autoLayout(xml) {
  const { rootElement } = await new BpmnModdle().fromXML(await layoutProcess(xml));
  const shapes = new Map();
  const edges = new Map();
  for (const di of rootElement.diagrams[0].plane.planeElement) {
    if (di.$type === 'bpmndi:BPMNShape') {
      const { x, y, width, height } = di.bounds;
      shapes.set(di.bpmnElement.id, { x, y, width, height, isExpanded: di.isExpanded });
    } else {
      edges.set(di.bpmnElement.id, di.waypoint.map(({ x, y }) => ({ x, y })));
    }
  }
  return { shapes, edges };
}

function extent({ shapes, edges }) {
  const xs = [];
  const ys = [];
  for (const s of shapes.values()) xs.push(s.x, s.x + s.width), ys.push(s.y, s.y + s.height);
  for (const wps of edges.values()) for (const p of wps) xs.push(p.x), ys.push(p.y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

function translate(layout, dx, dy) {
  for (const s of layout.shapes.values()) (s.x += dx), (s.y += dy);
  for (const wps of layout.edges.values()) for (const p of wps) (p.x += dx), (p.y += dy);
}

export async function layoutBuilder(builder) {
  const eventSubs = builder.eventSubProcesses();
  const main = await autoLayout(builder.toXml(builder.root.children.filter((c) => !eventSubs.includes(c))));
  const bottom = extent(main).maxY + GAP;
  let left = 0;
  for (const es of eventSubs) {
    const inner = await autoLayout(builder.toXml(es.children));
    const e = extent(inner);
    translate(inner, left + PAD - e.minX, bottom + PAD + 10 - e.minY);
    const width = e.maxX - e.minX + 2 * PAD;
    const height = e.maxY - e.minY + 2 * PAD + 10;
    main.shapes.set(es.id, { x: left, y: bottom, width, height, isExpanded: true });
    for (const [id, s] of inner.shapes) main.shapes.set(id, s);
    for (const [id, w] of inner.edges) main.edges.set(id, w);
    left += width + GAP / 2;
  }
  return writeDi(builder.toXml(), main);
}

async function writeDi(xml, layout) {
  const moddle = new BpmnModdle();
  const { rootElement, elementsById } = await moddle.fromXML(xml);
  spreadBoundaryEvents(layout, elementsById);
  const process = rootElement.rootElements.find((r) => r.$type === 'bpmn:Process');
  const planeElement = [];
  for (const [id, s] of layout.shapes) {
    const attrs = { id: `${id}_di`, bpmnElement: elementsById[id], bounds: moddle.create('dc:Bounds', { x: s.x, y: s.y, width: s.width, height: s.height }) };
    if (s.isExpanded) attrs.isExpanded = true;
    planeElement.push(moddle.create('bpmndi:BPMNShape', attrs));
  }
  for (const [id, wps] of layout.edges) {
    planeElement.push(
      moddle.create('bpmndi:BPMNEdge', { id: `${id}_di`, bpmnElement: elementsById[id], waypoint: wps.map((p) => moddle.create('dc:Point', p)) }),
    );
  }
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `BPMNPlane_${process.id}`, bpmnElement: process, planeElement });
  rootElement.diagrams = [moddle.create('bpmndi:BPMNDiagram', { id: `BPMNDiagram_${process.id}`, plane })];
  return (await moddle.toXML(rootElement, { format: true })).xml;
}

function spreadBoundaryEvents(layout, elementsById) {
  const byHost = new Map();
  for (const id of layout.shapes.keys()) {
    const host = elementsById[id]?.attachedToRef;
    if (!host) continue;
    if (!byHost.has(host.id)) byHost.set(host.id, []);
    byHost.get(host.id).push(id);
  }
  for (const [hostId, attached] of byHost) {
    if (attached.length < 2) continue;
    const host = layout.shapes.get(hostId);
    const step = (host.width - BOUNDARY) / (attached.length - 1);
    attached.forEach((id, i) => {
      const s = layout.shapes.get(id);
      const dx = Math.round(host.x + i * step) - s.x;
      s.x += dx;
      for (const flow of elementsById[id].outgoing ?? []) {
        const wp = layout.edges.get(flow.id);
        if (!wp || wp.length < 2) continue;
        const vertical = wp[1].x === wp[0].x;
        wp[0].x += dx;
        if (vertical) wp[1].x += dx;
      }
    });
  }
}
