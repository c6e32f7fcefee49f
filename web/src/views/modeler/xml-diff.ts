/** Line diff of two texts (longest common subsequence), shown as hunks with a little context. */
import { h } from '../../core/dom';

export interface DiffLine {
  kind: ' ' | '+' | '-';
  text: string;
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common head and tail first: most edits touch a few lines of a long file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const ma = a.slice(start, endA);
  const mb = b.slice(start, endB);
  const n = ma.length;
  const m = mb.length;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i * (m + 1) + j] = ma[i] === mb[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  const out: DiffLine[] = a.slice(0, start).map((text) => ({ kind: ' ', text }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ma[i] === mb[j]) (out.push({ kind: ' ', text: ma[i] }), i++, j++);
    else if (j < m && (i === n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j])) out.push({ kind: '+', text: mb[j++] });
    else out.push({ kind: '-', text: ma[i++] });
  }
  return [...out, ...a.slice(endA).map((text) => ({ kind: ' ' as const, text }))];
}

/** Only the changed lines with `context` lines around them; `null` marks a gap. */
export function hunks(lines: DiffLine[], context = 2): Array<DiffLine | null> {
  const keep = new Set<number>();
  lines.forEach((l, i) => {
    if (l.kind !== ' ') for (let k = i - context; k <= i + context; k++) keep.add(k);
  });
  const out: Array<DiffLine | null> = [];
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!keep.has(i)) continue;
    if (last >= 0 && i !== last + 1) out.push(null);
    out.push(lines[i]);
    last = i;
  }
  return out;
}

/** The changed lines of `after` against `before` as coloured spans for a `<pre class="xml-diff">`; empty when equal. */
export function xmlDiffNodes(before: string, after: string): HTMLElement[] {
  return hunks(lineDiff(before, after)).map((l) => (l ? h('span', { class: `xml-line xml-${l.kind === '+' ? 'add' : l.kind === '-' ? 'del' : 'ctx'}` }, `${l.kind} ${l.text}\n`) : h('span', { class: 'xml-gap' }, '…\n')));
}
