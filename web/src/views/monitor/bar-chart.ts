/** Horizontal stacked bars (plain SVG): one row per procedure, one segment per instance state. */
import type { ProcessStats, InstanceState } from '../../core/api';
import { svg } from '../../core/dom';
import { t } from '../../i18n';

const STATES: InstanceState[] = ['ACTIVE', 'COMPLETED', 'TERMINATED'];

export function barChart(stats: ProcessStats[]): SVGElement {
  const rowH = 34;
  const labelW = 260;
  const barW = 420;
  const width = labelW + barW + 100;
  const height = stats.length * rowH + 34;
  const max = Math.max(1, ...stats.map((s) => STATES.reduce((n, st) => n + (s.counts[st] ?? 0), 0)));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart', role: 'img', 'aria-label': t('monitor.byProcess'), 'data-testid': 'state-chart' });
  stats.forEach((s, i) => {
    const y = i * rowH + 6;
    const name = s.name ?? s.processDefinitionId;
    root.appendChild(svg('text', { x: labelW - 10, y: y + 17, 'text-anchor': 'end', class: 'bar-label' }, name.length > 34 ? name.slice(0, 33) + '…' : name));
    let x = labelW;
    let total = 0;
    for (const st of STATES) {
      const n = s.counts[st] ?? 0;
      total += n;
      if (!n) continue;
      const w = Math.max(2, (n / max) * barW);
      const rect = svg('rect', { x, y, width: w, height: 22, rx: 3, class: `bar bar-${st.toLowerCase()}` });
      rect.appendChild(svg('title', {}, `${t(`monitor.state.${st}` as 'monitor.state.ACTIVE')}: ${n}`));
      root.appendChild(rect);
      x += w;
    }
    root.appendChild(svg('text', { x: x + 8, y: y + 17, class: 'bar-value' }, String(total)));
    if (s.withIncidents) root.appendChild(svg('text', { x: x + 8 + String(total).length * 8 + 10, y: y + 17, class: 'bar-incident' }, `⚠ ${s.withIncidents}`));
  });
  const ly = stats.length * rowH + 18;
  STATES.forEach((st, i) => {
    const x = labelW + i * 130;
    root.appendChild(svg('rect', { x, y: ly - 10, width: 12, height: 12, rx: 2, class: `bar bar-${st.toLowerCase()}` }));
    root.appendChild(svg('text', { x: x + 18, y: ly, class: 'bar-legend' }, t(`monitor.state.${st}` as 'monitor.state.ACTIVE')));
  });
  return root;
}
