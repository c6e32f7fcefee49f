import { evaluateTyped, Expr } from '../feel/feel';

/**
 * A signal's name: static, or FEEL (start events: at deployment without variables; others: at
 * activation in the element's scope). Throws FeelError when it gives no string, Error when empty;
 * the caller turns either into its own failure (a refused deployment, an incident).
 */
export function signalNameOf(expr: Expr, context: Record<string, unknown>, elementId: string): string {
  const name = expr.feel ? String(evaluateTyped(expr, context, 'string')) : expr.value;
  if (name === '') throw new Error(`Expected the signal name of element '${elementId}' to be a non-empty string, but it was empty.`);
  return name;
}
