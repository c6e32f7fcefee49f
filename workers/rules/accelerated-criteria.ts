/**
 * yukk.rules.accelerated-criteria — Art. 79(1)(a)–(f) with the exceptions of Art. 79(3), (4). The grounds come
 * from the decision table `accelerated-grounds` (variable acceleratedGroundsFound) when the process evaluated it;
 * the unaccompanied-minor gate, the age dispute, the Art. 79(3) exit and the citations stay here.
 */
import { ACCELERATED_GROUNDS, assessAccelerated, Criterion } from '../../law';
import { JobInput, Variables } from '../support/job';
import { tableFindings } from './decision-findings';
import { acceleratedFacts } from './facts';

const GROUND_KEYS = Object.keys(ACCELERATED_GROUNDS);

export function exceptionText(c: Criterion | undefined): string | null {
  return c ? `${c.citation}: ${c.titleTr}` : null;
}

export function acceleratedCriteria({ variables }: JobInput): Variables {
  const facts = acceleratedFacts(variables);
  const found = tableFindings(variables, 'acceleratedGroundsFound', GROUND_KEYS);
  if (found) for (const key of GROUND_KEYS) (facts as unknown as Record<string, unknown>)[key] = found.has(key);
  const result = assessAccelerated(facts);
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
