/** The procedure's diagram with each step tinted by its median duration or its count (bpmn-js overlays). */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { h } from '../../core/dom';
import { onLeave } from '../../shell';
import { mounted } from '../../ui/mount';

export interface HeatValue {
  elementId: string;
  value: number;
  label: string;
}

type Shape = { width: number; height: number };
type Canvas = { zoom(z: string, center?: string): void };
type Overlays = { add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void; remove(filter: { type: string }): void };
type Registry = { get(id: string): Shape | undefined };

/** Cool to hot: a hue from green (low) to red (high) for a share of the maximum. */
export const heatColour = (share: number): string => `hsl(${Math.round(120 - 120 * Math.max(0, Math.min(1, share)))}, 75%, 50%)`;

export function heatmap(xml: string, testId = 'heatmap'): { el: HTMLElement; show(values: HeatValue[]): void } {
  const el = h('div', { class: 'case-diagram heatmap', 'data-testid': testId });
  let pending: HeatValue[] = [];
  let render: ((values: HeatValue[]) => void) | null = null;
  void mounted(el).then(async () => {
    const viewer = new NavigatedViewer({ container: el, moddleExtensions: { zeebe: zeebeModdle } });
    onLeave(() => viewer.destroy());
    await viewer.importXML(xml);
    viewer.get<Canvas>('canvas').zoom('fit-viewport', 'auto');
    const overlays = viewer.get<Overlays>('overlays');
    const registry = viewer.get<Registry>('elementRegistry');
    render = (values) => {
      overlays.remove({ type: 'heat' });
      const max = Math.max(1, ...values.map((v) => v.value));
      for (const v of values) {
        const shape = registry.get(v.elementId);
        if (!shape || !shape.width) continue;
        const share = v.value / max;
        overlays.add(v.elementId, 'heat', {
          position: { top: 0, left: 0 },
          html: h(
            'div',
            { class: 'heat-cell', 'data-heat': v.elementId, 'data-value': String(v.value), title: v.label, style: `width:${shape.width}px;height:${shape.height}px;background:${heatColour(share)}` },
            h('span', { class: 'heat-label' }, v.label),
          ),
        });
      }
      el.dataset.ready = 'true';
    };
    render(pending);
  });
  return {
    el,
    show(values) {
      pending = values;
      render?.(values);
    },
  };
}
