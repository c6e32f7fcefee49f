/**
 * Every job type the procedures use, with its pure handler. The BPMN files in processes/ reference
 * exactly these types (checked by processes/test/coverage.spec.ts); WorkersModule starts one SDK
 * job worker per entry.
 */
import { periodEndHandler } from './calendar/period-end';
import { victimPermitTerm } from './calendar/victim-permit-term';
import { NoticeOutbox } from './notifications/outbox';
import { sendNotice, SendNoticeDeps } from './notifications/send-notice';
import { proposeCodes } from './restrictions/propose-codes';
import { acceleratedCriteria } from './rules/accelerated-criteria';
import { inadmissibilityGrounds } from './rules/inadmissibility-grounds';
import { screenApplication } from './rules/screen-application';
import { decisionGuard } from './rules/decision-guard';
import { removalGrounds } from './rules/removal-grounds';
import { applicantDetention, deemedWithdrawal } from './rules/applicant-status';
import { detentionTerm } from './calendar/detention-term';
import { victimRenewal } from './rules/victim-renewal';
import { victimTermination } from './rules/victim-termination';
import { voluntaryReturnScreening } from './rules/voluntary-return-screening';
import { JobHandler } from './support/job';

export type WorkerDeps = SendNoticeDeps;

/**
 * What the server gives the workers. `now` is only the fallback for a notice job that carries no engine time:
 * the notice instant comes from the job (`noticeClock`, FEEL now() on the engine clock; see send-notice.ts).
 */
export function runtimeWorkerDeps(outbox: NoticeOutbox): WorkerDeps {
  return { outbox, now: Date.now };
}

export interface JobTypeDefinition {
  type: string;
  description: string;
  handler: (deps: WorkerDeps) => JobHandler;
  /** BPMN error codes the handler may throw (business outcomes the diagram must catch). */
  errors?: string[];
}

const pure = (h: JobHandler) => () => h;

export const JOB_TYPES: readonly JobTypeDefinition[] = [
  { type: 'yukk.rules.screen-application', description: 'Arts. 72–74 and 79 at registration; proposed route', handler: pure(screenApplication) },
  { type: 'yukk.rules.accelerated-criteria', description: 'Art. 79(1)(a)–(f), exceptions 79(3), 79(4)', handler: pure(acceleratedCriteria) },
  { type: 'yukk.rules.inadmissibility-grounds', description: 'Art. 72(1), first country Art. 73, safe third country Art. 74', handler: pure(inadmissibilityGrounds) },
  { type: 'yukk.rules.victim-termination', description: 'Programme termination grounds [S0 Q5], duress override (E.6)', handler: pure(victimTermination) },
  { type: 'yukk.rules.victim-renewal', description: 'Art. 49(1) renewal grounds and 3-year cap', handler: pure(victimRenewal), errors: ['VICTIM_RENEWAL_REFUSED'] },
  { type: 'yukk.rules.voluntary-return-screening', description: 'Art. 87 eligibility, checks and effects (E.7)', handler: pure(voluntaryReturnScreening), errors: ['RETURN_NOT_VOLUNTARY'] },
  { type: 'yukk.rules.removal-grounds', description: 'Art. 54 grounds, Art. 55 bars, Art. 53(3) stay, Art. 56 departure, Art. 57(2) detention grounds', handler: pure(removalGrounds) },
  { type: 'yukk.rules.deemed-withdrawal', description: 'Art. 77(1)(a)–(e) deemed withdrawal', handler: pure(deemedWithdrawal) },
  { type: 'yukk.rules.applicant-detention', description: 'Art. 68(2) grounds, Art. 71 alternatives first, 30-day maximum', handler: pure(applicantDetention) },
  { type: 'yukk.rules.decision-guard', description: 'Re-runs the rule behind an officer decision; refuses what the law forbids', handler: pure(decisionGuard) },
  { type: 'yukk.calendar.detention-term', description: 'Removal detention: 48-hour transfer, 6-month cap, extension cap (Art. 57)', handler: pure(detentionTerm) },
  { type: 'yukk.calendar.period-end', description: 'Due instant of a statutory period on the legal calendar', handler: pure(periodEndHandler) },
  { type: 'yukk.calendar.victim-permit-term', description: 'Victim permit validity, reminder and 3-year cap (Arts. 48–49)', handler: pure(victimPermitTerm), errors: ['VICTIM_RENEWAL_REFUSED'] },
  { type: 'yukk.notifications.send-notice', description: 'Notice into the outbox (Arts. 72(3), 78(6), 25(2))', handler: (deps) => sendNotice(deps) },
  { type: 'yukk.restrictions.propose-codes', description: 'Restriction-code proposals from [S3]', handler: pure(proposeCodes) },
];

export function findJobType(type: string): JobTypeDefinition | undefined {
  return JOB_TYPES.find((j) => j.type === type);
}
