/**
 * Victims of human trafficking: residence permit and support programme, Arts. 48–49, [S0], [S2] (brief A3, E.6).
 * Permit validity is a term of the permit, not a deadline for an act, so its end date is not rolled over holidays;
 * the renewal reminder, a task for an officer, is moved back to a working day.
 */
import { addDays, addMonths, addYears, compareDates, IsoDate, parseDate } from '../calendar/civilDate';
import { previousWorkingDayOnOrBefore } from '../calendar/workingDays';
import { valueAt } from '../parameters/registry';
import { criteria, Criterion, pick, RuleResult } from './criterion';

// ---------------------------------------------------------------- grant

/** Facts for granting the victim residence permit (Art. 48). */
export interface VictimGrantFacts {
  /** Identified as a victim of human trafficking (Art. 48(1)). */
  identifiedVictim?: boolean;
  /** Strong suspicion that the person may be a victim (Art. 48(1); [S0 Q4]; [S2]; brief C7). */
  strongSuspicionOfVictim?: boolean;
  /** Date of the grant (first grant of the victim permit). */
  grantDate: IsoDate;
}

export const VICTIM_GRANT_GROUNDS = criteria('victim.grant', {
  /** TR, Art. 48(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «İnsan ticareti mağduru olduğu veya olabileceği yönünde kuvvetli şüphe bulunan yabancılara … valiliklerce otuz gün süreli ikamet izni düzenlenir» */
  identifiedVictim: {
    citation: 'Art. 48(1)',
    titleTr: 'İnsan ticareti mağduru olması',
    titleEn: 'Victim of human trafficking',
  },
  /** TR, [S2] (seed, quoted): «İnsan ticareti mağduru olduğu veya olabileceği yönünde kuvvetli şüphe görülen yabancılara insan ticareti mağduru oturum izni düzenlenmektedir.» */
  strongSuspicionOfVictim: {
    citation: 'Art. 48(1); [S0 Q4]; [S2]',
    titleTr: 'İnsan ticareti mağduru olabileceği yönünde kuvvetli şüphe bulunması',
    titleEn: 'Strong suspicion that the person may be a victim',
  },
});

/** Conditions of other permits that are never asked for (Art. 48(2); [S0 Q8]). */
export const VICTIM_WAIVED_CONDITIONS = criteria('victim.waived', {
  /** TR, [S2], for Art. 48(2) (seed, quoted): «Diğer oturum izinlerindeki herhangi bir şart aranmamaktadır.» */
  /** TR, Art. 48(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Bu ikamet izni için diğer ikamet izinlerine ilişkin şartlar aranmaz» */
  validPassport: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Geçerli pasaport', titleEn: 'Valid passport' },
  visa: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Vize', titleEn: 'Visa' },
  meansOfSubsistence: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Geçim imkânı', titleEn: 'Means of subsistence' },
  addressRegistration: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Adres kaydı', titleEn: 'Address registration' },
  healthInsurance: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Sağlık sigortası', titleEn: 'Health insurance' },
  noRemovalDecision: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Sınır dışı etme kararı bulunmaması', titleEn: 'No removal decision' },
  noEntryBan: { citation: 'Art. 48(2); [S0 Q8]', titleTr: 'Giriş yasağı bulunmaması', titleEn: 'No entry ban' },
});

/** While the person is in the support process no removal decision is taken. */
/** TR, Art. 55(1)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «54 üncü madde kapsamında olsalar dahi aşağıda belirtilen yabancılar hakkında sınır dışı etme kararı alınmaz: … ç) İnsan ticareti mağduru destek sürecinden yararlananlar» */
export const REMOVAL_BAR: Criterion = {
  code: 'victim.removalBar',
  citation: 'Art. 55(1)(ç)',
  titleTr: 'İnsan ticareti mağduru destek sürecinden yararlananlar hakkında sınır dışı etme kararı alınmaz',
  titleEn: 'No removal decision while the person benefits from the victim support process',
};

export interface PermitTerm {
  /** First day of validity. */
  from: IsoDate;
  /** Last day of validity (no holiday roll-over: a validity term, not a deadline). */
  until: IsoDate;
  /** Product reminder (E.6): 15 days before `until`, moved back to a working day. */
  renewalReminder: IsoDate;
  /** Escalation if no renewal decision by then (E.6): the expiry day. */
  escalationOn: IsoDate;
  /** Last day of the 3-year cap counted from the first grant (E.6). */
  capUntil: IsoDate;
}

export interface VictimGrantResult extends RuleResult<'grant' | 'notEligible'> {
  /** Other permits' conditions that must not be asked for. */
  waivedConditions: Criterion[];
  term?: PermitTerm;
  removalBar?: Criterion;
}

export function assessVictimPermitGrant(facts: VictimGrantFacts): VictimGrantResult {
  const matched = pick(VICTIM_GRANT_GROUNDS, facts as unknown as Record<string, unknown>);
  const waivedConditions = Object.values(VICTIM_WAIVED_CONDITIONS);
  if (matched.length === 0) return { outcome: 'notEligible', matched, waivedConditions };
  const until = addDays(facts.grantDate, valueAt('victim.initialPermitPeriod', facts.grantDate));
  const capUntil = victimCapEnd(facts.grantDate);
  return {
    outcome: 'grant',
    matched,
    waivedConditions,
    term: permitTerm(facts.grantDate, until, capUntil),
    removalBar: REMOVAL_BAR,
  };
}

/** Last day of the 3-year total (Art. 49(1)), counted from the first grant and including the first 30 days (E.6). */
export function victimCapEnd(firstGrantDate: IsoDate): IsoDate {
  return addYears(firstGrantDate, valueAt('victim.totalCap', firstGrantDate));
}

function permitTerm(from: IsoDate, until: IsoDate, capUntil: IsoDate): PermitTerm {
  const reminder = addDays(until, -valueAt('victim.renewalReminderLead', from));
  return { from, until, renewalReminder: reminderDay(reminder), escalationOn: until, capUntil };
}

/**
 * The reminder is a convenience (E.6), not a legal date: if the calendar cannot place it on a working day, the
 * nominal day is used rather than letting a reminder block the renewal decision.
 */
function reminderDay(nominal: IsoDate): IsoDate {
  try {
    return previousWorkingDayOnOrBefore(nominal);
  } catch {
    return nominal;
  }
}

// ---------------------------------------------------------------- renewal

/** Facts for renewing the victim permit (Art. 49(1)). Each ground alone suffices. */
export interface VictimRenewalFacts {
  /** Date of the first victim permit; the 3-year cap runs from it. */
  firstGrantDate: IsoDate;
  /** Last day of validity of the current permit. */
  currentUntil: IsoDate;
  /** Renewal requested for this many months (default and maximum: 6, Art. 49(1)). */
  requestedMonths?: number;
  /** Renewal justified by the victim's safety. */
  safety?: boolean;
  /** Renewal justified by the victim's health. */
  health?: boolean;
  /** Renewal justified by the victim's special circumstances. */
  specialCircumstances?: boolean;
}

export const VICTIM_RENEWAL_GROUNDS = criteria('victim.renewal', {
  /** TR, Art. 49(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «İnsan ticareti mağduru ikamet izni, mağdurun güvenliği, sağlık durumu veya özel hâlleri dikkate alınarak altışar aylık sürelerle uzatılabilir; bu süre toplam üç yılı geçemez» */
  /** TR, [S2] (seed, quoted): «Bu izinler maksimum altışar aylık sürelerle uzatılabilir, ancak bu süreler toplamda üç yılı aşamaz.» */
  safety: { citation: 'Art. 49(1)', titleTr: 'Mağdurun güvenliği', titleEn: "The victim's safety" },
  health: { citation: 'Art. 49(1)', titleTr: 'Mağdurun sağlık durumu', titleEn: "The victim's health" },
  specialCircumstances: { citation: 'Art. 49(1)', titleTr: 'Mağdurun özel durumu', titleEn: "The victim's special circumstances" },
});

/** TR, [S2], Art. 49(1) (seed, quoted): «İnsan ticareti mağduru oturum izni Valiliklerce 30 gün süreli olarak verilmektedir. Bu izinler maksimum altışar aylık sürelerle uzatılabilir, ancak bu süreler toplamda üç yılı aşamaz.» */
export const VICTIM_CAP: Criterion = {
  code: 'victim.totalCap',
  citation: 'Art. 49(1); [S0 Q7]; [S2]',
  titleTr: 'İzin süresi toplamda üç yılı aşamaz (ilk 30 gün dâhil)',
  titleEn: 'The total may not exceed three years (first 30 days included)',
};

/**
 * - `renew`: a ground exists; `term.until` is at most 6 months later and never past the cap.
 * - `noGround`: no Art. 49(1) ground; the permit ends at expiry (notify with appeal rights, Art. 25(2)).
 * - `capReached`: the current permit already ends on the cap; no further renewal.
 */
export type VictimRenewalOutcome = 'renew' | 'noGround' | 'capReached';

export interface VictimRenewalResult extends RuleResult<VictimRenewalOutcome> {
  term?: PermitTerm;
  /** True when the 3-year cap shortened the renewal. */
  cappedByTotal: boolean;
  /** Months actually granted before capping (requested, limited to the maximum). */
  monthsGranted?: number;
  cap: Criterion;
}

export function assessVictimPermitRenewal(facts: VictimRenewalFacts): VictimRenewalResult {
  parseDate(facts.currentUntil);
  const capUntil = victimCapEnd(facts.firstGrantDate);
  const matched = pick(VICTIM_RENEWAL_GROUNDS, facts as unknown as Record<string, unknown>);
  if (compareDates(facts.currentUntil, capUntil) >= 0) {
    return { outcome: 'capReached', matched, excluded: matched, cappedByTotal: true, cap: VICTIM_CAP };
  }
  if (matched.length === 0) return { outcome: 'noGround', matched, cappedByTotal: false, cap: VICTIM_CAP };

  const maxMonths = valueAt('victim.renewalMaxPeriod', facts.currentUntil);
  const requested = facts.requestedMonths ?? maxMonths;
  if (!Number.isInteger(requested) || requested < 1) throw new RangeError(`requestedMonths must be a positive integer, got ${requested}`);
  const monthsGranted = Math.min(requested, maxMonths);
  const uncapped = addMonths(facts.currentUntil, monthsGranted);
  const cappedByTotal = compareDates(uncapped, capUntil) > 0;
  const until = cappedByTotal ? capUntil : uncapped;
  return {
    outcome: 'renew',
    matched,
    term: permitTerm(addDays(facts.currentUntil, 1), until, capUntil),
    cappedByTotal,
    monthsGranted,
    cap: VICTIM_CAP,
  };
}

// ---------------------------------------------------------------- programme termination

/**
 * Facts from the Presidency expert's evaluation report ([S0 Q5]) for terminating the support programme (E.6).
 * Conduct grounds count only if the report finds the act voluntary; duress always prevails.
 */
export interface VictimTerminationFacts {
  /** The Presidency expert's evaluation report exists; without it nothing terminates. */
  expertReport: boolean;
  /** Unwilling to benefit from the programme. */
  unwilling?: boolean;
  /** Conduct: renewed contact with the perpetrators. */
  recontactedPerpetrators?: boolean;
  /** Conduct: left the shelter without notice. */
  leftShelterWithoutNotice?: boolean;
  /** Conduct: disobeyed the measures of the programme. */
  disobeyedProgrammeMeasures?: boolean;
  /** Conduct: does not cooperate with the authorities. */
  nonCooperation?: boolean;
  /** Found not to be a victim. */
  notAVictim?: boolean;
  /** Found to have declared untrue information. */
  untrueInformation?: boolean;
  /** The report finds the conduct was of the person's own free will. */
  conductVoluntary?: boolean;
  /** The conduct happened under coercion, threat, violence or intimidation. */
  underDuress?: boolean;
}

const TERMINATION_CITATION = '[S0 Q5]';
/** [S0 Q5] (programme termination grounds and "except disability of will"): English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
export const VICTIM_TERMINATION_GROUNDS = criteria('victim.termination', {
  unwilling: { citation: TERMINATION_CITATION, titleTr: 'Destek programından yararlanmak istememesi', titleEn: 'Unwilling to benefit from the programme' },
  recontactedPerpetrators: { citation: `${TERMINATION_CITATION}; Art. 49(2)`, titleTr: 'Kendi iradesiyle suçun failleriyle yeniden bağ kurması', titleEn: 'Voluntarily re-contacted the perpetrators' },
  leftShelterWithoutNotice: { citation: TERMINATION_CITATION, titleTr: 'Barınma yerini haber vermeksizin terk etmesi', titleEn: 'Left the shelter without notice' },
  disobeyedProgrammeMeasures: { citation: TERMINATION_CITATION, titleTr: 'Destek programında alınan tedbirlere uymaması', titleEn: 'Disobeyed the measures of the programme' },
  nonCooperation: { citation: TERMINATION_CITATION, titleTr: 'Yetkili makamlarla işbirliği yapmaması', titleEn: 'Does not cooperate with the authorities' },
  notAVictim: { citation: TERMINATION_CITATION, titleTr: 'Mağdur olmadığının tespit edilmesi', titleEn: 'Found not to be a victim' },
  untrueInformation: { citation: TERMINATION_CITATION, titleTr: 'Gerçeğe aykırı beyanda bulunduğunun tespit edilmesi', titleEn: 'Found to have declared untrue information' },
});

/** Conduct grounds (E.6): they need a finding of voluntariness and yield to duress. */
export const CONDUCT_GROUNDS = ['recontactedPerpetrators', 'leftShelterWithoutNotice', 'disobeyedProgrammeMeasures', 'nonCooperation'] as const;

export const VICTIM_EXCEPTIONS = criteria('victim.exception', {
  /** [S0 Q5] (termination on the expert’s evaluation report, "except disability of will"): English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
  /** Product decision E.6: a product decision, no statutory wording. */
  expertReportRequired: {
    citation: '[S0 Q5]; product decision E.6',
    titleTr: 'Sonlandırma Başkanlık uzmanının değerlendirme raporuna dayanır',
    titleEn: "Termination requires the Presidency expert's evaluation report",
  },
  /** TR, [S2] (seed, quoted): «Ancak sayılan durumların zorlama, korkutma, şiddet, tehdit gibi nedenlere bağlı olarak iradesinin dışında yaptığının tespiti durumunda oturum izni iptal edilmez.» */
  duress: {
    citation: '[S2]; [S0 Q5]; product decision E.6',
    titleTr: 'Zorlama, korkutma, şiddet veya tehdit nedeniyle iradesi dışında yapılan davranış sonuç doğurmaz',
    titleEn: 'Acts under coercion, intimidation, violence or threat never terminate',
  },
  /** Product decision E.6 (a conduct ground needs a finding of voluntariness, [S0 Q5]): a product decision, no statutory wording. */
  voluntarinessNotFound: {
    citation: '[S0 Q5]; product decision E.6',
    titleTr: 'Davranışın kendi iradesiyle yapıldığı raporda tespit edilmemiştir',
    titleEn: 'The report does not find the act voluntary',
  },
});

/** A next step offered to the officer; never started automatically (E.6). */
export interface Offer {
  code: 'removalAssessment' | 'voluntaryReturn' | 'otherPermit';
  citation: string;
  titleTr: string;
  titleEn: string;
  startsAutomatically: false;
}

export const TERMINATION_OFFERS: Offer[] = [
  {
    /** TR, Art. 54(1), Art. 53, Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the grounds on which a removal decision is taken, and the reasoned decision of the governorate with notification and the right to sue; the Art. 55(1)(ç) bar no longer applies once support has ended; verify against the consolidated text. */
    code: 'removalAssessment',
    citation: 'Art. 54(1); Art. 53',
    titleTr: 'Sınır dışı etme değerlendirmesi (Art. 55(1)(ç) engeli kalktı)',
    titleEn: 'Removal assessment (the Art. 55(1)(ç) bar has lapsed)',
    startsAutomatically: false,
  },
  {
    /** TR, Art. 87(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Gönüllü olarak geri dönmek isteyen başvuru sahibi ve uluslararası koruma statüsü sahiplerine ayni ve nakdi yardım yapılabilir» */
    /** [S0 Q9], [S0 Q11]: English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
    code: 'voluntaryReturn',
    citation: 'Art. 87; [S0 Q9]; [S0 Q11]',
    titleTr: 'Gönüllü ve güvenli geri dönüş',
    titleEn: 'Voluntary and safe return',
    startsAutomatically: false,
  },
  {
    /** TR, Art. 46(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: a humanitarian residence permit may be granted where the person cannot or reasonably should not leave Türkiye (the letter used here, (c), to be verified); verify against the consolidated text. */
    /** [S0 Q6] (student rights): English seed, no Turkish wording in the seeds; statutory basis to be confirmed [K]. */
    code: 'otherPermit',
    citation: 'Art. 46(1)(c); [S0 Q6]',
    titleTr: 'Başka bir ikamet izni (ör. insani ikamet izni, öğrenci hakları)',
    titleEn: 'Another permit (e.g. humanitarian permit, student rights)',
    startsAutomatically: false,
  },
];

export type VictimTerminationOutcome = 'terminate' | 'continue' | 'reportRequired';

export interface VictimTerminationResult extends RuleResult<VictimTerminationOutcome> {
  /** Exceptions applied (report missing, duress, voluntariness not found). */
  exceptions: Criterion[];
  /** On termination: the Art. 55(1)(ç) bar lapses. */
  liftsRemovalBar?: Criterion;
  /** On termination: next steps the officer may start. */
  offers: Offer[];
}

export function assessVictimProgrammeTermination(facts: VictimTerminationFacts): VictimTerminationResult {
  const found = pick(VICTIM_TERMINATION_GROUNDS, facts as unknown as Record<string, unknown>);
  if (facts.expertReport !== true) {
    return { outcome: 'reportRequired', matched: [], excluded: found, exceptions: [VICTIM_EXCEPTIONS.expertReportRequired], offers: [] };
  }
  const conductCodes = new Set<string>(CONDUCT_GROUNDS.map((k) => VICTIM_TERMINATION_GROUNDS[k].code));
  const { standing, setAside, exceptions } = applyVoluntariness(found, conductCodes, facts.conductVoluntary === true, facts.underDuress === true);
  if (standing.length === 0) {
    return { outcome: 'continue', matched: [], ...(setAside.length ? { excluded: setAside } : {}), exceptions, offers: [] };
  }
  return {
    outcome: 'terminate',
    matched: standing,
    ...(setAside.length ? { excluded: setAside } : {}),
    exceptions,
    liftsRemovalBar: REMOVAL_BAR,
    offers: TERMINATION_OFFERS,
  };
}

/** Sets aside the voluntariness-dependent grounds under duress, or when the report does not find the act voluntary. */
function applyVoluntariness(found: Criterion[], dependent: Set<string>, voluntary: boolean, duress: boolean) {
  const conduct = found.filter((c) => dependent.has(c.code));
  const others = found.filter((c) => !dependent.has(c.code));
  if (conduct.length === 0) return { standing: others, setAside: [] as Criterion[], exceptions: [] as Criterion[] };
  if (duress) return { standing: others, setAside: conduct, exceptions: [VICTIM_EXCEPTIONS.duress] };
  if (!voluntary) return { standing: others, setAside: conduct, exceptions: [VICTIM_EXCEPTIONS.voluntarinessNotFound] };
  return { standing: found, setAside: [] as Criterion[], exceptions: [] as Criterion[] };
}

// ---------------------------------------------------------------- permit cancellation

/** Facts for cancelling the victim permit (Art. 49(2); [S2]). */
export interface VictimCancellationFacts {
  /** Renewed contact with the perpetrators (Art. 49(2): of their own will). */
  recontactedPerpetrators?: boolean;
  /** Did not comply with the obligations imposed ([S2]). */
  breachedObligations?: boolean;
  /** Found not to be a victim ([S2]). */
  notAVictim?: boolean;
  /** The act was found to be of the person's own free will. */
  conductVoluntary?: boolean;
  /** The act happened under coercion, intimidation, violence or threat ([S2]: then no cancellation). */
  underDuress?: boolean;
}

export const VICTIM_CANCELLATION_GROUNDS = criteria('victim.cancellation', {
  /** TR, [S2], with Art. 49(2) (seed, quoted): «Yabancının kendi iradesiyle, suçun failleriyle tekrar bağ kurduğunun belirlenmesi» */
  recontactedPerpetrators: { citation: 'Art. 49(2); [S2]', titleTr: 'Kendi iradesiyle suçun failleriyle tekrar bağ kurması', titleEn: 'Voluntarily re-contacted the perpetrators' },
  /** TR, [S2] (seed, quoted): «Getirilen yükümlülüklere uygun davranılmaması» */
  breachedObligations: { citation: '[S2]', titleTr: 'Getirilen yükümlülüklere uygun davranılmaması', titleEn: 'Did not comply with the obligations imposed' },
  /** TR, [S2] (seed, quoted): «Yabancının mağdur olmadığının tespit edilmesi durumlarında insan ticareti mağduru oturum izni iptal edilir. Ancak sayılan durumların zorlama, korkutma, şiddet, tehdit gibi nedenlere bağlı olarak iradesinin dışında yaptığının tespiti durumunda oturum izni iptal edilmez.» */
  notAVictim: { citation: '[S2]', titleTr: 'Yabancının mağdur olmadığının tespit edilmesi', titleEn: 'Found not to be a victim' },
});

/** Art. 25(1): weighed before refusal, non-renewal or cancellation. */
/** TR, Art. 25(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Ret, iptal veya uzatmama kararlarında yabancının aile bağları, Türkiye’de kalış süresi, menşe ülkedeki durumu ve çocuğun üstün yararı dikkate alınır» */
export const CANCELLATION_WEIGHING = criteria('victim.weigh', {
  familyTies: { citation: 'Art. 25(1)', titleTr: 'Aile bağları', titleEn: 'Family ties' },
  lengthOfStay: { citation: 'Art. 25(1)', titleTr: 'Türkiye’de kalış süresi', titleEn: 'Length of stay in Türkiye' },
  originCountrySituation: { citation: 'Art. 25(1)', titleTr: 'Menşe ülkedeki durum', titleEn: 'Situation in the country of origin' },
  bestInterestsOfChild: { citation: 'Art. 25(1)', titleTr: 'Çocuğun üstün yararı', titleEn: "The child's best interests" },
});

/** TR, Art. 25(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Ret, iptal veya uzatmama kararı, itiraz hakları da açıklanarak yabancıya, avukatına veya kanuni temsilcisine tebliğ edilir» */
export const CANCELLATION_NOTICE: Criterion = {
  code: 'victim.cancellationNotice',
  citation: 'Art. 25(2)',
  titleTr: 'İptal kararı, itiraz hakları açıklanarak kişiye, avukatına veya yasal temsilcisine tebliğ edilir',
  titleEn: 'The cancellation is notified to the person, lawyer or legal representative, explaining the appeal rights',
};

export interface VictimCancellationResult extends RuleResult<'cancel' | 'keep'> {
  exceptions: Criterion[];
  /** On cancellation: factors the governorate must weigh, and the notice duty. */
  mustWeigh: Criterion[];
  notice?: Criterion;
}

/**
 * [S2]: duress overrides every listed ground (brief C12 reads [S2] broadly for the permit);
 * re-contact additionally needs a finding that it was of the person's own will (Art. 49(2)).
 */
export function assessVictimPermitCancellation(facts: VictimCancellationFacts): VictimCancellationResult {
  const found = pick(VICTIM_CANCELLATION_GROUNDS, facts as unknown as Record<string, unknown>);
  let standing = found;
  let setAside: Criterion[] = [];
  const exceptions: Criterion[] = [];
  if (found.length > 0 && facts.underDuress === true) {
    standing = [];
    setAside = found;
    exceptions.push(VICTIM_EXCEPTIONS.duress);
  } else if (facts.recontactedPerpetrators === true && facts.conductVoluntary !== true) {
    const recontact = VICTIM_CANCELLATION_GROUNDS.recontactedPerpetrators;
    standing = found.filter((c) => c !== recontact);
    setAside = [recontact];
    exceptions.push(VICTIM_EXCEPTIONS.voluntarinessNotFound);
  }
  const excluded = setAside.length ? { excluded: setAside } : {};
  if (standing.length === 0) return { outcome: 'keep', matched: [], ...excluded, exceptions, mustWeigh: [] };
  return { outcome: 'cancel', matched: standing, ...excluded, exceptions, mustWeigh: Object.values(CANCELLATION_WEIGHING), notice: CANCELLATION_NOTICE };
}
