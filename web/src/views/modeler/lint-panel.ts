/** The lint list under the canvas: one row per problem with its element id; a click shows the element. */
import type { LintReport } from '@camunda/linting';
import { h } from '../../core/dom';
import type { LintMessage } from '../../core/http';
import { t } from '../../i18n';
import type { LintState } from './lint';

/** One finding: the element id and the message, coloured by category. */
export function lintItem(category: string, elementId: string | null, message: string, onclick?: () => void): HTMLElement {
  return h(
    'li',
    { class: `lint-item lint-${category === 'error' || category === 'rule-error' ? 'error' : 'warn'}`, 'data-element-id': elementId ?? '', tabindex: 0, onclick },
    h('code', { class: 'lint-element' }, elementId ?? '—'),
    h('span', { class: 'lint-message' }, message),
  );
}

/** `select` shows the element of a finding (bpmn-js: the linting module's showError; dmn-js: the decision's view). */
export function lintPanel(select: (report: LintReport) => void, okText = t('modeler.lint.ok')): { el: HTMLElement; show(state: LintState): void; showServer(messages: LintMessage[]): void } {
  const summary = h('span', { class: 'lint-summary', 'data-testid': 'lint-summary' });
  const list = h('ul', { class: 'lint-list', 'data-testid': 'lint-list' });
  const el = h('section', { class: 'lint-panel', 'aria-label': t('modeler.lint.title') }, h('h2', null, t('modeler.lint.title'), summary), list);

  const row = (category: string, elementId: string | null, message: string, report?: LintReport) => lintItem(category, elementId, message, report && (() => select(report)));

  return {
    el,
    show(state) {
      el.dataset.errors = String(state.errors.length);
      el.dataset.running = String(state.running);
      summary.textContent = state.running
        ? t('modeler.lint.running')
        : state.errors.length + state.warnings.length === 0
          ? okText
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
