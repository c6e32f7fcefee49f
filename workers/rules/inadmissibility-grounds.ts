/**
 * yukk.rules.inadmissibility-grounds — Art. 72(1) grounds, Art. 73 first country, Art. 74 safe third country.
 * The Art. 72(1)(a)–(c)/Art. 73 grounds come from the decision table `inadmissibility-grounds` (variable
 * inadmissibilityGroundsFound) when the process evaluated it; the safe third country (all of Art. 74(1)–(3),
 * with what is unmet), the return routes and the citations stay here.
 */
import { assessInadmissibility, InadmissibilityFacts } from '../../law';
import { JobInput, Variables } from '../support/job';
import { tableFindings } from './decision-findings';
import { inadmissibilityFacts } from './facts';

const SIMPLE = ['repeatWithoutNewGrounds', 'ownApplicationAfterConsentWithoutCause', 'ownApplicationAfterRejectionWithoutNewGrounds'] as const;
const FIRST_COUNTRY = ['recognisedAndCanStillAvail', 'sufficientEffectiveProtection'] as const;
const TABLE_KEYS = [...SIMPLE, ...FIRST_COUNTRY.map((k) => `firstCountryOfAsylum.${k}`)];

export function inadmissibilityGrounds({ variables }: JobInput): Variables {
  const facts: InadmissibilityFacts = inadmissibilityFacts(variables);
  const found = tableFindings(variables, 'inadmissibilityGroundsFound', TABLE_KEYS);
  if (found) {
    for (const k of SIMPLE) facts[k] = found.has(k);
    // A claimed first country keeps its country; which Art. 73 condition holds is the table's finding.
    if (facts.firstCountryOfAsylum) for (const k of FIRST_COUNTRY) facts.firstCountryOfAsylum[k] = found.has(`firstCountryOfAsylum.${k}`);
  }
  const result = assessInadmissibility(facts);
  return {
    inadmissibilityRuleOutcome: result.outcome,
    inadmissibilityCriteria: result.matched,
    inadmissibilityUnmet: result.unmet,
    inadmissibilityRoutes: result.routes,
    inadmissibilityStops: result.stops ?? null,
  };
}
