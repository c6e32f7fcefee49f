/** The lint list under the canvas: one row per problem with its element id; a click selects the element. */
import type Modeler from 'bpmn-js/lib/Modeler';
import type { LintReport } from '@camunda/linting';
import { h } from '../../core/dom';
import type { LintMessage } from '../../core/http';
import { t } from '../../i18n';
import type { LintState } from './lint';

export function lintPanel(modeler: Modeler): { el: HTMLElement; show(state: LintState): void; showServer(messages: LintMessage[]): void } {
  const summary = h('span', { class: 'lint-summary', 'data-testid': 'lint-summary' });
  const list = h('ul', { class: 'lint-list', 'data-testid': 'lint-list' });
  const el = h('section', { class: 'lint-panel', 'aria-label': t('modeler.lint.title') }, h('h2', null, t('modeler.lint.title'), summary), list);

  const row = (category: string, elementId: string | null, message: string, report?: LintReport) =>
    h(
      'li',
      {
        class: `lint-item lint-${category === 'error' || category === 'rule-error' ? 'error' : 'warn'}`,
        'data-element-id': elementId ?? '',
        tabindex: 0,
        onclick: () => report && modeler.get<{ showError(r: LintReport): void }>('linting').showError(report),
      },
      h('code', { class: 'lint-element' }, elementId ?? '—'),
      h('span', { class: 'lint-message' }, message),
    );

  return {
    el,
    show(state) {
      el.dataset.errors = String(state.errors.length);
      el.dataset.running = String(state.running);
      summary.textContent = state.running
        ? t('modeler.lint.running')
        : state.errors.length + state.warnings.length === 0
          ? t('modeler.lint.ok')
          : t('modeler.lint.count', { errors: state.errors.length, warnings: state.warnings.length });
      summary.className = `lint-summary ${state.errors.length ? 'has-errors' : 'clean'}`;
      if (state.running) return;
      list.replaceChildren(...state.errors.map((r) => row(r.category, r.id, r.message, r)), ...state.warnings.map((r) => row(r.category, r.id, r.message, r)));
    },
    showServer(messages) {
      list.replaceChildren(...messages.map((m) => row(m.category, m.elementId, m.message)));
      summary.textContent = t('modeler.lint.count', { errors: messages.length, warnings: 0 });
      summary.className = 'lint-summary has-errors';
    },
  };
}
