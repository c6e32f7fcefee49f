/**
 * Rule results as the rule workers write them into variables: lists of criteria
 * `{ code, citation, titleTr, titleEn, state? }` (law/rules/criterion.ts) and `*Outcome` strings.
 */
import { h } from '../../core/dom';
import { getLang, t } from '../../i18n';
import { citation } from '../../ui/citation';

interface Criterion {
  code?: string;
  citation: string;
  titleTr?: string;
  titleEn?: string;
  state?: string;
}

const isCriterion = (v: unknown): v is Criterion => !!v && typeof v === 'object' && typeof (v as Criterion).citation === 'string';

export interface RuleGroup {
  variable: string;
  outcome?: string;
  criteria: Criterion[];
}

export function extractRuleResults(variables: Record<string, unknown>): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (const [name, value] of Object.entries(variables)) {
    if (Array.isArray(value) && value.length && value.every(isCriterion)) groups.push({ variable: name, criteria: value });
    else if (isCriterion(value)) groups.push({ variable: name, criteria: [value] });
    else if (Array.isArray(value) && value.length && value.every((x) => x && typeof x === 'object' && isCriterion((x as { criterion?: unknown }).criterion)))
      groups.push({ variable: name, criteria: value.map((x) => (x as { criterion: Criterion }).criterion) });
  }
  for (const [name, value] of Object.entries(variables)) {
    if (/Outcome$/.test(name) && typeof value === 'string') groups.unshift({ variable: name, outcome: value, criteria: [] });
  }
  return groups;
}

export function ruleResults(variables: Record<string, unknown>): HTMLElement {
  const groups = extractRuleResults(variables);
  if (!groups.length) return h('p', { class: 'muted', 'data-testid': 'rule-results-empty' }, t('tasks.rules.empty'));
  const title = (c: Criterion) => (getLang() === 'tr' ? c.titleTr : c.titleEn) ?? c.titleTr ?? c.titleEn ?? c.code ?? '';
  return h(
    'div',
    { class: 'rule-results', 'data-testid': 'rule-results' },
    groups.map((g) =>
      h(
        'div',
        { class: 'rule-group' },
        h('div', { class: 'rule-group-head' }, h('code', null, g.variable), g.outcome ? h('span', { class: 'badge badge-info' }, g.outcome) : null),
        g.criteria.length
          ? h(
              'ul',
              { class: 'rule-list' },
              g.criteria.map((c) => h('li', { class: `rule-item ${c.state ? `rule-${c.state}` : ''}` }, h('span', { class: 'citation' }, citation(c.citation)), h('span', null, title(c)), c.state ? h('span', { class: 'badge badge-muted' }, c.state) : null)),
            )
          : null,
      ),
    ),
  );
}
