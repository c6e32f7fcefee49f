/**
 * Voluntary return, Art. 87 with [S0 Q9, Q11], [S3] and product decision E.7 (brief A4).
 * Eligibility depends on who asks; checks must all pass before the return is organised; the effects differ by status.
 * The law sets no deadlines here (E.7).
 */
import { Criterion, RuleResult } from './criterion';

export type ReturnPersonStatus = 'applicant' | 'statusHolder' | 'victim' | 'temporaryProtection' | 'other';

/** Facts for a voluntary-return request (E.7). A check whose fact is missing is pending, never passed. */
export interface VoluntaryReturnFacts {
  /** `applicant` / `statusHolder`: Art. 87(1); `victim`: [S0 Q9, Q11]; `temporaryProtection`: Art. 91 regime, code V-87 [S3]. */
  personStatus: ReturnPersonStatus;
  /** The person asked in writing (E.7). */
  writtenRequest?: boolean;
  /** Identity and travel document available (or issued). */
  identityAndTravelDocument?: boolean;
  /** Voluntariness recorded in an interview (for victims: informed consent, [S0 Q9]). */
  voluntarinessRecorded?: boolean;
  /** Non-refoulement screening (Art. 4) done and found no risk at the destination. */
  nonRefoulementCleared?: boolean;
  /** `origin`, or a `safeThirdCountry` ([S0 Q11]); anything else fails the check. */
  destination?: 'origin' | 'safeThirdCountry' | 'other';
  /** Consent to contact with the consulate of the country of nationality: asked and recorded (`true` or `false`). */
  consularContactConsent?: boolean;
  /** Unaccompanied minor: the child's best interests must be assessed first (Art. 66). */
  unaccompaniedMinor?: boolean;
  /** Best-interests assessment done (only checked for unaccompanied minors). */
  bestInterestsAssessed?: boolean;
  /** Assistance in kind or cash is discretionary (Art. 87(1)); recorded, never a condition. */
  assistance?: 'none' | 'inKind' | 'cash' | 'inKindAndCash';
}

export const RETURN_ELIGIBILITY: Record<'applicant' | 'statusHolder' | 'victim' | 'temporaryProtection', Criterion> = {
  /** TR, Art. 87(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Gönüllü olarak geri dönmek isteyen başvuru sahibi ve uluslararası koruma statüsü sahiplerine ayni ve nakdi yardım yapılabilir» */
  applicant: { code: 'voluntaryReturn.applicant', citation: 'Art. 87(1)', titleTr: 'Gönüllü geri dönmek isteyen başvuru sahibi', titleEn: 'Applicant who wishes to return voluntarily' },
  /** TR, Art. 87(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Gönüllü olarak geri dönmek isteyen … uluslararası koruma statüsü sahiplerine …» */
  statusHolder: { code: 'voluntaryReturn.statusHolder', citation: 'Art. 87(1)', titleTr: 'Gönüllü geri dönmek isteyen uluslararası koruma statüsü sahibi', titleEn: 'Status holder who wishes to return voluntarily' },
  /** [S0 Q9], [S0 Q11] (return home or to a safe third country; informed consent): English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
  victim: { code: 'voluntaryReturn.victim', citation: '[S0 Q9]; [S0 Q11]', titleTr: 'Ülkesine veya güvenli üçüncü ülkeye dönmek isteyen insan ticareti mağduru', titleEn: 'Trafficking victim who asks to return home or to a safe third country' },
  /** TR, [S3] (seed, quoted): «V-87: Türkiye’de geçici koruma statüsüyle bulunan kişilerden ülkesine gönüllü olarak geri dönüş yapan yabancılara konan koddur.» */
  temporaryProtection: { code: 'voluntaryReturn.temporaryProtection', citation: 'Art. 91 [K]; [S3]', titleTr: 'Gönüllü geri dönen geçici koruma sahibi (Madde 87 değil)', titleEn: 'Temporary-protection beneficiary returning voluntarily (not Art. 87)' },
};

export const RETURN_CHECKS = {
  /** Product decision E.7 (written request, travel document, destination, consular consent): a product decision, no statutory wording. */
  writtenRequest: { code: 'voluntaryReturn.check.writtenRequest', citation: 'Product decision E.7', titleTr: 'Yazılı talep', titleEn: 'Written request' },
  identityAndTravelDocument: { code: 'voluntaryReturn.check.identityAndTravelDocument', citation: 'Product decision E.7; [S0 Q9]', titleTr: 'Kimlik ve seyahat belgesi', titleEn: 'Identity and travel document' },
  /** TR, Art. 87(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Gönüllü olarak geri dönmek isteyen …» — voluntariness recorded as [S0 Q9] describes (English seed). */
  voluntarinessRecorded: { code: 'voluntaryReturn.check.voluntariness', citation: 'Art. 87(1); [S0 Q9]', titleTr: 'Gönüllülüğün mülakatta kayda alınması', titleEn: 'Voluntariness recorded in an interview' },
  /** TR, Art. 4, Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Bu Kanun kapsamındaki hiç kimse, işkenceye, insanlık dışı ya da onur kırıcı ceza veya muameleye maruz kalacağı veya ırkı, dini, tabiiyeti, belli bir toplumsal gruba mensubiyeti veya siyasi düşüncesi dolayısıyla hayatının veya özgürlüğünün tehdit altında bulunacağı bir yere gönderilemez» */
  nonRefoulementCleared: { code: 'voluntaryReturn.check.nonRefoulement', citation: 'Art. 4', titleTr: 'Geri gönderme yasağı değerlendirmesi', titleEn: 'Non-refoulement screening' },
  destination: { code: 'voluntaryReturn.check.destination', citation: '[S0 Q11]; product decision E.7', titleTr: 'Varış yeri: menşe ülke veya güvenli üçüncü ülke', titleEn: 'Destination: country of origin or a safe third country' },
  consularContactConsent: { code: 'voluntaryReturn.check.consularConsent', citation: '[S0 Q9]; product decision E.7', titleTr: 'Konsoloslukla temas için rızanın sorulup kaydedilmesi', titleEn: 'Consent to consular contact asked and recorded' },
  /** TR, Art. 66, Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Refakatsiz çocukların uluslararası koruma başvuruları … çocuğun üstün yararı gözetilerek öncelikle değerlendirilir» */
  bestInterestsAssessed: { code: 'voluntaryReturn.check.bestInterests', citation: 'Art. 66', titleTr: 'Refakatsiz çocuğun üstün yararının değerlendirilmesi', titleEn: "Unaccompanied child's best interests assessed" },
} satisfies Record<string, Criterion>;

export type ReturnCheckKey = keyof typeof RETURN_CHECKS;

export interface ReturnCheck {
  criterion: Criterion;
  /** `passed`, `failed` (fact says no), or `pending` (fact not yet recorded). */
  state: 'passed' | 'failed' | 'pending';
}

export interface ReturnEffect {
  code: 'withdrawal' | 'cessationOffered' | 'travelDocuments' | 'consularContact' | 'restrictionCodeV87' | 'closeAtExit';
  citation: string;
  titleTr: string;
  titleEn: string;
  /** True when the effect is only offered to an officer, not applied by the process. */
  offerOnly: boolean;
}

/**
 * - `ready`: eligible and every check passed; the return can be organised.
 * - `checksPending`: eligible; some checks not yet recorded.
 * - `checksFailed`: a check failed (e.g. refoulement risk, destination neither origin nor safe third country).
 * - `temporaryProtectionReturn`: not an Art. 87 return; V-87 is proposed.
 * - `notEligible`: not an applicant, status holder or victim.
 */
export type VoluntaryReturnOutcome = 'ready' | 'checksPending' | 'checksFailed' | 'temporaryProtectionReturn' | 'notEligible';

export interface VoluntaryReturnResult extends RuleResult<VoluntaryReturnOutcome> {
  checks: ReturnCheck[];
  effects: ReturnEffect[];
  /** Recorded for the file; never a condition (Art. 87(1)). */
  assistance: NonNullable<VoluntaryReturnFacts['assistance']> | 'notRecorded';
}

/** Product decision E.7: a product decision, no statutory wording. */
const EXIT_CLOSES: ReturnEffect = {
  code: 'closeAtExit', citation: 'Product decision E.7', titleTr: 'Sınır kapısından çıkışla dosya kapanır', titleEn: 'The exit at the border gate closes the case', offerOnly: false,
};

export function assessVoluntaryReturn(facts: VoluntaryReturnFacts): VoluntaryReturnResult {
  const assistance = facts.assistance ?? 'notRecorded';
  if (facts.personStatus === 'temporaryProtection') {
    return {
      outcome: 'temporaryProtectionReturn',
      matched: [RETURN_ELIGIBILITY.temporaryProtection],
      checks: [],
      /** TR, [S3] (seed, quoted): «V-87: Türkiye’de geçici koruma statüsüyle bulunan kişilerden ülkesine gönüllü olarak geri dönüş yapan yabancılara konan koddur.» */
      effects: [{ code: 'restrictionCodeV87', citation: '[S3]', titleTr: 'V-87 tahdit kodu önerisi', titleEn: 'Proposal: restriction code V-87', offerOnly: true }, EXIT_CLOSES],
      assistance,
    };
  }
  if (facts.personStatus === 'other') return { outcome: 'notEligible', matched: [], checks: [], effects: [], assistance };

  const checks = evaluateChecks(facts);
  const matched = [RETURN_ELIGIBILITY[facts.personStatus]];
  const outcome: VoluntaryReturnOutcome = checks.some((c) => c.state === 'failed')
    ? 'checksFailed'
    : checks.some((c) => c.state === 'pending')
      ? 'checksPending'
      : 'ready';
  return { outcome, matched, checks, effects: effectsFor(facts), assistance };
}

function evaluateChecks(facts: VoluntaryReturnFacts): ReturnCheck[] {
  const bool = (v: boolean | undefined): ReturnCheck['state'] => (v === true ? 'passed' : v === false ? 'failed' : 'pending');
  const checks: ReturnCheck[] = [
    { criterion: RETURN_CHECKS.writtenRequest, state: bool(facts.writtenRequest) },
    // A missing document is pending, not failed: it can be obtained (for victims with the Presidency's help, [S0 Q9]).
    { criterion: RETURN_CHECKS.identityAndTravelDocument, state: facts.identityAndTravelDocument === true ? 'passed' : 'pending' },
    { criterion: RETURN_CHECKS.voluntarinessRecorded, state: bool(facts.voluntarinessRecorded) },
    { criterion: RETURN_CHECKS.nonRefoulementCleared, state: bool(facts.nonRefoulementCleared) },
    {
      criterion: RETURN_CHECKS.destination,
      state: facts.destination === 'origin' || facts.destination === 'safeThirdCountry' ? 'passed' : facts.destination === 'other' ? 'failed' : 'pending',
    },
    // Consent is a recorded answer: "no" is a valid answer, it only rules out consular contact.
    { criterion: RETURN_CHECKS.consularContactConsent, state: typeof facts.consularContactConsent === 'boolean' ? 'passed' : 'pending' },
  ];
  if (facts.unaccompaniedMinor === true) {
    checks.push({ criterion: RETURN_CHECKS.bestInterestsAssessed, state: bool(facts.bestInterestsAssessed) });
  }
  return checks;
}

function effectsFor(facts: VoluntaryReturnFacts): ReturnEffect[] {
  const effects: ReturnEffect[] = [];
  if (facts.personStatus === 'applicant') {
    effects.push({
      /** TR, Art. 77(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibinin başvurusunu yazılı olarak geri çekmesi … hâlinde başvuru geri çekilmiş sayılır ve değerlendirme sona erdirilir» */
      code: 'withdrawal', citation: 'Art. 77(1)(a)', offerOnly: false,
      titleTr: 'Yazılı talep başvurunun geri çekilmesidir; değerlendirme sona erer', titleEn: 'The written request is a withdrawal; the assessment ends',
    });
  }
  if (facts.personStatus === 'statusHolder') {
    effects.push({
      /** TR, Art. 85(1)(a),(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «a) Vatandaşı olduğu ülkenin korumasından kendi isteğiyle yeniden yararlanması, … ç) Zulüm korkusuyla terk ettiği veya dışında kaldığı ülkeye kendi isteğiyle yerleşmesi» */
      /** TR, Art. 85(4)–(5), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the person is told in writing and may reply before a reasoned decision with appeal information; verify against the consolidated text. */
      code: 'cessationOffered', citation: 'Art. 85(1)(a),(ç); Art. 85(4)–(5)', offerOnly: true,
      titleTr: 'Statünün sona ermesi işlemi önerilir: yazılı bildirim, görüş bildirme imkânı, gerekçeli karar',
      titleEn: 'Cessation procedure offered: written notice, chance to reply, reasoned decision with appeal information',
    });
  }
  if (facts.personStatus === 'victim') {
    effects.push({
      /** [S0 Q9]: English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
      code: 'travelDocuments', citation: '[S0 Q9]', offerOnly: false,
      titleTr: 'Seyahat belgelerinin temininde yardım', titleEn: 'Assistance with travel documents',
    });
  }
  if (facts.consularContactConsent === true) {
    effects.push({
      /** [S0 Q9] (consular contact only with consent): English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
      code: 'consularContact', citation: '[S0 Q9]', offerOnly: false,
      titleTr: 'Rızası ile konsoloslukla temas', titleEn: 'Consular contact with consent',
    });
  }
  effects.push(EXIT_CLOSES);
  return effects;
}
