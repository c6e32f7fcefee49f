/**
 * Inadmissible applications, Arts. 72–74 (brief A2).
 * Art. 72(2): once a ground appears, the examination of the claim stops; this rule still reports every ground found,
 * so the officer sees all of them. A safe third country needs all four Art. 74(2) conditions plus the individual
 * assessment of Art. 74(3); the unmet ones are reported.
 */
import { criteria, Criterion, RuleResult } from './criterion';

/** Art. 73: the applicant came from a first country of asylum. Either condition suffices. */
export interface FirstCountryOfAsylumFacts {
  /** Country name, for the return and the notice. */
  country?: string;
  /** Recognised as a refugee there and can still avail of that protection. */
  recognisedAndCanStillAvail?: boolean;
  /** Enjoys sufficient and effective protection there, including non-refoulement. */
  sufficientEffectiveProtection?: boolean;
}

/** Art. 74: the applicant came from a safe third country. */
export interface SafeThirdCountryFacts {
  country?: string;
  /** Art. 74(1): applied for protection there, or could have applied. */
  appliedOrCouldHaveApplied?: boolean;
  /** Art. 74(2)(a): no threat to life or freedom for race, religion, nationality, social group or political opinion. */
  noThreatOnConventionGrounds?: boolean;
  /** Art. 74(2)(b): the principle of non-refoulement is applied. */
  nonRefoulementApplied?: boolean;
  /** Art. 74(2)(c): refugee status can be sought there and protection received. */
  canSeekRefugeeStatus?: boolean;
  /** Art. 74(2)(ç): no risk of serious harm. */
  noRiskOfSeriousHarm?: boolean;
  /** Art. 74(3): individually assessed, with a connection that makes return to that country reasonable. */
  individualConnection?: boolean;
}

/** Facts for Arts. 72–74. Missing facts count as not established. */
export interface InadmissibilityFacts {
  /** Art. 72(1)(a): repeat application without new grounds. */
  repeatWithoutNewGrounds?: boolean;
  /** Art. 72(1)(b): lodged own application, without reasonable cause, after consenting to one lodged on their behalf. */
  ownApplicationAfterConsentWithoutCause?: boolean;
  /** Art. 72(1)(b): lodged own application after that application was rejected, without different grounds. */
  ownApplicationAfterRejectionWithoutNewGrounds?: boolean;
  /** Art. 72(1)(c) with Art. 73. */
  firstCountryOfAsylum?: FirstCountryOfAsylumFacts;
  /** Art. 72(1)(ç) with Art. 74. */
  safeThirdCountry?: SafeThirdCountryFacts;
}

export const INADMISSIBILITY_GROUNDS = criteria('inadmissibility', {
  /** TR, Art. 72(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Yeni bir gerekçe sunmaksızın başvurusunu tekrarlayan» */
  repeatWithoutNewGrounds: {
    citation: 'Art. 72(1)(a)',
    titleTr: 'Yeni bir gerekçe sunmaksızın başvurusunu tekrarlaması',
    titleEn: 'Repeat application without new grounds',
  },
  /** TR, Art. 72(1)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Adına başvuru yapılmasına rıza gösterdikten sonra makul bir gerekçe olmaksızın ayrı başvuru yapan» */
  ownApplicationAfterConsentWithoutCause: {
    citation: 'Art. 72(1)(b)',
    titleTr: 'Adına başvuru yapılmasına rıza gösterdikten sonra makul bir gerekçe olmaksızın ayrı başvuru yapması',
    titleEn: 'Own application without reasonable cause after consenting to one lodged on their behalf',
  },
  /** TR, Art. 72(1)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «… ya da başvurusunun reddedilmesinden sonra farklı bir gerekçe sunmaksızın ayrı başvuru yapan» */
  ownApplicationAfterRejectionWithoutNewGrounds: {
    citation: 'Art. 72(1)(b)',
    titleTr: 'Başvurusunun reddinden sonra farklı bir gerekçe sunmaksızın ayrı başvuru yapması',
    titleEn: 'Own application after rejection without different grounds',
  },
  /** TR, Art. 72(1)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «73 üncü madde kapsamında birinci ülkeden gelen» */
  firstCountryOfAsylum: {
    citation: 'Art. 72(1)(c); Art. 73',
    titleTr: 'Birinci ülkeden gelmiş olması',
    titleEn: 'Came from a first country of asylum',
  },
  /** TR, Art. 72(1)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «74 üncü madde kapsamında güvenli üçüncü ülkeden gelen; başvuru sahibinin başvurusu kabul edilemez başvuru olarak değerlendirilir» */
  safeThirdCountry: {
    citation: 'Art. 72(1)(ç); Art. 74',
    titleTr: 'Güvenli üçüncü ülkeden gelmiş olması',
    titleEn: 'Came from a safe third country',
  },
});

export const FIRST_COUNTRY_CONDITIONS = criteria('inadmissibility.firstCountry', {
  /** TR, Art. 73, Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibinin, daha önce mülteci olarak tanındığı ve bu korumadan hâlen yararlanma imkânı bulunduğu … ülke birinci ülkedir» */
  recognisedAndCanStillAvail: {
    citation: 'Art. 73',
    titleTr: 'Daha önce mülteci olarak tanınmış ve bu korumadan hâlen yararlanabilir olması',
    titleEn: 'Recognised as a refugee there and can still avail of that protection',
  },
  /** TR, Art. 73, Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «… veya geri gönderme yasağı ilkesi dâhil yeterli ve etkili korumadan yararlanmakta olduğu ülke birinci ülkedir» */
  sufficientEffectiveProtection: {
    citation: 'Art. 73',
    titleTr: 'Geri gönderme yasağı dâhil yeterli ve etkili korumadan yararlanıyor olması',
    titleEn: 'Sufficient and effective protection there, including non-refoulement',
  },
});

export const SAFE_THIRD_COUNTRY_CONDITIONS = criteria('inadmissibility.safeThirdCountry', {
  /** TR, Art. 74(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Uluslararası koruma başvurusunda bulunan veya bulunma imkânı olan … kişinin, Sözleşmeye uygun koruma imkânının bulunduğu ülke güvenli üçüncü ülkedir» */
  appliedOrCouldHaveApplied: {
    citation: 'Art. 74(1)',
    titleTr: 'Uluslararası koruma başvurusu yapmış veya yapma imkânı olmuş olması',
    titleEn: 'Applied, or could have applied, for protection there',
  },
  /** TR, Art. 74(2)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Irk, din, tabiiyet, belirli bir sosyal gruba mensubiyet veya siyasi düşüncelerinden dolayı kişilerin hayatının ve özgürlüğünün tehdit altında olmaması» */
  noThreatOnConventionGrounds: {
    citation: 'Art. 74(2)(a)',
    titleTr: 'Irk, din, tabiiyet, belirli bir sosyal gruba mensubiyet veya siyasi düşünce nedeniyle hayat ve özgürlüğün tehdit altında olmaması',
    titleEn: 'No threat to life or freedom on Convention grounds',
  },
  /** TR, Art. 74(2)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Geri gönderme yasağı ilkesinin uygulanması» */
  nonRefoulementApplied: {
    citation: 'Art. 74(2)(b)',
    titleTr: 'Geri gönderme yasağının uygulanması',
    titleEn: 'Non-refoulement is applied',
  },
  /** TR, Art. 74(2)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Mülteci statüsü talep etme imkânının olması ve mülteci statüsü verildiğinde Sözleşmeye uygun koruma imkânının bulunması» */
  canSeekRefugeeStatus: {
    citation: 'Art. 74(2)(c)',
    titleTr: 'Mülteci statüsü talep edilebilmesi ve mülteci olarak tanınanlara koruma sağlanması',
    titleEn: 'Refugee status can be sought and protection received',
  },
  /** TR, Art. 74(2)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Ciddi zarara maruz kalma riskinin bulunmaması» */
  noRiskOfSeriousHarm: {
    citation: 'Art. 74(2)(ç)',
    titleTr: 'Ciddi zarara maruz kalma riskinin bulunmaması',
    titleEn: 'No risk of serious harm',
  },
  /** TR, Art. 74(3), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Başvuru sahibinin güvenli üçüncü ülkeye gitmesinin makul olmasını sağlayacak bir bağlantısının bulunup bulunmadığı bireysel olarak değerlendirilir» */
  individualConnection: {
    citation: 'Art. 74(3)',
    titleTr: 'Bireysel değerlendirmede, geri dönüşü makul kılan bir bağlantının bulunması',
    titleEn: 'Individual assessment: a connection making return there reasonable',
  },
});

/** TR, Art. 72(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Kabul edilemez başvuru hâllerinden birinin ortaya çıkması durumunda değerlendirme sona erdirilir» */
export const ASSESSMENT_STOPS: Criterion = {
  code: 'inadmissibility.assessmentStops',
  citation: 'Art. 72(2)',
  titleTr: 'Kabul edilemezlik hâli ortaya çıktığında değerlendirme sona erdirilir',
  titleEn: 'The examination stops once a ground of inadmissibility appears',
};

/** What follows an inadmissibility decision. */
export interface ReturnRoute {
  route: 'returnToFirstCountry' | 'returnToSafeThirdCountry' | 'removal';
  citation: string;
  titleTr: string;
  titleEn: string;
  country?: string;
  /** Arts. 73, 74(1): the applicant may stay until the return is completed, and must be told so. */
  rightToStayUntilReturn: boolean;
  /** Arts. 73, 74(1): if the country refuses readmission, processing of the application resumes. */
  resumesIfReadmissionRefused: boolean;
}

export type InadmissibilityOutcome = 'inadmissible' | 'admissible';

export interface InadmissibilityResult extends RuleResult<InadmissibilityOutcome> {
  /** Art. 72(2), when inadmissible. */
  stops?: Criterion;
  /** Return routes, third-country routes first; an officer picks one when several apply. */
  routes: ReturnRoute[];
  /** Conditions that kept a claimed first or safe third country from qualifying. */
  unmet: Criterion[];
  /** Art. 80(1)(a): no Commission appeal; court action only (Art. 80(1)(ç)). */
  appealParameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated';
}

export function assessInadmissibility(facts: InadmissibilityFacts): InadmissibilityResult {
  const matched: Criterion[] = [];
  const unmet: Criterion[] = [];
  const routes: ReturnRoute[] = [];

  if (facts.repeatWithoutNewGrounds === true) matched.push(INADMISSIBILITY_GROUNDS.repeatWithoutNewGrounds);
  if (facts.ownApplicationAfterConsentWithoutCause === true) matched.push(INADMISSIBILITY_GROUNDS.ownApplicationAfterConsentWithoutCause);
  if (facts.ownApplicationAfterRejectionWithoutNewGrounds === true) matched.push(INADMISSIBILITY_GROUNDS.ownApplicationAfterRejectionWithoutNewGrounds);

  const first = facts.firstCountryOfAsylum;
  if (first) {
    const met = (['recognisedAndCanStillAvail', 'sufficientEffectiveProtection'] as const).filter((k) => first[k] === true);
    if (met.length > 0) {
      matched.push(INADMISSIBILITY_GROUNDS.firstCountryOfAsylum, ...met.map((k) => FIRST_COUNTRY_CONDITIONS[k]));
      routes.push(thirdCountryRoute('returnToFirstCountry', 'Art. 73', first.country));
    } else {
      unmet.push(FIRST_COUNTRY_CONDITIONS.recognisedAndCanStillAvail, FIRST_COUNTRY_CONDITIONS.sufficientEffectiveProtection);
    }
  }

  const safe = facts.safeThirdCountry;
  if (safe) {
    const keys = Object.keys(SAFE_THIRD_COUNTRY_CONDITIONS) as Array<keyof typeof SAFE_THIRD_COUNTRY_CONDITIONS>;
    const missing = keys.filter((k) => safe[k] !== true);
    if (missing.length === 0) {
      matched.push(INADMISSIBILITY_GROUNDS.safeThirdCountry, ...keys.map((k) => SAFE_THIRD_COUNTRY_CONDITIONS[k]));
      routes.push(thirdCountryRoute('returnToSafeThirdCountry', 'Art. 74(1)', safe.country));
    } else {
      unmet.push(...missing.map((k) => SAFE_THIRD_COUNTRY_CONDITIONS[k]));
    }
  }

  const removalGroundCodes = new Set([
    INADMISSIBILITY_GROUNDS.repeatWithoutNewGrounds.code,
    INADMISSIBILITY_GROUNDS.ownApplicationAfterConsentWithoutCause.code,
    INADMISSIBILITY_GROUNDS.ownApplicationAfterRejectionWithoutNewGrounds.code,
  ]);
  const ownGrounds = matched.filter((c) => removalGroundCodes.has(c.code));
  if (ownGrounds.length > 0) {
    routes.push({
      /** TR, Art. 54(1)(i), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: a removal decision is taken in respect of a person whose international-protection application was found inadmissible (here on Art. 72(1)(a),(b)); verify against the consolidated text. */
      route: 'removal',
      citation: 'Art. 54(1)(i)',
      titleTr: 'Kesin olarak reddedilen başvuru sahibi hakkında sınır dışı etme kararı değerlendirmesi',
      titleEn: 'Removal assessment for an applicant whose application is finally rejected',
      rightToStayUntilReturn: false,
      resumesIfReadmissionRefused: false,
    });
  }

  const inadmissible = matched.length > 0;
  return {
    outcome: inadmissible ? 'inadmissible' : 'admissible',
    matched,
    ...(inadmissible ? { stops: ASSESSMENT_STOPS } : {}),
    routes,
    unmet,
    appealParameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated',
  };
}

function thirdCountryRoute(route: 'returnToFirstCountry' | 'returnToSafeThirdCountry', citation: string, country?: string): ReturnRoute {
  const toFirst = route === 'returnToFirstCountry';
  return {
    route,
    citation,
    titleTr: toFirst ? 'Birinci iltica ülkesine geri gönderme işlemleri' : 'Güvenli üçüncü ülkeye geri gönderme işlemleri',
    titleEn: toFirst ? 'Return to the first country of asylum' : 'Return to the safe third country',
    ...(country ? { country } : {}),
    rightToStayUntilReturn: true,
    resumesIfReadmissionRefused: true,
  };
}
