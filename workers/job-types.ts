/**
 * Every job type the procedures use, with its pure handler. The BPMN files in processes/ reference
 * exactly these types (checked by processes/test/coverage.spec.ts); WorkersModule starts one SDK
 * job worker per entry.
 */
import { listParameters } from '../law';
import { periodEndHandler } from './calendar/period-end';
import { victimPermitTerm } from './calendar/victim-permit-term';
import { NoticeOutbox } from './notifications/outbox';
import { NOTICE_TYPES } from './notifications/notice';
import { sendNotice, SendNoticeDeps } from './notifications/send-notice';
import { proposeCodes, SITUATIONS } from './restrictions/propose-codes';
import { acceleratedCriteria } from './rules/accelerated-criteria';
import { inadmissibilityGrounds } from './rules/inadmissibility-grounds';
import { screenApplication } from './rules/screen-application';
import { decisionGuard, GUARDED_DECISIONS } from './rules/decision-guard';
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

/** Turkish and English text of a template label (the UI is Turkish, English on request). */
export interface Text {
  tr: string;
  en: string;
}

/** A process variable the worker reads or writes. `deadline`: an instant a BPMN timer may read (`timeDate`). */
export interface VariableSpec extends Text {
  name: string;
  deadline?: boolean;
  /** Inputs only: the FEEL the template maps into the variable (e.g. `=now()`); otherwise the worker reads it as it is. */
  source?: string;
}

/**
 * A task header the worker reads. `choices`: the values the worker knows (lint refuses others); `pattern`: the
 * shape of a free value; `deadline`: the header names a variable the worker writes as a due instant; `optional`: may be absent.
 */
export interface HeaderSpec extends Text {
  key: string;
  choices?: () => readonly string[];
  pattern?: RegExp;
  deadline?: boolean;
  /** The worker does without it (e.g. period-end's `valueFrom`); lint checks its shape only when it is set. */
  optional?: boolean;
}

export interface JobTypeDefinition {
  type: string;
  description: string;
  handler: (deps: WorkerDeps) => JobHandler;
  /** BPMN error codes the handler may throw (business outcomes the diagram must catch). */
  errors?: string[];
  /** What the analyst sees in the modeler: the element template is generated from this (workers/element-templates.ts). */
  name: Text;
  inputs: readonly VariableSpec[];
  outputs: readonly VariableSpec[];
  headers: readonly HeaderSpec[];
}

const pure = (h: JobHandler) => () => h;
const v = (name: string, tr: string, en: string, deadline = false): VariableSpec => ({ name, tr, en, ...(deadline ? { deadline } : {}) });
const CITATION: HeaderSpec = { key: 'citation', tr: 'Dayanak (ör. Art. 79(2))', en: 'Citation (e.g. Art. 79(2))', pattern: /^(Art\.|Arts\.|Product decision|brief) ?.+/ };
const FACTS = v('facts', 'Olgular (Md. 72, 79 bayrakları)', 'Facts (Art. 72, 79 flags)');

export const JOB_TYPES: readonly JobTypeDefinition[] = [
  {
    type: 'yukk.rules.screen-application', description: 'Arts. 72–74 and 79 at registration; proposed route', handler: pure(screenApplication),
    name: { tr: 'Başvuru ön incelemesi (Md. 72–74, 79)', en: 'Application screening (Arts. 72–74, 79)' },
    inputs: [FACTS],
    outputs: [v('proposedRoute', 'Önerilen yol', 'Proposed route'), v('acceleratedApplies', 'Hızlandırılmış usul uygulanır', 'Accelerated applies'), v('inadmissibilityRuleOutcome', 'Kabul edilemezlik sonucu', 'Inadmissibility outcome')],
    headers: [],
  },
  {
    type: 'yukk.rules.accelerated-criteria', description: 'Art. 79(1)(a)–(f), exceptions 79(3), 79(4)', handler: pure(acceleratedCriteria),
    name: { tr: 'Md. 79 ölçüt denetimi', en: 'Art. 79 criteria check' },
    inputs: [FACTS, v('ageDisputeOutcome', 'Yaş tespiti sonucu', 'Age dispute outcome')],
    outputs: [v('acceleratedApplies', 'Hızlandırılmış usul uygulanır', 'Accelerated applies'), v('acceleratedRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('acceleratedCriteria', 'Karşılanan ölçütler', 'Matched criteria'), v('acceleratedException', 'İstisna', 'Exception')],
    headers: [],
  },
  {
    type: 'yukk.rules.inadmissibility-grounds', description: 'Art. 72(1), first country Art. 73, safe third country Art. 74', handler: pure(inadmissibilityGrounds),
    name: { tr: 'Kabul edilemezlik denetimi (Md. 72–74)', en: 'Inadmissibility check (Arts. 72–74)' },
    inputs: [FACTS],
    outputs: [v('inadmissibilityRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('inadmissibilityCriteria', 'Karşılanan gerekçeler', 'Matched grounds'), v('inadmissibilityRoutes', 'Yollar', 'Routes')],
    headers: [],
  },
  {
    type: 'yukk.rules.victim-termination', description: 'Programme termination grounds [S0 Q5], duress override (E.6)', handler: pure(victimTermination),
    name: { tr: 'Mağdur destek programı sona erme denetimi', en: 'Victim programme termination check' },
    inputs: [v('expertReport', 'Uzman değerlendirme raporu', 'Expert evaluation report')],
    outputs: [v('terminationRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('terminationGrounds', 'Sona erme gerekçeleri', 'Termination grounds'), v('cancellationRuleOutcome', 'İzin iptali sonucu (Md. 49(2))', 'Permit cancellation outcome (Art. 49(2))')],
    headers: [],
  },
  {
    type: 'yukk.rules.victim-renewal', description: 'Art. 49(1) renewal grounds and 3-year cap', handler: pure(victimRenewal), errors: ['VICTIM_RENEWAL_REFUSED'],
    name: { tr: 'Mağdur izni uzatma denetimi (Md. 49(1))', en: 'Victim permit renewal check (Art. 49(1))' },
    inputs: [v('firstGrantDate', 'İlk izin tarihi', 'First grant date'), v('permitValidUntil', 'İzin bitiş tarihi', 'Permit valid until'), v('renewalGrounds', 'Uzatma gerekçeleri', 'Renewal grounds'), v('renewalMonths', 'İstenen ay', 'Months requested')],
    outputs: [v('renewalCriteria', 'Karşılanan gerekçeler', 'Matched grounds'), v('renewalCappedByTotal', '3 yıl sınırına takıldı', 'Capped by 3-year total'), v('renewalMonthsGranted', 'Verilen ay', 'Months granted')],
    headers: [],
  },
  {
    type: 'yukk.rules.voluntary-return-screening', description: 'Art. 87 eligibility, checks and effects (E.7)', handler: pure(voluntaryReturnScreening), errors: ['RETURN_NOT_VOLUNTARY'],
    name: { tr: 'Gönüllü geri dönüş denetimi (Md. 87)', en: 'Voluntary return screening (Art. 87)' },
    inputs: [v('personCategory', 'Kişi statüsü', 'Person category'), v('writtenRequest', 'Yazılı talep', 'Written request'), v('voluntarinessRecorded', 'Gönüllülük kaydı', 'Voluntariness recorded'), v('destination', 'Varış ülkesi', 'Destination')],
    outputs: [v('returnRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('returnEligibility', 'Uygunluk', 'Eligibility'), v('returnChecks', 'Denetimler', 'Checks'), v('returnEffects', 'Sonuçlar', 'Effects')],
    headers: [],
  },
  {
    type: 'yukk.rules.removal-grounds', description: 'Art. 54 grounds, Art. 55 bars, Art. 53(3) stay, Art. 56 departure, Art. 57(2) detention grounds', handler: pure(removalGrounds),
    name: { tr: 'Sınır dışı etme denetimi (Md. 54–57)', en: 'Removal check (Arts. 54–57)' },
    inputs: [v('removalFacts', 'Sınır dışı etme olguları', 'Removal facts')],
    outputs: [v('removalRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('removalGrounds', 'Md. 54 sebepleri', 'Art. 54 grounds'), v('removalBars', 'Md. 55 engelleri', 'Art. 55 bars'), v('removalStay', 'Md. 53(3) bekleme', 'Art. 53(3) stay'), v('departureWithheldGrounds', 'Çıkış süresi verilmeme sebepleri (Md. 56(1))', 'Departure period withheld (Art. 56(1))'), v('detentionGrounds', 'İdari gözetim sebepleri (Md. 57(2))', 'Detention grounds (Art. 57(2))')],
    headers: [],
  },
  {
    type: 'yukk.rules.deemed-withdrawal', description: 'Art. 77(1)(a)–(e) deemed withdrawal', handler: pure(deemedWithdrawal),
    name: { tr: 'Geri çekilmiş sayılma denetimi (Md. 77(1))', en: 'Deemed withdrawal check (Art. 77(1))' },
    inputs: [v('withdrawalFacts', 'Geri çekilme olguları', 'Withdrawal facts'), { ...v('ruleClock', 'Kural anı (motor saati)', 'Rule instant (engine clock)'), source: '=now()' }],
    outputs: [v('withdrawalRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('withdrawalGrounds', 'Sebepler', 'Grounds')],
    headers: [],
  },
  {
    type: 'yukk.rules.applicant-detention', description: 'Art. 68(2) grounds, Art. 71 alternatives first, 30-day maximum', handler: pure(applicantDetention),
    name: { tr: 'Başvuru sahibi idari gözetim denetimi (Md. 68)', en: 'Applicant detention check (Art. 68)' },
    inputs: [v('detentionFacts', 'İdari gözetim olguları', 'Detention facts'), { ...v('ruleClock', 'Kural anı (motor saati)', 'Rule instant (engine clock)'), source: '=now()' }],
    outputs: [v('applicantDetentionRuleOutcome', 'Kural sonucu', 'Rule outcome'), v('applicantDetentionGrounds', 'Sebepler', 'Grounds'), v('applicantDetentionMaxDays', 'Azami gün', 'Maximum days')],
    headers: [],
  },
  {
    type: 'yukk.rules.decision-guard', description: 'Re-runs the rule behind an officer decision; refuses what the law forbids', handler: pure(decisionGuard),
    name: { tr: 'Karar denetimi (kurala uygunluk)', en: 'Decision guard (rule check)' },
    inputs: [{ ...v('guardClock', 'Denetim anı (motor saati)', 'Guard instant (engine clock)'), source: '=now()' }],
    outputs: [v('guard', 'Denetim sonucu', 'Guard verdict')],
    headers: [{ key: 'decision', tr: 'Denetlenen karar', en: 'Decision checked', choices: () => GUARDED_DECISIONS }],
  },
  {
    type: 'yukk.calendar.detention-term', description: 'Removal detention: 48-hour transfer, 6-month cap, extension cap (Art. 57)', handler: pure(detentionTerm),
    name: { tr: 'İdari gözetim sürelerini hesapla (Md. 57)', en: 'Compute detention terms (Art. 57)' },
    inputs: [{ ...v('detentionClock', 'Gözetim kararı anı (motor saati)', 'Detention instant (engine clock)'), source: '=now()' }],
    outputs: [v('transferDueAt', 'Nakil süresi sonu (48 saat)', 'Transfer due (48 hours)', true), v('detentionCapAt', '6 ay sınırı', '6-month cap', true), v('detentionExtendedCapAt', 'Uzatılmış sınır', 'Extended cap', true)],
    headers: [],
  },
  {
    type: 'yukk.calendar.period-end', description: 'Due instant of a statutory period on the legal calendar', handler: pure(periodEndHandler),
    name: { tr: 'Yasal süre sonunu hesapla', en: 'Compute legal deadline' },
    inputs: [],
    outputs: [],
    headers: [
      { key: 'parameter', tr: 'Yasal süre (parametre)', en: 'Statutory period (parameter)', choices: () => listParameters().map((p) => p.id) },
      { key: 'from', tr: 'Başlangıç tarihi değişkeni', en: 'Start date variable', pattern: /^[A-Za-z_][A-Za-z0-9_]*$/ },
      { key: 'resultVariable', tr: 'Sonuç değişkeni (…DueAt)', en: 'Result variable (…DueAt)', pattern: /^[A-Za-z_][A-Za-z0-9_]*DueAt$/, deadline: true },
      { key: 'valueFrom', tr: 'Seçilen süre değişkeni (isteğe bağlı)', en: 'Chosen length variable (optional)', pattern: /^[A-Za-z_][A-Za-z0-9_]*$/, optional: true },
      CITATION,
    ],
  },
  {
    type: 'yukk.calendar.victim-permit-term', description: 'Victim permit validity, reminder and 3-year cap (Arts. 48–49)', handler: pure(victimPermitTerm), errors: ['VICTIM_RENEWAL_REFUSED'],
    name: { tr: 'Mağdur izni süresini hesapla (Md. 48–49)', en: 'Compute victim permit term (Arts. 48–49)' },
    inputs: [v('identificationBasis', 'Tespit dayanağı', 'Identification basis'), v('grantDate', 'İzin tarihi', 'Grant date')],
    outputs: [v('permitValidUntil', 'İzin bitiş tarihi', 'Permit valid until'), v('permitExpiresAt', 'İzin bitiş anı', 'Permit expiry instant', true), v('permitReminderAt', 'Hatırlatma anı', 'Reminder instant', true), v('permitCapEndsAt', '3 yıl sınırı', '3-year cap instant', true)],
    headers: [{ key: 'mode', tr: 'Kip', en: 'Mode', choices: () => ['initial', 'renewal'] }],
  },
  {
    type: 'yukk.notifications.send-notice', description: 'Notice into the outbox (Arts. 72(3), 78(6), 25(2))', handler: (deps) => sendNotice(deps),
    name: { tr: 'Tebligat gönder', en: 'Send notice' },
    inputs: [{ ...v('noticeClock', 'Tebliğ anı (motor saati)', 'Notice instant (engine clock)'), source: '=now()' }],
    outputs: [v('noticeId', 'Tebligat numarası', 'Notice id'), v('notifiedAt', 'Tebliğ anı', 'Notified at')],
    headers: [{ key: 'noticeType', tr: 'Tebligat türü', en: 'Notice type', choices: () => Object.keys(NOTICE_TYPES) }, CITATION],
  },
  {
    type: 'yukk.restrictions.propose-codes', description: 'Restriction-code proposals from [S3]', handler: pure(proposeCodes),
    name: { tr: 'Tahdit kodu öner', en: 'Propose restriction codes' },
    inputs: [v('acceleratedDecision', 'Hızlandırılmış usul kararı', 'Accelerated decision'), FACTS],
    outputs: [v('restrictionOutcome', 'Sonuç', 'Outcome'), v('restrictionProposals', 'Önerilen kodlar', 'Proposed codes')],
    headers: [{ key: 'situation', tr: 'Durum', en: 'Situation', choices: () => SITUATIONS }],
  },
];

export function findJobType(type: string): JobTypeDefinition | undefined {
  return JOB_TYPES.find((j) => j.type === type);
}
