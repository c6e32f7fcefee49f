import { problem } from '../ui-api/problem';

/**
 * Variables a manager may not set by hand: a rule's finding (`*RuleOutcome`, written by the rule workers with its
 * citation) and the statutory deadlines the legal calendar computed (`*DueAt`). Changing them would overturn the
 * law as code without a trace in the rule; the officer's task or a new rule run is the way.
 */
const PROTECTED = [/RuleOutcome$/, /DueAt$/];
const NAME = /^[A-Za-z_][\w]{0,127}$/;

export function assertEditable(variables: Record<string, unknown>, reason: string | undefined): void {
  const names = Object.keys(variables);
  if (!names.length) throw problem(400, 'variables must name at least one variable', { errors: [{ property: 'variables', messages: ['no variable given'] }] });
  const bad = names.filter((n) => !NAME.test(n));
  if (bad.length) throw problem(400, `not a variable name: ${bad.join(', ')}`, { errors: bad.map((n) => ({ property: `variables.${n}`, messages: ['not a variable name'] })) });
  const locked = names.filter((n) => PROTECTED.some((p) => p.test(n)));
  if (locked.length) {
    throw problem(422, `set by a rule or the legal calendar, not by hand: ${locked.join(', ')}`, { errors: locked.map((n) => ({ property: `variables.${n}`, messages: ['set by a rule or the legal calendar'] })) });
  }
  if (!reason || reason.trim().length < 5) throw problem(400, 'reason must say why (at least 5 characters)', { errors: [{ property: 'reason', messages: ['required'] }] });
}
