/** Zoom in/out/fit, PNG and SVG export, and the token simulation toggle (a first look without any engine). */
import type Modeler from 'bpmn-js/lib/Modeler';
import { h } from '../../core/dom';
import { t } from '../../i18n';
import { translateTokenSimulation } from './token-simulation-tr';

type Canvas = { zoom(level?: number | string, center?: string): number; getContainer(): HTMLElement };

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The diagram as PNG: the SVG drawn on a canvas at twice its size (sharp on paper), white background. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('SVG could not be drawn'));
      img.src = url;
    });
    const canvas = h('canvas', { width: Math.ceil(img.width * scale), height: Math.ceil(img.height * scale) });
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasTools(modeler: Modeler, baseName: () => string): HTMLElement {
  const canvas = () => modeler.get<Canvas>('canvas');
  const button = (label: string, testId: string, onclick: () => void, text?: string) => h('button', { type: 'button', class: 'btn btn-small', title: label, 'aria-label': label, 'data-testid': testId, onclick }, text ?? label);
  const simulation = button(t('an.sim'), 'toggle-simulation', () => {
    modeler.get<{ toggleMode(active?: boolean): void }>('toggleMode').toggleMode();
  });
  translateTokenSimulation(canvas().getContainer());
  modeler.on('tokenSimulation.toggleMode', (e: { active: boolean }) => {
    simulation.classList.toggle('active', e.active);
    simulation.setAttribute('aria-pressed', String(e.active));
  });
  return h(
    'div',
    { class: 'canvas-tools', role: 'toolbar' },
    button(t('an.zoomIn'), 'zoom-in', () => canvas().zoom(canvas().zoom() * 1.2), '+'),
    button(t('an.zoomOut'), 'zoom-out', () => canvas().zoom(canvas().zoom() / 1.2), '−'),
    button(t('an.zoomFit'), 'zoom-fit', () => canvas().zoom('fit-viewport', 'auto')),
    button(t('an.exportSvg'), 'export-svg', async () => {
      const { svg } = await modeler.saveSVG();
      downloadBlob(`${baseName()}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
    }),
    button(t('an.exportPng'), 'export-png', async () => {
      const { svg } = await modeler.saveSVG();
      downloadBlob(`${baseName()}.png`, await svgToPng(svg));
    }),
    simulation,
  );
}
