/**
 * Reviewers' comments on diagram elements: a badge with the number of open comments on each element, and under the
 * properties panel the comments of the selected element, with "add" and "resolved". Stored per process id and element id.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { h } from '../../core/dom';
import { t } from '../../i18n';
import { toast } from '../../ui/toast';
import { analystApi, DiagramComment } from './analyst-api';
import { formatInstant } from './play-panel';

type Overlays = { add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void; remove(filter: { type: string }): void };
type Registry = { get(id: string): unknown };

export function commentsPanel(modeler: Modeler, processId: () => string | null): { el: HTMLElement; reload(): Promise<void> } {
  let comments: DiagramComment[] = [];
  let selected: string | null = null;
  const list = h('div', { class: 'comments-list', 'data-testid': 'comments-list' });
  const text = h('textarea', { class: 'input', rows: 2, placeholder: t('an.comments.placeholder'), 'data-testid': 'comment-text' });
  const add = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'comment-add' }, t('an.comments.add'));
  const form = h('div', { class: 'comments-form' }, text, add);
  const el = h('section', { class: 'comments-panel', 'data-testid': 'comments-panel', 'aria-label': t('an.comments') }, h('h3', null, t('an.comments')), list, form);

  const paint = () => {
    const overlays = modeler.get<Overlays>('overlays');
    const registry = modeler.get<Registry>('elementRegistry');
    overlays.remove({ type: 'comments' });
    const open = new Map<string, number>();
    for (const c of comments) if (!c.resolvedAt) open.set(c.elementId, (open.get(c.elementId) ?? 0) + 1);
    for (const [id, n] of open) if (registry.get(id)) overlays.add(id, 'comments', { position: { top: -10, left: -10 }, html: h('span', { class: 'comment-badge', 'data-comment-count': id, title: t('an.comments') }, `💬 ${n}`) });
    const mine = comments.filter((c) => c.elementId === selected);
    form.hidden = !selected || !processId();
    list.replaceChildren(
      ...(!selected
        ? [h('p', { class: 'muted' }, t('an.comments.select'))]
        : mine.length === 0
          ? [h('p', { class: 'muted' }, t('an.comments.none'))]
          : mine.map((c) =>
              h(
                'div',
                { class: `comment${c.resolvedAt ? ' resolved' : ''}`, 'data-comment-id': c.id },
                h('p', null, c.text),
                h('span', { class: 'muted' }, `${c.author} · ${formatInstant(c.createdAt)}`, c.resolvedBy ? ` · ✓ ${c.resolvedBy}` : ''),
                c.resolvedAt ? null : h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'comment-resolve', onclick: () => void resolve(c) }, t('an.comments.resolve')),
              ),
            )),
    );
  };

  const reload = async () => {
    const id = processId();
    comments = id ? (await analystApi.comments(id).catch(() => ({ items: [] }))).items : [];
    paint();
  };
  const resolve = async (c: DiagramComment) => {
    try {
      await analystApi.resolveComment(c.processId, c.id);
      await reload();
    } catch (err) {
      toast((err as Error).message, 'error');
    }
  };
  add.addEventListener('click', async () => {
    const id = processId();
    if (!id || !selected || !text.value.trim()) return;
    try {
      await analystApi.addComment(id, selected, text.value.trim());
      text.value = '';
      await reload();
    } catch (err) {
      toast((err as Error).message, 'error');
    }
  });
  modeler.on('selection.changed', (e: { newSelection: Array<{ id: string }> }) => {
    selected = e.newSelection[0]?.id ?? null;
    paint();
  });
  modeler.on('import.done', () => void reload());
  return { el, reload };
}
