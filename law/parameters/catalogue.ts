/**
 * Every statutory number the processes use (brief sections A and B), plus product decisions (section E).
 * Law No. 6458 was published on 11 April 2013; its procedural provisions entered into force one year later
 * (Art. 125(1)(b) [K]; the Greek text [S1] garbles it), hence the first effective date 2014-04-11. Later amendments add a dated value, never replace one.
 */
import type { LegalParameter } from './types';

const LAW_6458 = { from: '2014-04-11', reference: 'Law No. 6458' } as const;

function since6458(value: number): LegalParameter['values'] {
  return { [LAW_6458.from]: { value, reference: LAW_6458.reference } };
}

export const PARAMETERS = [
  // --- Accelerated procedure (Art. 79) ---
  {
    id: 'accelerated.interviewPeriod', citation: 'Art. 79(2)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Hızlandırılmış değerlendirmede mülakat süresi', titleEn: 'Accelerated procedure: interview period',
    startsFrom: 'registration, or the day an Art. 79(1) ground is established (E.4)', values: since6458(3),
  },
  {
    id: 'accelerated.decisionPeriod', citation: 'Art. 79(2)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Hızlandırılmış değerlendirmede mülakattan sonra karar süresi', titleEn: 'Accelerated procedure: decision period after interview',
    startsFrom: 'interview', values: since6458(5), sources: ['[K]'],
    note: 'In the Turkish text only; absent from the Greek translation [S1].',
  },
  // --- Appeals (Art. 80) ---
  {
    id: 'appeal.commissionPeriod', citation: 'Art. 80(1)(a)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'Uluslararası Koruma Değerlendirme Komisyonuna itiraz süresi', titleEn: 'Appeal to the International Protection Evaluation Commission',
    startsFrom: 'notification of the decision', values: since6458(10),
    note: 'Not available for Art. 68, 72 and 79 decisions.',
  },
  {
    id: 'appeal.courtActionPeriodInadmissibleOrAccelerated', citation: 'Art. 80(1)(ç)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'Kabul edilemez (md. 72) ve hızlandırılmış (md. 79) kararlara karşı dava açma süresi',
    titleEn: 'Court action against inadmissibility (Art. 72) and accelerated (Art. 79) decisions',
    startsFrom: 'notification of the decision', values: since6458(15),
  },
  {
    id: 'appeal.courtActionPeriodOther', citation: 'Art. 80(1)(ç)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'Diğer uluslararası koruma kararlarına karşı dava açma süresi', titleEn: 'Court action against other international-protection decisions',
    startsFrom: 'notification of the decision', values: since6458(30),
  },
  {
    id: 'appeal.courtRulingPeriod', citation: 'Art. 80(1)(d)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Mahkemenin karar süresi (md. 72 ve 79)', titleEn: 'Court ruling period (Art. 72 and 79 cases)',
    startsFrom: 'court seised', values: since6458(15), note: 'The ruling is final.',
  },
  // --- Regular procedure ---
  {
    id: 'regular.interviewPeriod', citation: 'Art. 75(1)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Kişisel mülakat süresi', titleEn: 'Personal interview period',
    startsFrom: 'application', values: since6458(30),
  },
  {
    id: 'regular.interviewRescheduleMinGap', citation: 'Art. 75(4)', unit: 'days', bound: 'min', kind: 'authority',
    titleTr: 'Ertelenen mülakatlar arasındaki asgari süre', titleEn: 'Minimum gap between interview dates',
    startsFrom: 'previous interview date', values: since6458(10),
  },
  {
    id: 'regular.decisionPeriod', citation: 'Art. 78(1)', unit: 'months', bound: 'exact', kind: 'authority',
    titleTr: 'Başvurunun sonuçlandırılma süresi', titleEn: 'Decision period for an application',
    startsFrom: 'registration', values: since6458(6), note: 'If missed, the applicant is informed (Art. 78(1)); no deemed decision (E.3).',
  },
  {
    id: 'applicantId.extensionPeriod', citation: 'Art. 76(1)', unit: 'months', bound: 'exact', kind: 'term',
    titleTr: 'Başvuru sahibi kimlik belgesinin uzatma süresi', titleEn: 'Applicant ID extension period',
    startsFrom: 'interview or renewal', values: since6458(6),
  },
  {
    id: 'registration.documentExtension', citation: 'Art. 69(7)', unit: 'days', bound: 'exact', kind: 'term',
    titleTr: 'Kayıt belgesinin uzatma süresi', titleEn: 'Registration document extension',
    startsFrom: 'registration document expiry', values: since6458(30), note: 'Extension "if necessary"; base validity unstated (brief C17).',
  },
  // --- Victims of human trafficking (Arts. 48–49) ---
  {
    id: 'victim.initialPermitPeriod', citation: 'Art. 48(1)', unit: 'days', bound: 'exact', kind: 'term',
    titleTr: 'İnsan ticareti mağduru ikamet izninin ilk süresi', titleEn: 'Victim residence permit: initial validity',
    startsFrom: 'grant', values: since6458(30),
  },
  {
    id: 'victim.renewalMaxPeriod', citation: 'Art. 49(1)', unit: 'months', bound: 'max', kind: 'term',
    titleTr: 'İnsan ticareti mağduru ikamet izninin her bir uzatma süresi', titleEn: 'Victim residence permit: each renewal',
    startsFrom: 'expiry of the current permit', values: since6458(6),
  },
  {
    id: 'victim.totalCap', citation: 'Art. 49(1)', unit: 'years', bound: 'max', kind: 'term',
    titleTr: 'İnsan ticareti mağduru ikamet izninin toplam azami süresi', titleEn: 'Victim residence permit: total cap',
    startsFrom: 'first grant (includes the first 30 days, E.6)', values: since6458(3), sources: ['[S0 Q7]', '[S2]'],
  },
  {
    id: 'victim.renewalReminderLead', citation: 'Product decision E.6', unit: 'days', bound: 'exact', kind: 'product',
    titleTr: 'Mağdur izni uzatma hatırlatması (bitişten önce)', titleEn: 'Victim permit renewal reminder (before expiry)',
    startsFrom: 'counted backwards from permit expiry', values: { '2014-04-11': { value: 15, reference: 'yukk-flow product decision E.6' } },
  },
  // --- Humanitarian permit, permits in general ---
  {
    id: 'humanitarian.permitPeriod', citation: 'Art. 46(1)', unit: 'years', bound: 'exact', kind: 'term',
    titleTr: 'İnsani ikamet izninin süresi', titleEn: 'Humanitarian residence permit validity',
    startsFrom: 'grant or renewal', values: since6458(1), note: '[S2] says "up to" one year (brief C10).',
  },
  {
    id: 'humanitarian.addressRegistrationPeriod', citation: 'Art. 46(2)', unit: 'workingDays', bound: 'exact', kind: 'applicant',
    titleTr: 'İnsani ikamet izni sonrası adres kaydı süresi', titleEn: 'Address registration after humanitarian permit',
    startsFrom: 'permit issued', values: since6458(20), sources: ['[S2]'],
  },
  {
    id: 'permit.renewalFilingLead', citation: 'Art. 24(2)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'İkamet izni uzatma başvurusu (bitişten önce)', titleEn: 'Permit renewal filing window before expiry',
    startsFrom: 'counted backwards from permit expiry', values: since6458(60),
  },
  // --- Entry bans (Art. 9) ---
  {
    id: 'entryBan.maxDuration', citation: 'Art. 9(3)', unit: 'years', bound: 'max', kind: 'term',
    titleTr: 'Türkiye’ye giriş yasağının azami süresi', titleEn: 'Entry ban: maximum duration',
    startsFrom: 'entry ban', values: since6458(5),
  },
  {
    id: 'entryBan.maxExtension', citation: 'Art. 9(3)', unit: 'years', bound: 'max', kind: 'term',
    titleTr: 'Ciddi tehdit hâlinde giriş yasağının azami uzatılması', titleEn: 'Entry ban: maximum extension for a serious threat',
    startsFrom: 'end of the entry ban', values: since6458(10),
  },
  {
    id: 'entryBan.selfReportingOverstayerMax', citation: 'Art. 9(4)', unit: 'years', bound: 'max', kind: 'term',
    titleTr: 'Kendiliğinden başvuran ihlalci için giriş yasağının azami süresi', titleEn: 'Entry ban cap for an overstayer who self-reports',
    startsFrom: 'entry ban', values: since6458(1),
  },
  // --- Removal (Arts. 53–57) ---
  {
    id: 'removal.appealPeriod', citation: 'Art. 53(3)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'Sınır dışı etme kararına karşı dava açma süresi', titleEn: 'Court action against a removal decision',
    startsFrom: 'notification of the removal decision',
    values: {
      '2014-04-11': { value: 15, reference: 'Law No. 6458' },
      '2019-12-24': { value: 7, reference: 'Law No. 7196' },
    },
    sources: ['[S1]', '[S3]', '[E]'],
  },
  {
    id: 'removal.overstayTolerance', citation: 'Art. 54(1)(e)', unit: 'days', bound: 'min', kind: 'term',
    titleTr: 'Vize, vize muafiyeti veya ikamet izni süresini aşmada ya da uzatma reddinden sonra çıkışta tolerans', titleEn: 'Overstay tolerance before a removal ground arises',
    startsFrom: 'end of the visa, exemption or permit; refusal of the renewal', values: since6458(10),
    note: 'The same ten days in Art. 54(1)(g) (permit overstay) and 54(1)(j) (not left after a refused renewal).',
  },
  {
    id: 'removal.courtRulingPeriod', citation: 'Art. 53(3)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Sınır dışı etme davasında mahkemenin karar süresi', titleEn: 'Court ruling period on a removal action',
    startsFrom: 'court seised', values: since6458(15), note: 'The judgment is final.',
  },
  {
    id: 'removal.departurePeriodMin', citation: 'Art. 56(1)', unit: 'days', bound: 'min', kind: 'applicant',
    titleTr: 'Türkiye’yi terk için verilen sürenin alt sınırı', titleEn: 'Departure period: minimum',
    startsFrom: 'removal decision', values: since6458(15),
    note: 'Withheld for flight risk, unlawful entry/exit, forged documents, public-order/health threat.',
  },
  {
    id: 'removal.departurePeriodMax', citation: 'Art. 56(1)', unit: 'days', bound: 'max', kind: 'applicant',
    titleTr: 'Türkiye’yi terk için verilen sürenin üst sınırı', titleEn: 'Departure period: maximum',
    startsFrom: 'removal decision', values: since6458(30),
  },
  {
    id: 'removal.decisionAfterApprehension', citation: 'Art. 57(1)', unit: 'hours', bound: 'max', kind: 'authority',
    titleTr: 'Yakalamadan sonra sınır dışı etme kararı süresi', titleEn: 'Removal decision after apprehension',
    startsFrom: 'apprehension (instant)', values: since6458(48),
  },
  {
    id: 'removal.transferToCentre', citation: 'Art. 57(2)', unit: 'hours', bound: 'max', kind: 'authority',
    titleTr: 'Geri gönderme merkezine nakil süresi', titleEn: 'Transfer to a removal centre',
    startsFrom: 'detention decision (instant)', values: since6458(48),
  },
  {
    id: 'removal.detentionMax', citation: 'Art. 57(3)', unit: 'months', bound: 'max', kind: 'term',
    titleTr: 'İdari gözetimin azami süresi', titleEn: 'Removal detention: maximum',
    startsFrom: 'removal detention', values: since6458(6),
  },
  {
    id: 'removal.detentionMaxExtension', citation: 'Art. 57(3)', unit: 'months', bound: 'max', kind: 'term',
    titleTr: 'İdari gözetimin azami uzatılması', titleEn: 'Removal detention: maximum extension',
    startsFrom: 'end of the first detention period', values: since6458(6),
    note: 'Only for non-cooperation or false information.',
  },
  {
    id: 'removal.detentionReviewInterval', citation: 'Art. 57(4)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'İdari gözetimin aylık değerlendirmesi', titleEn: 'Removal detention: periodic review',
    startsFrom: 'each detention month', values: since6458(30),
  },
  {
    id: 'removal.detentionJudgeRulingPeriod', citation: 'Art. 57(6)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Sulh ceza hâkiminin idari gözetim itirazına karar süresi', titleEn: 'Criminal judge ruling on removal detention',
    startsFrom: 'judge seised', values: since6458(5),
  },
  // --- Applicant detention (Art. 68) ---
  {
    id: 'applicantDetention.max', citation: 'Art. 68(5)', unit: 'days', bound: 'max', kind: 'term',
    titleTr: 'Başvuru sahibinin idari gözetiminin azami süresi', titleEn: 'Applicant detention: maximum',
    startsFrom: 'applicant detention', values: since6458(30),
  },
  {
    id: 'applicantDetention.judgeRulingPeriod', citation: 'Art. 68(7)', unit: 'days', bound: 'exact', kind: 'authority',
    titleTr: 'Sulh ceza hâkiminin başvuru sahibi gözetimine karar süresi', titleEn: 'Criminal judge ruling on applicant detention',
    startsFrom: 'judge seised', values: since6458(5),
  },
  // --- Deemed withdrawal (Art. 77(1)) ---
  {
    id: 'withdrawal.consecutiveInterviewNoShows', citation: 'Art. 77(1)(b)', unit: 'count', bound: 'min', kind: 'term',
    titleTr: 'Geri çekilmiş sayılma için üst üste mazeretsiz gelinmeyen kişisel görüşme sayısı', titleEn: 'Consecutive unexcused interview no-shows for a deemed withdrawal',
    startsFrom: 'first missed interview', values: since6458(3),
  },
  {
    id: 'withdrawal.consecutiveReportingFailures', citation: 'Art. 77(1)(ç)', unit: 'count', bound: 'min', kind: 'term',
    titleTr: 'Geri çekilmiş sayılma için üst üste mazeretsiz yerine getirilmeyen bildirim sayısı', titleEn: 'Consecutive unexcused reporting failures for a deemed withdrawal',
    startsFrom: 'first missed report', values: since6458(3),
  },
  // --- Applicants' duties and rights ---
  {
    id: 'applicant.workPermitWaitingPeriod', citation: 'Art. 89(4)(a)', unit: 'months', bound: 'exact', kind: 'term',
    titleTr: 'Başvuru sahibinin çalışma izni için bekleme süresi', titleEn: 'Applicant work permit: waiting period',
    startsFrom: 'international-protection application', values: since6458(6),
  },
  {
    id: 'applicant.reportingPeriodWorkIncome', citation: 'Art. 90(1)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'Çalışma ve gelir değişikliklerini bildirme süresi', titleEn: 'Reporting a job or income',
    startsFrom: 'the event', values: since6458(30),
  },
  {
    id: 'applicant.reportingPeriodPersonalChanges', citation: 'Art. 90(1)', unit: 'workingDays', bound: 'exact', kind: 'applicant',
    titleTr: 'Adres, kimlik ve aile durumu değişikliklerini bildirme süresi', titleEn: 'Reporting address, identity or family changes',
    startsFrom: 'the event', values: since6458(20),
  },
  {
    id: 'compelledAppearance.max', citation: 'Art. 97(1)', unit: 'hours', bound: 'max', kind: 'term',
    titleTr: 'Zorla getirilen kişinin azami tutulma süresi', titleEn: 'Compelled appearance: maximum hold',
    startsFrom: 'compelled appearance (instant)', values: since6458(4),
  },
  {
    id: 'fine.paymentPeriod', citation: 'Art. 102(4)', unit: 'days', bound: 'exact', kind: 'applicant',
    titleTr: 'İdari para cezasının ödeme süresi', titleEn: 'Fine payment period',
    startsFrom: 'notification of the fine', values: since6458(30), note: 'Unpaid → restriction code Ç-135 [S3].',
  },
] as const satisfies readonly LegalParameter[];

/** Every parameter id, as a literal type so a typo fails to compile. */
export type ParameterId = (typeof PARAMETERS)[number]['id'];
