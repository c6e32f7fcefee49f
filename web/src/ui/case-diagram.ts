/** Read-only diagram of a case: current steps, completed steps and incidents as markers and overlays. */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { h } from '../core/dom';
import { onLeave } from '../shell';
import { mounted } from './mount';

export interface CaseState {
  active: string[];
  completed?: string[];
  incidents?: { elementId: string; message: string }[];
}

type Canvas = { addMarker(id: string, cls: string): void; zoom(z: string, center?: string): void };
type Overlays = { add(id: string, overlay: { position: Record<string, number>; html: HTMLElement }): void };
type Registry = { get(id: string): unknown };

export function caseDiagram(xml: string, state: CaseState, testId = 'case-diagram'): HTMLElement {
  const el = h('div', { class: 'case-diagram', 'data-testid': testId });
  void mounted(el).then(async () => {
    const viewer = new NavigatedViewer({ container: el, moddleExtensions: { zeebe: zeebeModdle } });
    onLeave(() => viewer.destroy());
    await viewer.importXML(xml);
    const canvas = viewer.get<Canvas>('canvas');
    const overlays = viewer.get<Overlays>('overlays');
    const registry = viewer.get<Registry>('elementRegistry');
    const known = (id: string) => !!registry.get(id);
    canvas.zoom('fit-viewport', 'auto');

    for (const id of new Set(state.completed ?? [])) if (known(id)) canvas.addMarker(id, 'step-done');
    const counts = new Map<string, number>();
    for (const id of state.active) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, n] of counts) {
      if (!known(id)) continue;
      canvas.addMarker(id, 'step-current');
      overlays.add(id, { position: { bottom: 10, left: -10 }, html: h('span', { class: 'token-badge', 'data-token': id, title: id }, String(n)) });
    }
    const incidents = new Map<string, string[]>();
    for (const i of state.incidents ?? []) incidents.set(i.elementId, [...(incidents.get(i.elementId) ?? []), i.message]);
    for (const [id, messages] of incidents) {
      if (!known(id)) continue;
      canvas.addMarker(id, 'step-incident');
      overlays.add(id, { position: { top: -12, right: 12 }, html: h('span', { class: 'incident-badge', 'data-incident': id, title: messages.join('\n') }, '⚠ ', String(messages.length)) });
    }
    el.dataset.ready = 'true';
  });
  return el;
}
