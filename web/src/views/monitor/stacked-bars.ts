/** Stacked horizontal bars in plain SVG (no chart library): one row per label, one segment per series. */
import { svg } from '../../core/dom';

export interface Series {
  key: string;
  label: string;
  className: string;
}

export function stackedBars(rows: { label: string; values: Record<string, number> }[], series: Series[], opts: { testId: string; ariaLabel: string }): SVGElement {
  const rowH = 30;
  const labelW = 170;
  const barW = 440;
  const width = labelW + barW + 60;
  const height = rows.length * rowH + 34;
  const total = (r: { values: Record<string, number> }) => series.reduce((n, s) => n + (r.values[s.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map(total));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart', role: 'img', 'aria-label': opts.ariaLabel, 'data-testid': opts.testId });
  rows.forEach((r, i) => {
    const y = i * rowH + 6;
    root.appendChild(svg('text', { x: labelW - 10, y: y + 15, 'text-anchor': 'end', class: 'bar-label' }, r.label.length > 24 ? r.label.slice(0, 23) + '…' : r.label));
    let x = labelW;
    for (const s of series) {
      const n = r.values[s.key] ?? 0;
      if (!n) continue;
      const w = Math.max(2, (n / max) * barW);
      const rect = svg('rect', { x, y, width: w, height: 20, rx: 3, class: `bar ${s.className}`, 'data-series': s.key, 'data-value': n });
      rect.appendChild(svg('title', {}, `${r.label} · ${s.label}: ${n}`));
      root.appendChild(rect);
      if (w > 18) root.appendChild(svg('text', { x: x + w / 2, y: y + 14, 'text-anchor': 'middle', class: 'bar-inner' }, String(n)));
      x += w;
    }
    root.appendChild(svg('text', { x: x + 8, y: y + 15, class: 'bar-value' }, String(total(r))));
  });
  const ly = rows.length * rowH + 20;
  series.forEach((s, i) => {
    const x = labelW + i * 115;
    root.appendChild(svg('rect', { x, y: ly - 10, width: 12, height: 12, rx: 2, class: `bar ${s.className}` }));
    root.appendChild(svg('text', { x: x + 18, y: ly, class: 'bar-legend' }, s.label));
  });
  return root;
}
