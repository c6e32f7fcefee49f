/** yukk.rules.accelerated-criteria — Art. 79(1)(a)–(f) with the exceptions of Art. 79(3), (4). */
import { assessAccelerated, Criterion } from '../../law';
import { JobInput, Variables } from '../support/job';
import { acceleratedFacts } from './facts';

export function exceptionText(c: Criterion | undefined): string | null {
  return c ? `${c.citation}: ${c.titleTr}` : null;
}

export function acceleratedCriteria({ variables }: JobInput): Variables {
  const result = assessAccelerated(acceleratedFacts(variables));
  return {
    acceleratedRuleOutcome: result.outcome,
    acceleratedApplies: result.outcome === 'accelerated',
    acceleratedCriteria: result.matched,
    acceleratedExcluded: result.excluded ?? [],
    acceleratedException: result.exception ?? null,
    acceleratedExceptionText: exceptionText(result.exception),
    acceleratedPeriods: result.periods,
  };
}
