/** yukk.rules.inadmissibility-grounds — Art. 72(1) grounds, Art. 73 first country, Art. 74 safe third country. */
import { assessInadmissibility } from '../../law';
import { JobInput, Variables } from '../support/job';
import { inadmissibilityFacts } from './facts';

export function inadmissibilityGrounds({ variables }: JobInput): Variables {
  const result = assessInadmissibility(inadmissibilityFacts(variables));
  return {
    inadmissibilityRuleOutcome: result.outcome,
    inadmissibilityCriteria: result.matched,
    inadmissibilityUnmet: result.unmet,
    inadmissibilityRoutes: result.routes,
    inadmissibilityStops: result.stops ?? null,
  };
}
