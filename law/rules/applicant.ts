/**
 * An applicant's detention (Art. 68) and deemed withdrawal (Art. 77(1)) (brief A5). Turkish lettering; the Greek
 * text [S1] letters Art. 68(2)(ç) as (δ) and duplicates (δ) in Art. 77(1) (brief C1).
 */
import { criteria, Criterion, pick, RuleResult } from './criterion';
import { valueAt } from '../parameters/registry';

// ---------------------------------------------------------------- Art. 68: detention of an applicant

export interface ApplicantDetentionFacts {
  /** Art. 68(2)(a): serious doubt about identity or nationality, to verify them. */
  identityOrNationalityInDoubt?: boolean;
  /** Art. 68(2)(b): held at a border gate to prevent unlawful entry. */
  heldAtBorderForUnlawfulEntry?: boolean;
  /** Art. 68(2)(c): the elements of the application cannot be established without detention. */
  elementsUnobtainableOtherwise?: boolean;
  /** Art. 68(2)(ç): serious danger to public order or public security. */
  seriousPublicOrderThreat?: boolean;
  /** Art. 68(3), Art. 71: the alternatives (residence at an address, reporting) were assessed and are not sufficient. */
  alternativesInsufficient?: boolean;
}

export const APPLICANT_DETENTION_GROUNDS = criteria('applicantDetention', {
  /** TR, Art. 68(2)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibi ancak aşağıdaki hâllerde istisnai olarak idari gözetim altına alınabilir: … a) Kimliğinin veya uyruğunun belirlenmesi amacıyla, bu hususlarda ciddi şüphe bulunması hâlinde» */
  identityOrNationalityInDoubt: { citation: 'Art. 68(2)(a)', titleTr: 'Kimliğinin veya uyruğunun belirlenmesi amacıyla, bu hususlarda ciddi şüphe bulunması', titleEn: 'Serious doubt about identity or nationality, to verify them' },
  /** TR, Art. 68(2)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibi ancak aşağıdaki hâllerde istisnai olarak idari gözetim altına alınabilir: … b) Sınır kapılarında, ülkeye yasa dışı yollardan girişinin engellenmesi amacıyla tutulanlar» */
  heldAtBorderForUnlawfulEntry: { citation: 'Art. 68(2)(b)', titleTr: 'Sınır kapılarında, ülkeye yasa dışı yollardan girişinin engellenmesi amacıyla tutulması', titleEn: 'Held at a border gate to prevent unlawful entry' },
  /** TR, Art. 68(2)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibi ancak aşağıdaki hâllerde istisnai olarak idari gözetim altına alınabilir: … c) Başvuruyu oluşturan unsurların idari gözetim uygulanmaksızın tespitinin mümkün olmaması hâlinde» */
  elementsUnobtainableOtherwise: { citation: 'Art. 68(2)(c)', titleTr: 'Başvurusunu oluşturan unsurların idari gözetim uygulanmaksızın tespitinin mümkün olmaması', titleEn: 'The elements of the application cannot be established without detention' },
  /** TR, Art. 68(2)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibi ancak aşağıdaki hâllerde istisnai olarak idari gözetim altına alınabilir: … ç) Kamu düzeni veya kamu güvenliği açısından ciddi tehlike oluşturması hâlinde» */
  seriousPublicOrderThreat: { citation: 'Art. 68(2)(ç)', titleTr: 'Kamu düzeni veya kamu güvenliği açısından ciddi tehlike oluşturması', titleEn: 'Serious danger to public order or public security' },
});

export const APPLICANT_DETENTION_RULES = criteria('applicantDetention.rule', {
  /** TR, Art. 68(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahipleri, sırf başvuruda bulunmalarından dolayı idari gözetim altına alınamaz.» */
  notForApplying: { citation: 'Art. 68(1)', titleTr: 'Başvuru sahipleri sırf başvuruda bulunmalarından dolayı idari gözetim altına alınamaz', titleEn: 'No one is detained for applying' },
  /** TR, Art. 68(3), Art. 71, Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: detention is assessed individually and only where necessary; the alternatives of Art. 71 (residence at a given address, reporting in the form and at the intervals set) are considered first; verify against the consolidated text. */
  alternativesFirst: { citation: 'Art. 68(3); Art. 71', titleTr: 'İdari gözetimden önce alternatif yükümlülükler (adreste ikamet, bildirim) değerlendirilir', titleEn: 'Alternatives (residence at an address, reporting) are assessed first' },
  /** TR, Art. 68(4), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the detention decision is notified in writing to the applicant, or the legal representative or lawyer, with its reasons and duration, and the person is informed of the result and the remedies; verify against the consolidated text. */
  writtenReasons: { citation: 'Art. 68(4)', titleTr: 'Karar gerekçesi ve süresiyle yazılı olarak tebliğ edilir', titleEn: 'The decision is notified in writing with its reasons and duration' },
  /** TR, Art. 68(7), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «İdari gözetim altına alınan kişi … idari gözetim kararına karşı sulh ceza hâkimine başvurabilir; başvuru idari gözetimi durdurmaz … sulh ceza hâkimi incelemeyi beş gün içinde sonuçlandırır» */
  judgeAppeal: { citation: 'Art. 68(7)', titleTr: 'Sulh ceza hâkimine başvurulabilir; başvuru gözetimi durdurmaz; hâkim beş gün içinde karar verir', titleEn: 'Appeal to the criminal judge of peace; not suspensive; ruling within five days' },
});

export type ApplicantDetentionOutcome = 'detainable' | 'alternativesFirst' | 'noGround';

export interface ApplicantDetentionResult extends RuleResult<ApplicantDetentionOutcome> {
  /** Art. 68(5): the maximum in days in force on the decision day. */
  maxDays: number;
  rules: Criterion[];
}

/** Exceptional detention (Art. 68(2)) only on a ground, and only after the Art. 71 alternatives were found insufficient. */
export function assessApplicantDetention(facts: ApplicantDetentionFacts, on: string): ApplicantDetentionResult {
  const matched = pick(APPLICANT_DETENTION_GROUNDS, facts as Record<string, unknown>);
  const rules = Object.values(APPLICANT_DETENTION_RULES);
  const maxDays = valueAt('applicantDetention.max', on);
  if (matched.length === 0) return { outcome: 'noGround', matched, rules, maxDays };
  if (facts.alternativesInsufficient !== true) return { outcome: 'alternativesFirst', matched, rules, maxDays };
  return { outcome: 'detainable', matched, rules, maxDays };
}

// ---------------------------------------------------------------- Art. 77(1): deemed withdrawal

export interface DeemedWithdrawalFacts {
  /** Art. 77(1)(a): declared the withdrawal in writing. */
  writtenWithdrawal?: boolean;
  /** Consecutive interview appointments missed without excuse (Art. 77(1)(b): three). */
  interviewNoShowsWithoutExcuse?: number;
  /** Art. 77(1)(c): absconded from administrative detention. */
  abscondedFromDetention?: boolean;
  /** Consecutive reporting failures without excuse (Art. 77(1)(ç): three). */
  reportingFailuresWithoutExcuse?: number;
  /** Art. 77(1)(ç): did not go to, or left without permission, the assigned place of residence. */
  leftAssignedResidence?: boolean;
  /** Art. 77(1)(d): refused the taking of personal data. */
  refusedPersonalData?: boolean;
  /** Art. 77(1)(e) [K]: did not fulfil the registration and interview obligations. */
  breachedRegistrationOrInterviewDuties?: boolean;
}

export const DEEMED_WITHDRAWAL_GROUNDS = criteria('deemedWithdrawal', {
  /** TR, Art. 77(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibinin; … a) Başvurusunu yazılı olarak geri çektiğini beyan etmesi … hâllerinde başvuru geri çekilmiş sayılır ve değerlendirme sona erdirilir.» */
  writtenWithdrawal: { citation: 'Art. 77(1)(a)', titleTr: 'Başvurusunu yazılı olarak geri çektiğini beyan etmesi', titleEn: 'Declared the withdrawal in writing' },
  /** TR, Art. 77(1)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibinin; … b) Mazeretsiz olarak üç defa üst üste kişisel görüşmeye gelmemesi … hâllerinde başvuru geri çekilmiş sayılır ve değerlendirme sona erdirilir.» */
  interviewNoShows: { citation: 'Art. 77(1)(b)', titleTr: 'Mazeretsiz olarak üç defa üst üste kişisel görüşmeye gelmemesi', titleEn: 'Missed three consecutive interviews without excuse' },
  /** TR, Art. 77(1)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibinin; … c) İdari gözetimden kaçması … hâllerinde başvuru geri çekilmiş sayılır ve değerlendirme sona erdirilir.» */
  abscondedFromDetention: { citation: 'Art. 77(1)(c)', titleTr: 'İdari gözetimden kaçması', titleEn: 'Absconded from administrative detention' },
  /** TR, Art. 77(1)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the application is deemed withdrawn when the applicant fails three times in a row, without excuse, to report as required, or does not go to, or leaves without permission, the place of residence assigned; verify against the consolidated text. */
  reportingOrResidence: { citation: 'Art. 77(1)(ç)', titleTr: 'Mazeretsiz olarak üç defa üst üste bildirim yükümlülüğünü yerine getirmemesi veya ikamet yerine gitmemesi ya da izinsiz terk etmesi', titleEn: 'Three consecutive reporting failures without excuse, or not going to / leaving the assigned residence' },
  /** TR, Art. 77(1)(d), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the application is deemed withdrawn when the applicant refuses the taking of personal data (fingerprints, photograph and the like); verify against the consolidated text. */
  refusedPersonalData: { citation: 'Art. 77(1)(d)', titleTr: 'Kişisel verilerinin alınmasını reddetmesi', titleEn: 'Refused the taking of personal data' },
  /** TR, Art. 77(1)(e), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the application is deemed withdrawn when the applicant does not fulfil the obligations of registration and personal interview (letter (e) is not in the seed translation, which duplicates (δ), brief C1); verify against the consolidated text. */
  breachedRegistrationOrInterviewDuties: { citation: 'Art. 77(1)(e) [K]', titleTr: 'Kayıt ve kişisel görüşme yükümlülüklerini yerine getirmemesi', titleEn: 'Did not fulfil the registration and interview obligations' },
});

export function assessDeemedWithdrawal(facts: DeemedWithdrawalFacts, on: string): RuleResult<'withdrawn' | 'continues'> {
  const g = DEEMED_WITHDRAWAL_GROUNDS;
  const interviews = valueAt('withdrawal.consecutiveInterviewNoShows', on);
  const reports = valueAt('withdrawal.consecutiveReportingFailures', on);
  const matched: Criterion[] = [];
  if (facts.writtenWithdrawal === true) matched.push(g.writtenWithdrawal);
  if ((facts.interviewNoShowsWithoutExcuse ?? 0) >= interviews) matched.push(g.interviewNoShows);
  if (facts.abscondedFromDetention === true) matched.push(g.abscondedFromDetention);
  if ((facts.reportingFailuresWithoutExcuse ?? 0) >= reports || facts.leftAssignedResidence === true) matched.push(g.reportingOrResidence);
  if (facts.refusedPersonalData === true) matched.push(g.refusedPersonalData);
  if (facts.breachedRegistrationOrInterviewDuties === true) matched.push(g.breachedRegistrationOrInterviewDuties);
  return { outcome: matched.length ? 'withdrawn' : 'continues', matched };
}
