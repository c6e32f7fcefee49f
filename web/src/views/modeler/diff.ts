/** Semantic diff of two diagrams (bpmn-js-differ) coloured onto two viewers with canvas markers. */
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { diff, Changes } from 'bpmn-js-differ';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'layout';
export interface ChangeRow {
  id: string;
  type: string;
  kind: ChangeKind;
  attrs: string[];
}

type Canvas = { addMarker(id: string, cls: string): void };
type Registry = { get(id: string): unknown };

export function computeDiff(oldViewer: NavigatedViewer, newViewer: NavigatedViewer): { changes: Changes; rows: ChangeRow[] } {
  const defs = (v: NavigatedViewer) => (v as unknown as { getDefinitions(): object }).getDefinitions();
  const changes = diff(defs(oldViewer), defs(newViewer));
  const rows: ChangeRow[] = [
    ...Object.values(changes._added).map((e) => ({ id: e.id, type: e.$type, kind: 'added' as const, attrs: [] })),
    ...Object.values(changes._removed).map((e) => ({ id: e.id, type: e.$type, kind: 'removed' as const, attrs: [] })),
    ...Object.values(changes._changed).map((c) => ({ id: c.model.id, type: c.model.$type, kind: 'changed' as const, attrs: Object.keys(c.attrs) })),
    ...Object.values(changes._layoutChanged)
      .filter((e) => !changes._changed[e.id])
      .map((e) => ({ id: e.id, type: e.$type, kind: 'layout' as const, attrs: [] })),
  ];
  return { changes, rows };
}

export function markDiff(oldViewer: NavigatedViewer, newViewer: NavigatedViewer, rows: ChangeRow[]): void {
  const mark = (v: NavigatedViewer, id: string, cls: string) => {
    if (v.get<Registry>('elementRegistry').get(id)) v.get<Canvas>('canvas').addMarker(id, cls);
  };
  for (const row of rows) {
    if (row.kind === 'added') mark(newViewer, row.id, 'diff-added');
    if (row.kind === 'removed') mark(oldViewer, row.id, 'diff-removed');
    if (row.kind === 'changed') {
      mark(oldViewer, row.id, 'diff-changed');
      mark(newViewer, row.id, 'diff-changed');
    }
    if (row.kind === 'layout') mark(newViewer, row.id, 'diff-layout');
  }
}
