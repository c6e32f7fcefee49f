/**
 * yukk.restrictions.propose-codes — restriction (tahdit) codes the sources define for a situation ([S3];
 * brief D). Always proposals: an officer confirms them (form removal-assessment), nothing is entered here.
 * Task header `situation`: ip-rejected | ip-inadmissible | tp-voluntary-return | victim-permit-ended |
 * removal-lawsuit (V-154 while the action against the removal decision is pending, Art. 53(3)) |
 * removal-enforceable (Ç-113 unlawful entry/exit, Ç-150 false documents, Ç-135 unpaid fine, from `removalFacts`).
 */
import { CONDUCT_GROUNDS, proposeRestrictionCodes, RestrictionCodeFacts, VICTIM_TERMINATION_GROUNDS } from '../../law';
import { InvalidJobInputError, JobInput, Variables } from '../support/job';
import { optionalObject, requireHeader } from '../support/variables';

/** The situations restrictionFacts knows (task header `situation`). */
export const SITUATIONS = ['ip-rejected', 'ip-inadmissible', 'tp-voluntary-return', 'victim-permit-ended', 'removal-lawsuit', 'removal-enforceable'] as const;

const CONDUCT_CODES = new Set<string>(CONDUCT_GROUNDS.map((k) => VICTIM_TERMINATION_GROUNDS[k].code));

export function restrictionFacts(situation: string, v: Variables): RestrictionCodeFacts {
  switch (situation) {
    case 'ip-rejected':
      return {
        negativeProtectionOutcome: v.acceleratedDecision === 'rejected' ? 'acceleratedRejected' : 'rejected',
        // false documents found when the file entered the accelerated track (Art. 79(1)(b)) → Ç-150 ([S3])
        falseDocumentsAtEntry: optionalObject(v, 'facts')?.misledAuthorities === true,
      };
    case 'ip-inadmissible':
      return { negativeProtectionOutcome: 'inadmissible' };
    case 'tp-voluntary-return':
      return { temporaryProtectionVoluntaryReturn: true };
    case 'victim-permit-ended': {
      const grounds = Array.isArray(v.terminationGrounds) ? (v.terminationGrounds as Array<{ code?: string }>) : [];
      // V-69 is for permits cancelled for breaches: only a termination on a conduct ground qualifies.
      return { permitCancelledForBreach: v.permitEndReason === 'terminated' && grounds.some((g) => CONDUCT_CODES.has(String(g.code))) };
    }
    case 'removal-lawsuit':
      return { removalLawsuitPending: true };
    case 'removal-enforceable': {
      const f = optionalObject(v, 'removalFacts') ?? {};
      return { unlawfulEntryOrExit: f.unlawfulEntryOrExit === true, falseDocumentsAtEntry: f.falseInformationOrForgedDocuments === true, unpaidFine: f.unpaidFine === true };
    }
    default:
      throw new InvalidJobInputError(`unknown situation ${situation}`);
  }
}

export function proposeCodes(input: JobInput): Variables {
  const result = proposeRestrictionCodes(restrictionFacts(requireHeader(input, 'situation'), input.variables));
  return { restrictionOutcome: result.outcome, restrictionProposals: result.matched };
}
