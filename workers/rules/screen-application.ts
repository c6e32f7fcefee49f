/**
 * yukk.rules.screen-application — at registration, both rule sets at once, and a proposed route.
 * Inadmissibility comes first: once a ground appears the examination stops (Art. 72(2)), so an
 * accelerated examination of the merits would be pointless. The officer routes (user task ipa-route).
 */
import { JobInput, Variables } from '../support/job';
import { acceleratedCriteria } from './accelerated-criteria';
import { inadmissibilityGrounds } from './inadmissibility-grounds';

export function screenApplication(input: JobInput): Variables {
  const inadmissibility = inadmissibilityGrounds(input);
  const accelerated = acceleratedCriteria(input);
  const hasAcceleratedGrounds =
    accelerated.acceleratedRuleOutcome === 'accelerated' ||
    // grounds set aside only until the age dispute is resolved inside the accelerated procedure (E.5)
    (accelerated.acceleratedRuleOutcome === 'ageDisputePending' && (accelerated.acceleratedExcluded as unknown[]).length > 0);
  const proposedRoute =
    inadmissibility.inadmissibilityRuleOutcome === 'inadmissible' ? 'inadmissibility' : hasAcceleratedGrounds ? 'accelerated' : 'regular';
  return { ...inadmissibility, ...accelerated, proposedRoute };
}
