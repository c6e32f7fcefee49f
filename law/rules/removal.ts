/**
 * Removal (sınır dışı etme), Arts. 53–57 (brief A5, B). Turkish lettering throughout: Art. 54(1) runs
 * a, b, c, ç, d, e, f, g, ğ, h, ı, i, j, k (the Greek text [S1] stops at its 13th item and lacks (k) and 54(2),
 * brief C4; their wording here is [K], to be verified against the consolidated text).
 * Every result is the authority's record of what the law allows; an officer decides within it (see guards.ts).
 */
import { instantPlusMonths, IsoInstant, turkeyDateOf } from '../calendar/instant';
import { periodEnd } from '../calendar/periodEnd';
import { valueAt } from '../parameters/registry';
import { criteria, Criterion, pick, RuleResult } from './criterion';

/** Facts for Arts. 54–57. A missing fact is not established. */
export interface RemovalFacts {
  // Art. 54(1)
  tckArticle59?: boolean;
  terroristOrCriminalOrganisation?: boolean;
  falseInformationOrForgedDocuments?: boolean;
  illegitimateLivelihood?: boolean;
  publicOrderSecurityOrHealthThreat?: boolean;
  visaOverstayOrVisaCancelled?: boolean;
  residencePermitCancelled?: boolean;
  permitOverstayWithoutCause?: boolean;
  workingWithoutPermit?: boolean;
  unlawfulEntryOrExit?: boolean;
  enteredDespiteEntryBan?: boolean;
  finalNegativeProtectionDecision?: boolean;
  notLeftAfterPermitRenewalRefused?: boolean;
  linkedToDesignatedTerroristOrganisation?: boolean;
  // Art. 54(2)
  protectionApplicantOrStatusHolder?: boolean;
  seriousDangerToStateSecurity?: boolean;
  convictedOfSeriousCrime?: boolean;
  // Art. 55(1)
  riskOfDeathPenaltyOrTorture?: boolean;
  unsafeToTravel?: boolean;
  lifeThreateningIllnessNoTreatment?: boolean;
  inVictimSupportProcess?: boolean;
  violenceVictimInTreatment?: boolean;
  // Art. 56(1), 57(2)
  flightRisk?: boolean;
  permitSoughtWithUnfoundedDocuments?: boolean;
  notLeftWithinDeparturePeriod?: boolean;
  // Restriction codes ([S3])
  unpaidFine?: boolean;
}

type FactKey = keyof RemovalFacts;

/** Art. 54(1): "Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır" — each letter a ground. */
export const REMOVAL_GROUNDS = criteria('removal.ground', {
  /** TR, Art. 54(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … a) 5237 sayılı Türk Ceza Kanununun 59 uncu maddesi uyarınca sınır dışı edilmesi öngörülenler» */
  tckArticle59: { citation: 'Art. 54(1)(a)', titleTr: '5237 sayılı Türk Ceza Kanununun 59 uncu maddesi uyarınca sınır dışı edilmesi öngörülenler', titleEn: 'Removal ordered under Art. 59 of the Turkish Penal Code' },
  /** TR, Art. 54(1)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … b) Terör örgütü ya da çıkar amaçlı suç örgütü yöneticisi, mensubu ya da destekleyicisi olanlar» */
  terroristOrCriminalOrganisation: { citation: 'Art. 54(1)(b)', titleTr: 'Terör örgütü ya da çıkar amaçlı suç örgütü yöneticisi, mensubu ya da destekleyicisi olanlar', titleEn: 'Leader, member or supporter of a terrorist or criminal organisation' },
  /** TR, Art. 54(1)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … c) Türkiye’ye giriş, vize ve ikamet izni işlemlerinde gerçeğe aykırı bilgi ve sahte belge kullananlar» */
  falseInformationOrForgedDocuments: { citation: 'Art. 54(1)(c)', titleTr: 'Türkiye’ye giriş, vize ve ikamet izni işlemlerinde gerçeğe aykırı bilgi ve sahte belge kullananlar', titleEn: 'False information or forged documents in entry, visa or permit procedures' },
  /** TR, Art. 54(1)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … ç) Türkiye’de bulunduğu süre içinde geçimini meşru olmayan yollardan sağlayanlar» */
  illegitimateLivelihood: { citation: 'Art. 54(1)(ç)', titleTr: 'Türkiye’de bulunduğu süre içinde geçimini meşru olmayan yollardan sağlayanlar', titleEn: 'Earned a living by illegitimate means while in Türkiye' },
  /** TR, Art. 54(1)(d), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … d) Kamu düzeni veya kamu güvenliği ya da kamu sağlığı açısından tehdit oluşturanlar» */
  publicOrderSecurityOrHealthThreat: { citation: 'Art. 54(1)(d)', titleTr: 'Kamu düzeni veya kamu güvenliği ya da kamu sağlığı açısından tehdit oluşturanlar', titleEn: 'Threat to public order, public security or public health' },
  /** TR, Art. 54(1)(e), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … e) Vize veya vize muafiyeti süresini on günden fazla ihlal eden ya da vizesi iptal edilenler» */
  visaOverstayOrVisaCancelled: { citation: 'Art. 54(1)(e)', titleTr: 'Vize veya vize muafiyeti süresini on günden fazla aşan ya da vizesi iptal edilenler', titleEn: 'Overstayed a visa or visa exemption by more than ten days, or visa cancelled' },
  /** TR, Art. 54(1)(f), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … f) İkamet izinleri iptal edilenler» */
  residencePermitCancelled: { citation: 'Art. 54(1)(f)', titleTr: 'İkamet izinleri iptal edilenler', titleEn: 'Residence permit cancelled' },
  /** TR, Art. 54(1)(g), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … g) İkamet izni sahiplerinden, izin süresi bitiminden itibaren haklı bir sebep olmaksızın on günden fazla ihlalde bulunanlar» */
  permitOverstayWithoutCause: { citation: 'Art. 54(1)(g)', titleTr: 'İkamet izni sahiplerinden, izin süresi bitiminden itibaren haklı bir sebep olmaksızın on günden fazla ihlalde bulunanlar', titleEn: 'Overstayed an expired residence permit by more than ten days without good cause' },
  /** TR, Art. 54(1)(ğ), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … ğ) Çalışma izni olmadan çalıştığı tespit edilenler» */
  workingWithoutPermit: { citation: 'Art. 54(1)(ğ)', titleTr: 'Çalışma izni olmadan çalıştığı tespit edilenler', titleEn: 'Found working without a work permit' },
  /** TR, Art. 54(1)(h), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … h) Türkiye’ye yasal giriş veya Türkiye’den yasal çıkış ihlali yapan veya buna teşebbüs edenler» */
  unlawfulEntryOrExit: { citation: 'Art. 54(1)(h)', titleTr: 'Türkiye’ye yasal giriş veya Türkiye’den yasal çıkış ihlali yapan veya buna teşebbüs edenler', titleEn: 'Breached, or attempted to breach, the rules of lawful entry or exit' },
  /** TR, Art. 54(1)(ı), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … ı) Türkiye’ye giriş yasağı bulunmasına rağmen Türkiye’ye geldiği tespit edilenler» */
  enteredDespiteEntryBan: { citation: 'Art. 54(1)(ı)', titleTr: 'Türkiye’ye giriş yasağı bulunmasına rağmen Türkiye’ye geldiği tespit edilenler', titleEn: 'Came to Türkiye despite an entry ban' },
  /** TR, Art. 54(1)(i), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … i) Uluslararası koruma başvurusu reddedilen, uluslararası korumadan hariçte tutulan, başvurusu kabul edilemez olarak değerlendirilen, başvurusunu geri çeken, başvurusu geri çekilmiş sayılan, uluslararası koruma statüsü sona eren veya iptal edilenlerden, hakkında verilen nihai karardan sonra bu Kanunun diğer hükümleri uyarınca Türkiye’de kalma hakkı bulunmayanlar» */
  finalNegativeProtectionDecision: { citation: 'Art. 54(1)(i)', titleTr: 'Uluslararası koruma başvurusu reddedilen, kabul edilemez bulunan, geri çeken veya geri çekilmiş sayılan, statüsü sona eren veya iptal edilenlerden nihai karardan sonra Türkiye’de kalma hakkı bulunmayanlar', titleEn: 'No right to stay after a final negative international-protection decision' },
  /** TR, Art. 54(1)(j), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … j) İkamet izni uzatma başvurusu reddedilenlerden, on gün içinde Türkiye’den çıkmayanlar» */
  notLeftAfterPermitRenewalRefused: { citation: 'Art. 54(1)(j)', titleTr: 'İkamet izni uzatma başvurusu reddedilenlerden on gün içinde Türkiye’den çıkmayanlar', titleEn: 'Did not leave within ten days of a refused permit renewal' },
  /** TR, Art. 54(1)(k), as amended by Law No. 7070 (RG 08.03.2018) [K] — verify against the consolidated text: «Aşağıda sayılan yabancılar hakkında sınır dışı etme kararı alınır: … k) Uluslararası kuruluşlarca terör örgütü olarak belirlenen örgütlerle ilişkili olduğu değerlendirilenler» (added by Decree-Law No. 676 of 29.10.2016, not in the seed translation, brief C4) */
  linkedToDesignatedTerroristOrganisation: { citation: 'Art. 54(1)(k) [K]', titleTr: 'Uluslararası kuruluşlarca terör örgütü olarak belirlenen örgütlerle ilişkili olduğu değerlendirilenler', titleEn: 'Assessed as linked to organisations designated as terrorist by international bodies' },
});

/** Art. 54(2) [K]: applicants and status holders only for a serious danger to state security or after a final conviction for a serious crime. */
export const PROTECTION_HOLDER_GROUNDS = criteria('removal.protectionHolder', {
  /** TR, Art. 54(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Uluslararası koruma başvuru sahibi veya uluslararası koruma statüsü sahibi hakkında, ancak devletin güvenliği açısından tehlike oluşturduğuna dair ciddi emareler bulunması … hâllerinde sınır dışı etme kararı alınabilir.» (paragraph amended since, brief C4) */
  seriousDangerToStateSecurity: { citation: 'Art. 54(2) [K]', titleTr: 'Devletin güvenliği açısından ciddi tehlike oluşturduğuna dair ciddi emareler bulunması', titleEn: 'Serious indications of a serious danger to state security' },
  /** TR, Art. 54(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Uluslararası koruma başvuru sahibi veya uluslararası koruma statüsü sahibi hakkında, ancak … ağır bir suçtan mahkûmiyet kesin hükmü bulunması nedeniyle toplum için tehlike oluşturması hâllerinde sınır dışı etme kararı alınabilir.» (paragraph amended since, brief C4) */
  convictedOfSeriousCrime: { citation: 'Art. 54(2) [K]', titleTr: 'Ağır bir suçtan mahkûmiyet kesin hükmü bulunması nedeniyle toplum için tehlike oluşturması', titleEn: 'Danger to society after a final conviction for a serious crime' },
});

/** TR, Art. 54(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Uluslararası koruma başvuru sahibi veya uluslararası koruma statüsü sahibi hakkında, ancak devletin güvenliği açısından tehlike oluşturduğuna dair ciddi emareler bulunması veya ağır bir suçtan mahkûmiyet kesin hükmü bulunması nedeniyle toplum için tehlike oluşturması hâllerinde sınır dışı etme kararı alınabilir.» (paragraph amended since, brief C4) */
export const PROTECTION_HOLDER_LIMIT: Criterion = {
  code: 'removal.protectionHolderLimit',
  citation: 'Art. 54(2) [K]',
  titleTr: 'Uluslararası koruma başvuru sahibi veya statü sahibi hakkında ancak Md. 54(2) hâllerinde sınır dışı etme kararı alınabilir',
  titleEn: 'An applicant or status holder may be removed only in the cases of Art. 54(2)',
};

/** Art. 55(1): "54 üncü madde kapsamında olsalar dahi ... sınır dışı etme kararı alınmaz" (the negation the Greek text drops, brief C3). */
export const REMOVAL_BARS = criteria('removal.bar', {
  /** TR, Art. 55(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «54 üncü madde kapsamında olsalar dahi aşağıda belirtilen yabancılar hakkında sınır dışı etme kararı alınmaz: … a) Sınır dışı edileceği ülkede ölüm cezası, işkence, insanlık dışı ya da onur kırıcı ceza veya muameleye maruz kalacağı hususunda ciddi emareler bulunanlar» */
  riskOfDeathPenaltyOrTorture: { citation: 'Art. 55(1)(a)', titleTr: 'Sınır dışı edileceği ülkede ölüm cezasına, işkenceye, insanlık dışı ya da onur kırıcı ceza veya muameleye maruz kalacağı hususunda ciddi emareler bulunanlar', titleEn: 'Serious indications of the death penalty, torture or inhuman or degrading treatment in the destination' },
  /** TR, Art. 55(1)(b), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «54 üncü madde kapsamında olsalar dahi aşağıda belirtilen yabancılar hakkında sınır dışı etme kararı alınmaz: … b) Ciddi sağlık sorunu, yaşı ve hamilelik durumu nedeniyle seyahat etmesinde risk bulunanlar» */
  unsafeToTravel: { citation: 'Art. 55(1)(b)', titleTr: 'Ciddi sağlık sorunu, yaş ve hamilelik durumu nedeniyle seyahat etmesinde risk bulunanlar', titleEn: 'Travel unsafe because of serious illness, age or pregnancy' },
  /** TR, Art. 55(1)(c), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «54 üncü madde kapsamında olsalar dahi aşağıda belirtilen yabancılar hakkında sınır dışı etme kararı alınmaz: … c) Hayatı tehdit eden sağlık sorunu nedeniyle tedavisi devam edenlerden sınır dışı edileceği ülkede tedavi imkânı bulunmayanlar» */
  lifeThreateningIllnessNoTreatment: { citation: 'Art. 55(1)(c)', titleTr: 'Hayatı tehdit eden bir hastalık nedeniyle tedavisi devam edenlerden sınır dışı edileceği ülkede tedavi imkânı bulunmayanlar', titleEn: 'Treatment for a life-threatening illness not available in the destination' },
  /** TR, Art. 55(1)(ç), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «54 üncü madde kapsamında olsalar dahi aşağıda belirtilen yabancılar hakkında sınır dışı etme kararı alınmaz: … ç) İnsan ticareti mağduru destek sürecinden yararlananlar» */
  inVictimSupportProcess: { citation: 'Art. 55(1)(ç)', titleTr: 'İnsan ticareti mağduru destek sürecinden yararlananlar', titleEn: 'Benefits from the support process for victims of human trafficking' },
  /** TR, Art. 55(1)(d), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «54 üncü madde kapsamında olsalar dahi aşağıda belirtilen yabancılar hakkında sınır dışı etme kararı alınmaz: … d) Psikolojik, fiziksel veya cinsel şiddet mağdurlarından tedavileri tamamlanıncaya kadar» */
  violenceVictimInTreatment: { citation: 'Art. 55(1)(d)', titleTr: 'Psikolojik, fiziksel veya cinsel şiddet mağdurlarından tedavileri tamamlanıncaya kadar', titleEn: 'Victim of psychological, physical or sexual violence, until treatment is complete' },
});

/** Art. 55(2): the bar is assessed case by case; residence at an address and reporting may be required. */
/** TR, Art. 55(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K]: wording not quoted from memory — in substance: the persons listed in paragraph (1) are assessed case by case, and may be required to reside at an address and to report to the authorities in the form and at the intervals set; verify against the consolidated text. */
export const BAR_OBLIGATIONS: Criterion = {
  code: 'removal.barObligations',
  citation: 'Art. 55(2)',
  titleTr: 'Bu kişiler belirlenen adreste ikamet etmek ve bildirimde bulunmakla yükümlü tutulabilir',
  titleEn: 'The person may be required to reside at an address and to report',
};

/** Art. 53(3): no removal during the action window or the trial, except for 54(1)(b), (d), (k) and 54(2). */
export const STAY_EXCEPTION_KEYS = ['terroristOrCriminalOrganisation', 'publicOrderSecurityOrHealthThreat', 'linkedToDesignatedTerroristOrganisation'] as const;
/** TR, Art. 53(3), as amended by Law No. 7196 (RG 24.12.2019) [K] — verify against the consolidated text: «… Dava açma süresi içinde veya yargı yoluna başvurulması hâlinde yargılama sonuçlanıncaya kadar, yabancının rızası saklı kalmak kaydıyla, yabancı sınır dışı edilmez.» The exception for Art. 54(1)(b), (d), (k) and 54(2) stands in the same paragraph and is not quoted here. */
export const STAY: Criterion = {
  code: 'removal.stay',
  citation: 'Art. 53(3)',
  titleTr: 'Dava açma süresi içinde ve dava açılması hâlinde yargılama sonuçlanıncaya kadar, yabancının rızası saklı kalmak kaydıyla, sınır dışı edilmez',
  titleEn: 'No removal during the action window or while the case is pending, save with the person’s consent',
};

/** Art. 56(1): the departure period is not given to these persons. */
export const DEPARTURE_WITHHELD = criteria('removal.departureWithheld', {
  /** TR, Art. 56(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlara … Türkiye’yi terk etmeleri için on beş günden az otuz günden fazla olmamak üzere süre verilebilir. Ancak kaçma ve kaybolma riski bulunanlara … bu süre verilmez.» */
  flightRisk: { citation: 'Art. 56(1)', titleTr: 'Kaçma ve kaybolma riski bulunanlar', titleEn: 'Risk of absconding' },
  /** TR, Art. 56(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlara … Türkiye’yi terk etmeleri için on beş günden az otuz günden fazla olmamak üzere süre verilebilir. Ancak … yasal giriş veya yasal çıkış kurallarını ihlal edenlere … bu süre verilmez.» */
  unlawfulEntryOrExit: { citation: 'Art. 56(1)', titleTr: 'Yasal giriş veya yasal çıkış kurallarını ihlal edenler', titleEn: 'Breached the rules of lawful entry or exit' },
  /** TR, Art. 56(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlara … Türkiye’yi terk etmeleri için on beş günden az otuz günden fazla olmamak üzere süre verilebilir. Ancak … sahte belge kullananlara … bu süre verilmez.» */
  falseInformationOrForgedDocuments: { citation: 'Art. 56(1)', titleTr: 'Sahte belge kullananlar', titleEn: 'Used forged documents' },
  /** TR, Art. 56(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlara … Türkiye’yi terk etmeleri için on beş günden az otuz günden fazla olmamak üzere süre verilebilir. Ancak … asılsız belgelerle ikamet izni almaya çalışan veya aldığı tespit edilenlere … bu süre verilmez.» */
  permitSoughtWithUnfoundedDocuments: { citation: 'Art. 56(1)', titleTr: 'Asılsız belgelerle ikamet izni almaya çalışan veya aldığı tespit edilenler', titleEn: 'Sought or obtained a permit with unfounded documents' },
  /** TR, Art. 56(1), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlara … Türkiye’yi terk etmeleri için on beş günden az otuz günden fazla olmamak üzere süre verilebilir. Ancak … kamu düzeni, kamu güvenliği veya kamu sağlığı açısından tehdit oluşturanlara bu süre verilmez.» */
  publicOrderSecurityOrHealthThreat: { citation: 'Art. 56(1)', titleTr: 'Kamu düzeni, kamu güvenliği veya kamu sağlığı açısından tehdit oluşturanlar', titleEn: 'Threat to public order, public security or public health' },
});

/** Art. 57(2): grounds for administrative detention of a person with a removal decision. */
export const DETENTION_GROUNDS = criteria('removal.detention', {
  /** TR, Art. 57(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlardan; kaçma ve kaybolma riski bulunan … hakkında valilik tarafından idari gözetim kararı alınır.» */
  flightRisk: { citation: 'Art. 57(2)', titleTr: 'Kaçma ve kaybolma riski bulunanlar', titleEn: 'Risk of absconding' },
  /** TR, Art. 57(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlardan; … Türkiye’ye giriş veya çıkış kurallarını ihlal eden … hakkında valilik tarafından idari gözetim kararı alınır.» */
  unlawfulEntryOrExit: { citation: 'Art. 57(2)', titleTr: 'Türkiye’ye giriş veya çıkış kurallarını ihlal edenler', titleEn: 'Breached the rules of entry or exit' },
  /** TR, Art. 57(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlardan; … sahte ya da asılsız belge kullanan … hakkında valilik tarafından idari gözetim kararı alınır.» */
  falseInformationOrForgedDocuments: { citation: 'Art. 57(2)', titleTr: 'Sahte ya da asılsız belge kullananlar', titleEn: 'Used forged or unfounded documents' },
  /** TR, Art. 57(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlardan; … kabul edilebilir bir mazereti olmaksızın Türkiye’den çıkmaları için verilen sürede çıkmayan … hakkında valilik tarafından idari gözetim kararı alınır.» */
  notLeftWithinDeparturePeriod: { citation: 'Art. 57(2)', titleTr: 'Kabul edilebilir bir mazeret olmaksızın Türkiye’yi terk etmeleri için verilen sürede çıkmayanlar', titleEn: 'Did not leave within the departure period without an acceptable excuse' },
  /** TR, Art. 57(2), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Hakkında sınır dışı etme kararı alınanlardan; … kamu düzeni, kamu güvenliği veya kamu sağlığı açısından tehdit oluşturanlar hakkında valilik tarafından idari gözetim kararı alınır.» */
  publicOrderSecurityOrHealthThreat: { citation: 'Art. 57(2)', titleTr: 'Kamu düzeni, kamu güvenliği veya kamu sağlığı açısından tehdit oluşturanlar', titleEn: 'Threat to public order, public security or public health' },
});

/** Art. 57(3): the only grounds that allow extending detention beyond six months (by at most six). */
export const DETENTION_EXTENSION_GROUNDS = criteria('removal.detentionExtension', {
  /** TR, Art. 57(3), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Geri gönderme merkezlerinde idari gözetim süresi altı ayı geçemez. Ancak bu süre, sınır dışı etme işlemlerinin yabancının işbirliği yapmaması … nedeniyle tamamlanamaması hâlinde, en fazla altı ay daha uzatılabilir.» */
  nonCooperation: { citation: 'Art. 57(3)', titleTr: 'Yabancının işbirliği yapmaması', titleEn: 'The person does not cooperate' },
  /** TR, Art. 57(3), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «… Ancak bu süre, sınır dışı etme işlemlerinin yabancının … ülkesine ilişkin doğru bilgi ya da belgeleri vermemesi nedeniyle tamamlanamaması hâlinde, en fazla altı ay daha uzatılabilir.» */
  falseInformationAboutCountry: { citation: 'Art. 57(3)', titleTr: 'Ülkesine ilişkin doğru bilgi veya belgeleri vermemesi', titleEn: 'The person gives false information or documents about the country' },
});

export type RemovalOutcome = 'removable' | 'barred' | 'noGround';

export interface RemovalResult extends RuleResult<RemovalOutcome> {
  /** Art. 55(1) bars found: a removal decision is not taken. */
  bars: Criterion[];
  /** Art. 54(2) limit when the person is an applicant or status holder without a 54(2) ground. */
  protectionHolderLimit?: Criterion;
  /** Art. 53(3) stay and whether its exceptions apply (54(1)(b),(d),(k), 54(2)). */
  stay: Criterion;
  stayExceptions: Criterion[];
  staysDuringProceedings: boolean;
  /** Art. 56(1): grounds to withhold the departure period; empty → 15–30 days must be given. */
  departureWithheld: Criterion[];
  /** Art. 57(2): grounds that allow administrative detention. */
  detentionGrounds: Criterion[];
  /** Art. 55(2) when barred. */
  barObligations?: Criterion;
}

/**
 * Art. 54 grounds and Art. 55 bars. Art. 54(1) says the decision "is taken" but Art. 53 leaves the assessment
 * to the governorate; the outcome `removable` is what the officer may decide, `barred`/`noGround` what it may not.
 */
export function assessRemoval(facts: RemovalFacts): RemovalResult {
  const f = facts as Record<FactKey, unknown>;
  const grounds = pick(REMOVAL_GROUNDS, f);
  const holderGrounds = pick(PROTECTION_HOLDER_GROUNDS, f);
  const bars = pick(REMOVAL_BARS, f);
  const holder = facts.protectionApplicantOrStatusHolder === true;
  const matched = holder ? [...holderGrounds, ...grounds] : grounds;
  const stayExceptions = [
    ...STAY_EXCEPTION_KEYS.filter((k) => facts[k] === true).map((k) => REMOVAL_GROUNDS[k]),
    ...(holder ? holderGrounds : []),
  ];
  const base = {
    matched,
    bars,
    stay: STAY,
    stayExceptions,
    staysDuringProceedings: stayExceptions.length === 0,
    departureWithheld: pick(DEPARTURE_WITHHELD, f),
    detentionGrounds: pick(DETENTION_GROUNDS, f),
  };
  if (bars.length > 0) return { outcome: 'barred', ...base, excluded: matched, barObligations: BAR_OBLIGATIONS };
  if (holder && holderGrounds.length === 0) {
    return { outcome: 'noGround', ...base, matched: [], excluded: grounds, protectionHolderLimit: PROTECTION_HOLDER_LIMIT };
  }
  return { outcome: matched.length ? 'removable' : 'noGround', ...base };
}

// ---------------------------------------------------------------- administrative detention (Art. 57)

export interface RemovalDetentionTerm {
  startedAt: IsoInstant;
  /** Art. 57(2): transfer to a removal centre within 48 hours of the detention decision (an instant). */
  transferDueAt: IsoInstant;
  /** Art. 57(3): six months, never more without an extension ground. */
  capAt: IsoInstant;
  /** Art. 57(3): at most six months more, only for non-cooperation or false information about the country. */
  extendedCapAt: IsoInstant;
  citation: string;
}

/** The limits of one removal detention, from the instant it was decided; the values in force on that day. */
export function removalDetentionTerm(startedAt: IsoInstant): RemovalDetentionTerm {
  const day = turkeyDateOf(startedAt);
  const capAt = instantPlusMonths(startedAt, valueAt('removal.detentionMax', day));
  /** TR, Art. 57(2), 57(3), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «İdari gözetim altına alınan yabancılar, kolluk birimlerince kırk sekiz saat içinde geri gönderme merkezlerine götürülür.» «Geri gönderme merkezlerinde idari gözetim süresi altı ayı geçemez. Ancak bu süre … en fazla altı ay daha uzatılabilir.» */
  return {
    startedAt,
    transferDueAt: periodEnd({ start: startedAt, parameter: 'removal.transferToCentre' }).dueAt,
    capAt,
    extendedCapAt: instantPlusMonths(capAt, valueAt('removal.detentionMaxExtension', day)),
    citation: 'Art. 57(2), Art. 57(3)',
  };
}
