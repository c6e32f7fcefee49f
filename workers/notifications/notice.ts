/**
 * Content of the notices the procedures send. Decision notices carry the factual and legal reasons and the
 * appeal route with its period, addressed to the person, the legal representative or the lawyer
 * (Arts. 72(3), 78(6), 25(2)). Periods come from the dated parameters in force on the notification day.
 */
import { AppealableDecision, appealRoutes, periodEnd, turkeyDateOf, valueInForce } from '../../law';
import { InvalidJobInputError, Variables } from '../support/job';

export type AddresseeRole = 'person' | 'legal-representative' | 'lawyer' | 'officers';

export interface AppealInfo {
  route: string;
  titleTr: string;
  citation: string;
  period: { value: number; unit: string; reference: string } | null;
  /** Last moment to file, on the legal calendar, counted from this notice. */
  dueAt: string | null;
}

export interface Notice {
  caseNumber: string;
  noticeType: string;
  citation: string;
  addressee: { role: AddresseeRole; name?: string };
  language: string;
  subject: string;
  body: string;
  payload: Record<string, unknown>;
}

interface NoticeSpec {
  subject: string;
  /** Internal notices go to the officers' queue, not to the person. */
  internal?: boolean;
  /** Which appeal routes apply, if the notice is a decision the person can challenge. */
  appeal?: (v: Variables) => AppealableDecision | 'commission-rejected' | 'permit' | undefined;
  lines: (v: Variables) => string[];
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const reasonLines = (v: Variables) => [
  `Maddi (olgusal) gerekçeler: ${str(v.factualReasons) ?? str(v.inadmissibilityReasons) ?? '—'}`,
  `Hukuki gerekçeler: ${str(v.legalReasons) ?? '—'}`,
];
const citationsOf = (list: unknown) => (Array.isArray(list) ? list.map((c) => (c as { citation?: string }).citation).filter(Boolean).join('; ') : '') || '—';
const REVIEW_TR: Record<string, string> = {
  continue: 'idari gözetim devam ediyor',
  extend: 'idari gözetim Md. 57(3) uyarınca en fazla altı ay uzatıldı',
  release: 'idari gözetim sona erdirildi',
};
const DECISION_TR: Record<string, string> = {
  refugee: 'mülteci statüsü verilmiştir',
  'conditional-refugee': 'şartlı mülteci statüsü verilmiştir',
  'subsidiary-protection': 'ikincil koruma statüsü verilmiştir',
  granted: 'uluslararası koruma verilmiştir',
  rejected: 'başvurunuz reddedilmiştir',
};

export const NOTICE_TYPES: Record<string, NoticeSpec> = {
  'registration-information': {
    subject: 'Başvuru kaydı ve bilgilendirme',
    lines: (v) => [
      'Uluslararası koruma başvurunuz kaydedilmiştir. Kayıt belgesi ücretsizdir (Md. 69).',
      `Kişisel görüşme en geç ${str(v.interviewDueAt)?.slice(0, 10) ?? 'bildirilecek tarihte'} yapılacaktır (Md. 69(5), 75(1)).`,
      'Usul, yükümlülükleriniz, işbirliği yapmamanın sonuçları ve itiraz süreleri hakkında bilgilendirildiniz; talep hâlinde tercüman sağlanır (Md. 70).',
    ],
  },
  'decision-delay': {
    subject: 'Başvurunuz hakkında karar süresi',
    lines: () => ['Başvurunuz hakkında kayıt tarihinden itibaren altı ay içinde karar verilememiştir; inceleme sürmektedir (Md. 78(1)).'],
  },
  'ip-decision': {
    subject: 'Uluslararası koruma başvurunuz hakkında karar',
    appeal: (v) => (v.ipDecision === 'rejected' ? 'regular' : undefined),
    lines: (v) => [`Karar: ${DECISION_TR[String(v.ipDecision)] ?? String(v.ipDecision)} (Md. 78).`, ...reasonLines(v)],
  },
  'commission-decision': {
    subject: 'Uluslararası Koruma Değerlendirme Komisyonu kararı',
    appeal: (v) => (v.commissionDecision === 'rejected' ? 'commission-rejected' : undefined),
    lines: (v) => [`Komisyon itirazınızı ${v.commissionDecision === 'accepted' ? 'kabul etmiştir' : 'reddetmiştir'} (Md. 80(1)(a)).`, `Gerekçe: ${str(v.commissionReasons) ?? '—'}`],
  },
  'accelerated-decision': {
    subject: 'Hızlandırılmış değerlendirme sonucunda verilen karar',
    appeal: (v) => (v.acceleratedDecision === 'rejected' ? 'accelerated' : undefined),
    lines: (v) => [`Karar: ${DECISION_TR[String(v.acceleratedDecision)] ?? String(v.acceleratedDecision)} (Md. 79, 78).`, ...reasonLines(v)],
  },
  'inadmissibility-decision': {
    subject: 'Başvurunuzun kabul edilemez olduğuna dair karar',
    appeal: () => 'inadmissible',
    lines: (v) => [`Başvurunuz Md. 72(1)(${String(v.inadmissibilityGround ?? '?')}) uyarınca kabul edilemez bulunmuştur (Md. 72).`, `Gerekçe: ${str(v.inadmissibilityReasons) ?? '—'}`],
  },
  'right-to-stay-pending-return': {
    subject: 'Geri gönderme tamamlanıncaya kadar Türkiye’de kalma hakkı',
    lines: () => ['Birinci iltica ülkesine veya güvenli üçüncü ülkeye geri gönderme işlemleri tamamlanıncaya kadar Türkiye’de kalabilirsiniz. Bu ülke sizi kabul etmezse başvurunuzun incelenmesine devam edilir (Md. 73, 74(1)).'],
  },
  'application-withdrawn': {
    subject: 'Başvurunuzun geri çekilmesi',
    lines: () => ['Gönüllü geri dönüş talebiniz, başvurunuzun yazılı olarak geri çekilmesi sayılmıştır; başvurunuzun değerlendirilmesi sona ermiştir (Md. 77(1)(a)).'],
  },
  'application-deemed-withdrawn': {
    subject: 'Başvurunuzun geri çekilmiş sayılması',
    lines: (v) => [`Başvurunuz Md. 77(1) uyarınca geri çekilmiş sayılmıştır (${citationsOf(v.withdrawalGrounds)}); değerlendirme sona ermiştir. Gerekçe: ${str(v.withdrawalReasons) ?? '—'}`],
  },
  'applicant-detention': {
    subject: 'Başvuru sahibi olarak idari gözetim kararı',
    lines: (v) => [
      `Md. 68(2) uyarınca istisnai olarak idari gözetim altına alındınız (${citationsOf(v.applicantDetentionGrounds)}). Gerekçe: ${str(v.applicantDetentionReasons) ?? '—'}`,
      `Gözetim en geç ${str(v.applicantDetentionDueAt)?.slice(0, 10) ?? '—'} tarihinde sona erer; otuz günü geçemez (Md. 68(5)). Sulh ceza hâkimine başvurabilirsiniz; başvuru gözetimi durdurmaz, hâkim beş gün içinde karar verir (Md. 68(7)).`,
    ],
  },
  'applicant-detention-ended': {
    subject: 'Başvuru sahibinin idari gözetiminin sona ermesi',
    lines: (v) => [`İdari gözetiminiz sona ermiştir (${str(v.applicantDetentionEndedAs) ?? '—'}; Md. 68(5)).`],
  },
  'victim-permit-granted': {
    subject: 'İnsan ticareti mağdurlarına yönelik ikamet izni',
    lines: (v) => [`Düşünme süresi için ikamet izniniz ${str(v.permitValidUntil) ?? '—'} tarihine kadar geçerlidir (Md. 48(1)). Diğer ikamet izni şartları aranmamıştır (Md. 48(2)).`],
  },
  'victim-permit-expiry-reminder': {
    subject: 'Mağdur ikamet izninin bitimine 15 gün kaldı',
    internal: true,
    lines: (v) => [`İzin ${str(v.permitValidUntil) ?? '—'} tarihinde sona erecek; yenileme kararı verilmelidir (Md. 49(1); karar E.6).`],
  },
  'victim-permit-renewed': {
    subject: 'İkamet izninizin yenilenmesi',
    lines: (v) => [`İkamet izniniz ${str(v.permitValidUntil) ?? '—'} tarihine kadar yenilenmiştir (Md. 49(1)). Toplam süre üç yılı geçemez.`],
  },
  'victim-permit-ended': {
    subject: 'İkamet izninizin ve destek programının sona ermesi',
    appeal: () => 'permit',
    lines: (v) => [`İzniniz sona ermiştir (${str(v.permitEndReason) ?? '—'}). Gerekçe: ${str(v.terminationReasons) ?? str(v.reviewReasons) ?? '—'}`],
  },
  'removal-decision': {
    subject: 'Hakkınızda alınan sınır dışı etme kararı',
    appeal: () => 'removal',
    lines: (v) => [
      `Hakkınızda Md. 54 uyarınca sınır dışı etme kararı alınmıştır (${citationsOf(v.removalGrounds)}). Gerekçe: ${str(v.removalReasons) ?? '—'}`,
      typeof v.departureDays === 'number' && v.departureDays > 0
        ? `Türkiye’yi terk etmeniz için ${v.departureDays} gün süre verilmiştir (Md. 56(1)); çıkış izin belgesi ücretsizdir (Md. 56(2)).`
        : 'Türkiye’yi terk için süre verilmemiştir (Md. 56(1)).',
      v.removalStaysDuringProceedings === false
        ? 'Dava açılması sınır dışı etmeyi durdurmaz (Md. 53(3): Md. 54(1)(b), (d), (k) veya 54(2) kapsamındasınız).'
        : 'Dava açma süresi içinde ve dava açılırsa yargılama sonuçlanıncaya kadar, rızanız olmadıkça sınır dışı edilmezsiniz (Md. 53(3)).',
    ],
  },
  'removal-detention': {
    subject: 'İdari gözetim kararı',
    lines: (v) => [
      `Md. 57(2) uyarınca idari gözetim altına alındınız (${citationsOf(v.detentionGrounds)}). Gerekçe: ${str(v.detentionReasons) ?? '—'}`,
      `Gözetim altı ayı geçemez (Md. 57(3)); her ay değerlendirilir (Md. 57(4)). Karara karşı sulh ceza hâkimine başvurabilirsiniz; başvuru gözetimi durdurmaz, hâkim beş gün içinde karar verir (Md. 57(6)).`,
    ],
  },
  'removal-detention-review': {
    subject: 'İdari gözetimin aylık değerlendirmesi',
    lines: (v) => [`Aylık değerlendirme sonucu: ${REVIEW_TR[String(v.detentionReview)] ?? '—'} (Md. 57(4), (5)). ${str(v.detentionReviewReasons) ?? ''}`.trim()],
  },
  'removal-detention-ended': {
    subject: 'İdari gözetimin sona ermesi',
    lines: (v) => [`İdari gözetiminiz sona ermiştir (${str(v.detentionEndedAs) ?? '—'}). Belirlenen adreste ikamet ve bildirim yükümlülüğü getirilebilir (Md. 57(4)).`],
  },
  'voluntary-return-blocked': {
    subject: 'Gönüllü geri dönüş talebiniz',
    lines: (v) => [`Talep ettiğiniz ülkeye geri dönüşünüz, geri gönderme yasağı nedeniyle gerçekleştirilemez (Md. 4). ${str(v.nonRefoulementReasons) ?? ''}`.trim()],
  },
};

/** Arts. 72(3), 78(6), 25(2): the representative or the lawyer receives the notice when there is one. */
export function addressee(v: Variables, internal: boolean): Notice['addressee'] {
  if (internal) return { role: 'officers' };
  const rep = v.representative as { kind?: string; fullName?: string } | undefined | null;
  if (rep && typeof rep === 'object' && (rep.kind === 'lawyer' || rep.kind === 'legal-representative')) {
    return { role: rep.kind, ...(str(rep.fullName) ? { name: str(rep.fullName) } : {}) };
  }
  const person = (v.applicant ?? v.person) as { fullName?: string } | undefined | null;
  return { role: 'person', ...(person && str(person.fullName) ? { name: str(person.fullName) } : {}) };
}

export function appealInfo(kind: ReturnType<NonNullable<NoticeSpec['appeal']>>, notifiedAt: string): AppealInfo[] {
  if (!kind) return [];
  if (kind === 'permit') {
    // Art. 25(2) names the right to appeal, not its period; the general administrative-court period applies.
    return [{ route: 'courtAction', titleTr: 'İdare mahkemesinde dava (Md. 25(2))', citation: 'Art. 25(2)', period: null, dueAt: null }];
  }
  const routes = appealRoutes(kind === 'commission-rejected' ? 'regular' : kind).remedies.filter((r) => kind !== 'commission-rejected' || r.code === 'courtAction');
  const day = turkeyDateOf(notifiedAt);
  return routes.map((r) => {
    if (!r.filingPeriod) return { route: r.code, titleTr: r.titleTr, citation: r.citation, period: null, dueAt: null };
    const inForce = valueInForce(r.filingPeriod, day);
    return {
      route: r.code,
      titleTr: r.titleTr,
      citation: r.citation,
      period: { value: inForce.value, unit: inForce.unit, reference: inForce.reference },
      dueAt: periodEnd({ start: day, parameter: r.filingPeriod }).dueAt,
    };
  });
}

const UNIT_TR: Record<string, string> = { days: 'gün', workingDays: 'iş günü', months: 'ay', years: 'yıl', hours: 'saat' };

export function composeNotice(noticeType: string, citation: string, v: Variables, notifiedAt: string): Notice {
  const spec = NOTICE_TYPES[noticeType];
  if (!spec) throw new InvalidJobInputError(`unknown noticeType ${noticeType}`);
  const caseNumber = str(v.applicationNumber) ?? str(v.caseNumber);
  if (!caseNumber) throw new InvalidJobInputError('variable applicationNumber or caseNumber is required');
  const appeals = appealInfo(spec.appeal?.(v), notifiedAt);
  const appealLines = appeals.map((a) =>
    a.period
      ? `İtiraz yolu: ${a.titleTr} — tebliğden itibaren ${a.period.value} ${UNIT_TR[a.period.unit] ?? a.period.unit} içinde, son gün ${a.dueAt!.slice(0, 10)} (${a.citation}).`
      : `İtiraz yolu: ${a.titleTr} (${a.citation}).`,
  );
  const person = (v.applicant ?? v.person) as { language?: string } | undefined | null;
  return {
    caseNumber,
    noticeType,
    citation,
    addressee: addressee(v, spec.internal === true),
    language: (person && str(person.language)) ?? 'tr',
    subject: spec.subject,
    body: [...spec.lines(v), ...appealLines].join('\n'),
    payload: { appeals, notifiedAt },
  };
}
