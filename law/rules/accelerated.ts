/**
 * Accelerated procedure, Art. 79 (brief A1, E.4, E.5).
 * Art. 79(1): each ground alone suffices. Exceptions first: Art. 79(4) (unaccompanied minor, never accelerated),
 * an open age dispute (must be resolved first, E.5), Art. 79(3) (examination clearly takes long → regular track).
 */
import { criteria, Criterion, pick, RuleResult } from './criterion';
import type { ParameterId } from '../parameters/catalogue';

/** Facts for the Art. 79 check; booleans, as BPMN process variables. A missing ground counts as not established. */
export interface AcceleratedFacts {
  /** Unaccompanied minor (Art. 66): never in the accelerated track, Art. 79(4). */
  unaccompaniedMinor: boolean;
  /** The applicant's age is disputed; an officer must resolve it before any Art. 79 decision (E.5). */
  ageDisputed?: boolean;
  /** Art. 79(1)(a): raised only matters unrelated to international protection. */
  onlyUnrelatedMatters?: boolean;
  /** Art. 79(1)(b): misled the authorities with false documents or misleading information, or withheld adverse information/documents. */
  misledAuthorities?: boolean;
  /** Art. 79(1)(c): maliciously destroyed or discarded identity/travel documents to hide identity or nationality. */
  destroyedDocuments?: boolean;
  /** Art. 79(1)(ç): in administrative detention pending removal (Art. 57). */
  inRemovalDetention?: boolean;
  /** Art. 79(1)(d): applied solely to delay or prevent a removal. */
  appliedToDelayRemoval?: boolean;
  /** Art. 79(1)(e): danger to public order or public security. */
  publicOrderThreat?: boolean;
  /** Art. 79(1)(e): previously removed from Türkiye for public order or security reasons. */
  previouslyRemovedForPublicOrder?: boolean;
  /** Art. 79(1)(f): re-applied after the application was deemed withdrawn (Art. 77). */
  reappliedAfterDeemedWithdrawal?: boolean;
  /** Art. 79(3): an officer found that the examination will clearly take long. */
  examinationWillTakeLong?: boolean;
}

export const ACCELERATED_GROUNDS = criteria('accelerated', {
  /** TR, Art. 79(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru yaparken, uluslararası koruma ile ilgisi olmayan konuları ileri sürmesi» */
  onlyUnrelatedMatters: {
    citation: 'Art. 79(1)(a)',
    titleTr: 'Uluslararası koruma ile ilgisi olmayan konuları ileri sürmüş olması',
    titleEn: 'Raised only matters unrelated to international protection',
  },
  /** TR, Art. 79(1)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Sahte belge ibraz ederek, yanıltıcı bilgi veya belge sunarak ya da karar verilmesini olumsuz etkileyecek bilgi ve belgeleri saklayarak makamları yanıltması» */
  misledAuthorities: {
    citation: 'Art. 79(1)(b)',
    titleTr: 'Sahte belge ibrazı, yanıltıcı bilgi veya belge ya da olumsuz bilgi ve belgeleri saklayarak makamları yanıltmış olması',
    titleEn: 'Misled the authorities with false documents or misleading information, or by withholding adverse information',
  },
  /** TR, Art. 79(1)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Kimliğini veya uyruğunu gizlemek amacıyla kimlik veya seyahat belgelerini kötü niyetle imha etmesi veya elden çıkarması» */
  destroyedDocuments: {
    citation: 'Art. 79(1)(c)',
    titleTr: 'Kimliğini veya uyruğunu gizlemek amacıyla kimlik veya seyahat belgelerini kötü niyetle imha etmiş veya elden çıkarmış olması',
    titleEn: 'Maliciously destroyed or discarded identity or travel documents to hide identity or nationality',
  },
  /** TR, Art. 79(1)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Sınır dışı edilmek üzere idari gözetim altına alınmış olması» */
  inRemovalDetention: {
    citation: 'Art. 79(1)(ç)',
    titleTr: 'Sınır dışı edilmek üzere idari gözetim altına alınmış olması',
    titleEn: 'In administrative detention pending removal (Art. 57)',
  },
  /** TR, Art. 79(1)(d), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Sadece sınır dışı edilme kararını ertelemek veya engellemek amacıyla başvuruda bulunması» */
  appliedToDelayRemoval: {
    citation: 'Art. 79(1)(d)',
    titleTr: 'Sadece sınır dışı edilme kararını ertelemek veya engellemek amacıyla başvuruda bulunmuş olması',
    titleEn: 'Applied solely to delay or prevent a removal',
  },
  /** TR, Art. 79(1)(e), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Kamu düzeni veya kamu güvenliği açısından tehlike oluşturması ya da daha önce bu gerekçelerle Türkiye’den sınır dışı edilmiş olması» */
  publicOrderThreat: {
    citation: 'Art. 79(1)(e)',
    titleTr: 'Kamu düzeni veya kamu güvenliği açısından tehlike oluşturması',
    titleEn: 'Danger to public order or public security',
  },
  /** TR, Art. 79(1)(e), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «… ya da daha önce bu gerekçelerle Türkiye’den sınır dışı edilmiş olması» */
  previouslyRemovedForPublicOrder: {
    citation: 'Art. 79(1)(e)',
    titleTr: 'Kamu düzeni veya kamu güvenliği gerekçesiyle daha önce sınır dışı edilmiş olması',
    titleEn: 'Previously removed for public order or public security reasons',
  },
  /** TR, Art. 79(1)(f), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvurusu geri çekilmiş sayıldıktan sonra tekrar başvuruda bulunması; hâllerinde başvuru hızlandırılmış olarak değerlendirilir» */
  reappliedAfterDeemedWithdrawal: {
    citation: 'Art. 79(1)(f)',
    titleTr: 'Başvurusu geri çekilmiş sayıldıktan sonra tekrar başvuruda bulunmuş olması',
    titleEn: 'Re-applied after the application was deemed withdrawn (Art. 77)',
  },
});

export const ACCELERATED_EXCEPTIONS = criteria('accelerated', {
  /** TR, Art. 79(4), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Refakatsiz çocukların başvuruları hızlandırılmış değerlendirmeye alınmaz» */
  unaccompaniedMinor: {
    citation: 'Art. 79(4)',
    titleTr: 'Refakatsiz çocuklar hızlandırılmış değerlendirmeye alınamaz',
    titleEn: 'Unaccompanied minors are never in the accelerated procedure',
  },
  /** Product decision E.5 (with Art. 79(4)): a product decision, no statutory wording. */
  ageDisputeUnresolved: {
    citation: 'Art. 79(4); product decision E.5',
    titleTr: 'Yaş tespiti uyuşmazlığı önce çözülmelidir',
    titleEn: 'The age dispute must be resolved first',
  },
  /** TR, Art. 79(3), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Değerlendirmenin uzun süreceğinin anlaşılması hâlinde, başvuru genel hükümlere göre değerlendirilir» */
  examinationWillTakeLong: {
    citation: 'Art. 79(3)',
    titleTr: 'Değerlendirmenin uzun süreceğinin anlaşılması: başvuru genel hükümlere göre değerlendirilir',
    titleEn: 'Examination will clearly take long: the application follows the regular procedure',
  },
});

/**
 * - `accelerated`: at least one Art. 79(1) ground and no exception.
 * - `notAccelerated`: no ground.
 * - `excludedUnaccompaniedMinor`: Art. 79(4); the grounds found are reported in `excluded`.
 * - `ageDisputePending`: resolve the age dispute first (user task), then re-run.
 * - `regularTrack`: Art. 79(3) exit; regular interview (Art. 75(1)) and decision (Art. 78(1)) periods run.
 */
export type AcceleratedOutcome = 'accelerated' | 'notAccelerated' | 'excludedUnaccompaniedMinor' | 'ageDisputePending' | 'regularTrack';

export interface AcceleratedResult extends RuleResult<AcceleratedOutcome> {
  /** The exception that decided the outcome, if any. */
  exception?: Criterion;
  /** Parameters for the timers of the resulting track. */
  periods: ParameterId[];
}

export function assessAccelerated(facts: AcceleratedFacts): AcceleratedResult {
  const grounds = pick(ACCELERATED_GROUNDS, facts as unknown as Record<string, unknown>);

  // Exceptions first: they override any number of grounds, and the officer still sees the grounds set aside.
  if (facts.unaccompaniedMinor === true) {
    const exception = ACCELERATED_EXCEPTIONS.unaccompaniedMinor;
    return { outcome: 'excludedUnaccompaniedMinor', matched: [], excluded: grounds, exception, periods: regularPeriods };
  }
  if (facts.ageDisputed === true) {
    const exception = ACCELERATED_EXCEPTIONS.ageDisputeUnresolved;
    return { outcome: 'ageDisputePending', matched: [], excluded: grounds, exception, periods: [] };
  }
  if (grounds.length === 0) return { outcome: 'notAccelerated', matched: [], periods: regularPeriods };
  if (facts.examinationWillTakeLong === true) {
    const exception = ACCELERATED_EXCEPTIONS.examinationWillTakeLong;
    return { outcome: 'regularTrack', matched: [], excluded: grounds, exception, periods: regularPeriods };
  }
  return { outcome: 'accelerated', matched: grounds, periods: ['accelerated.interviewPeriod', 'accelerated.decisionPeriod'] };
}

const regularPeriods: ParameterId[] = ['regular.interviewPeriod', 'regular.decisionPeriod'];

/** One member of a family file (Art. 78(2): one decision covers the family). */
export interface FamilyMemberFacts {
  memberId: string;
  /** Adult member; a ground of an adult is shown on the family file (E.5). */
  adult: boolean;
  facts: AcceleratedFacts;
}

export interface FamilyAcceleratedResult {
  members: Array<{ memberId: string; result: AcceleratedResult }>;
  /** Grounds of adult members, each with the member it belongs to. */
  groundsOnFile: Array<{ memberId: string; criterion: Criterion }>;
  /** True when an adult has a ground: the officer decides whether the whole file goes to the accelerated track (E.5). */
  officerDecisionRequired: boolean;
  /** Members that can never be in the accelerated track (Art. 79(4)) or wait for an age decision (E.5). */
  blockedMembers: Array<{ memberId: string; exception: Criterion }>;
}

/** Art. 78(2) with E.5: shows every adult's grounds on the family file; never decides for the family. */
export function assessAcceleratedFamily(members: FamilyMemberFacts[]): FamilyAcceleratedResult {
  const results = members.map((m) => ({ memberId: m.memberId, adult: m.adult, result: assessAccelerated(m.facts) }));
  const groundsOnFile = results
    .filter((r) => r.adult && r.result.outcome === 'accelerated')
    .flatMap((r) => r.result.matched.map((criterion) => ({ memberId: r.memberId, criterion })));
  const blockedMembers = results
    .filter((r) => r.result.outcome === 'excludedUnaccompaniedMinor' || r.result.outcome === 'ageDisputePending')
    .map((r) => ({ memberId: r.memberId, exception: r.result.exception as Criterion }));
  return {
    members: results.map(({ memberId, result }) => ({ memberId, result })),
    groundsOnFile,
    officerDecisionRequired: groundsOnFile.length > 0,
    blockedMembers,
  };
}
