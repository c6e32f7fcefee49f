// One Camunda form per user-task formId of ../../processes/*.bpmn, and one start form (`start-<processId>`) per
// start contract. Keys are the process variables the gateways and workers read (see processes/README.md).
import { checkbox, checklist, criteriaTable, date, fixedId, form, group, number, radio, select, table, text, textarea, textfield } from './components.mjs';

const caseHeader = text('Başvuru / dosya no: **{{applicationNumber}}{{caseNumber}}**');
const overdue = (flag, label) => text(`⚠ **${label}** — süre aşıldı, denetçiye bildirildi.`, { hide: `${flag} != true` });
const reasons = [
  textarea('factualReasons', 'Maddi (olgusal) gerekçeler', { required: true, minLength: 20, description: 'Kararın dayandığı olgular (Md. 78(6); "maddi" = factual, brief C6).' }),
  textarea('legalReasons', 'Hukuki gerekçeler', { required: true, minLength: 20, description: 'Uygulanan madde ve fıkralar.' }),
];

// Functions, so the start forms get fresh ids; called once here first, which keeps the task forms' ids stable.
const acceleratedFactFields = () => [
  checkbox('unaccompaniedMinor', 'Refakatsiz çocuk (Md. 66, Md. 79(4))'),
  checkbox('ageDisputed', 'Yaş tespiti konusunda uyuşmazlık var (Md. 79(4); karar E.5)'),
  checkbox('onlyUnrelatedMatters', 'Md. 79(1)(a): Uluslararası koruma ile ilgisi olmayan konuları ileri sürdü'),
  checkbox('misledAuthorities', 'Md. 79(1)(b): Sahte belge, yanıltıcı bilgi veya bilgi saklama ile makamları yanılttı'),
  checkbox('destroyedDocuments', 'Md. 79(1)(c): Kimliğini gizlemek için belgelerini kötü niyetle imha etti / elden çıkardı'),
  checkbox('inRemovalDetention', 'Md. 79(1)(ç): Sınır dışı edilmek üzere idari gözetim altında (Md. 57)'),
  checkbox('appliedToDelayRemoval', 'Md. 79(1)(d): Sadece sınır dışı edilmeyi geciktirmek / engellemek için başvurdu'),
  checkbox('publicOrderThreat', 'Md. 79(1)(e): Kamu düzeni veya güvenliği için tehlike oluşturuyor'),
  checkbox('previouslyRemovedForPublicOrder', 'Md. 79(1)(e): Bu nedenle daha önce sınır dışı edildi'),
  checkbox('reappliedAfterDeemedWithdrawal', 'Md. 79(1)(f): Başvurusu geri çekilmiş sayıldıktan sonra yeniden başvurdu (Md. 77)'),
];

// The contract allows 80 characters for a country (processes/contracts/facts.ts); the registration form predates it.
const inadmissibilityFactFields = (countryMaxLength = 200) => [
  checkbox('repeatWithoutNewGrounds', 'Md. 72(1)(a): Yeni gerekçe sunmadan başvurusunu tekrarladı'),
  checkbox('ownApplicationAfterConsentWithoutCause', 'Md. 72(1)(b): Adına yapılan başvuruya rıza gösterdikten sonra makul gerekçesiz ayrı başvuru'),
  checkbox('ownApplicationAfterRejectionWithoutNewGrounds', 'Md. 72(1)(b): Ret sonrası farklı gerekçe sunmadan ayrı başvuru'),
  group(
    'Birinci iltica ülkesi (Md. 72(1)(c), Md. 73)',
    [
      textfield('country', 'Ülke', { maxLength: countryMaxLength }),
      checkbox('recognisedAndCanStillAvail', 'Mülteci olarak tanınmış ve korumadan hâlen yararlanabilir'),
      checkbox('sufficientEffectiveProtection', 'Geri gönderme yasağı dâhil yeterli ve etkili koruma var'),
    ],
    { path: 'firstCountryOfAsylum' },
  ),
  group(
    'Güvenli üçüncü ülke (Md. 72(1)(ç), Md. 74)',
    [
      textfield('country', 'Ülke', { maxLength: countryMaxLength }),
      checkbox('appliedOrCouldHaveApplied', 'Md. 74(1): Başvuru yaptı veya yapma imkânı vardı'),
      checkbox('noThreatOnConventionGrounds', 'Md. 74(2)(a): Sözleşme sebepleriyle hayat/özgürlük tehdidi yok'),
      checkbox('nonRefoulementApplied', 'Md. 74(2)(b): Geri gönderme yasağı uygulanıyor'),
      checkbox('canSeekRefugeeStatus', 'Md. 74(2)(c): Mülteci statüsü talep edilip koruma alınabilir'),
      checkbox('noRiskOfSeriousHarm', 'Md. 74(2)(ç): Ciddi zarar riski yok'),
      checkbox('individualConnection', 'Md. 74(3): Bireysel değerlendirmede geri dönüşü makul kılan bağlantı var'),
    ],
    { path: 'safeThirdCountry' },
  ),
];

// --- Removal (Arts. 53–57)
const removalFactFields = () => [
  group('Md. 54(1) sınır dışı etme sebepleri', [
    checkbox('tckArticle59', 'Md. 54(1)(a): TCK Md. 59 uyarınca sınır dışı edilmesi öngörülen'),
    checkbox('terroristOrCriminalOrganisation', 'Md. 54(1)(b): Terör örgütü veya çıkar amaçlı suç örgütü yöneticisi, mensubu, destekleyicisi'),
    checkbox('falseInformationOrForgedDocuments', 'Md. 54(1)(c): Giriş, vize, ikamet işlemlerinde gerçeğe aykırı bilgi / sahte belge'),
    checkbox('illegitimateLivelihood', 'Md. 54(1)(ç): Geçimini meşru olmayan yollardan sağlayan'),
    checkbox('publicOrderSecurityOrHealthThreat', 'Md. 54(1)(d): Kamu düzeni, güvenliği veya sağlığı açısından tehdit'),
    checkbox('visaOverstayOrVisaCancelled', 'Md. 54(1)(e): Vize / vize muafiyeti süresini 10 günden fazla aşan veya vizesi iptal edilen'),
    checkbox('residencePermitCancelled', 'Md. 54(1)(f): İkamet izni iptal edilen'),
    checkbox('permitOverstayWithoutCause', 'Md. 54(1)(g): İzin bitiminden itibaren haklı sebepsiz 10 günden fazla ihlal'),
    checkbox('workingWithoutPermit', 'Md. 54(1)(ğ): Çalışma izni olmadan çalışan'),
    checkbox('unlawfulEntryOrExit', 'Md. 54(1)(h): Yasal giriş / çıkış ihlali veya teşebbüsü'),
    checkbox('enteredDespiteEntryBan', 'Md. 54(1)(ı): Giriş yasağına rağmen gelen'),
    checkbox('finalNegativeProtectionDecision', 'Md. 54(1)(i): Nihai karardan sonra Türkiye’de kalma hakkı bulunmayan'),
    checkbox('notLeftAfterPermitRenewalRefused', 'Md. 54(1)(j): Uzatma reddinden sonra 10 gün içinde çıkmayan'),
    checkbox('linkedToDesignatedTerroristOrganisation', 'Md. 54(1)(k): Uluslararası kuruluşlarca terör örgütü olarak belirlenen örgütlerle ilişkili'),
  ]),
  group('Md. 54(2) uluslararası koruma başvuru / statü sahibi', [
    checkbox('protectionApplicantOrStatusHolder', 'Uluslararası koruma başvuru sahibi veya statü sahibi'),
    checkbox('seriousDangerToStateSecurity', 'Devletin güvenliği açısından ciddi tehlike emareleri'),
    checkbox('convictedOfSeriousCrime', 'Ağır suçtan kesin mahkûmiyet nedeniyle toplum için tehlike'),
  ]),
  group('Md. 55(1) sınır dışı etme engelleri', [
    checkbox('riskOfDeathPenaltyOrTorture', 'Md. 55(1)(a): Ölüm cezası, işkence, insanlık dışı / onur kırıcı muamele emaresi'),
    checkbox('unsafeToTravel', 'Md. 55(1)(b): Sağlık, yaş veya hamilelik nedeniyle seyahat riski'),
    checkbox('lifeThreateningIllnessNoTreatment', 'Md. 55(1)(c): Hayatı tehdit eden hastalık, varış ülkesinde tedavi imkânı yok'),
    checkbox('inVictimSupportProcess', 'Md. 55(1)(ç): İnsan ticareti mağduru destek sürecinden yararlanıyor'),
    checkbox('violenceVictimInTreatment', 'Md. 55(1)(d): Şiddet mağduru, tedavisi tamamlanmadı'),
  ]),
  group('Md. 56(1), 57(2) ve tahdit olguları', [
    checkbox('flightRisk', 'Kaçma ve kaybolma riski'),
    checkbox('permitSoughtWithUnfoundedDocuments', 'Asılsız belgelerle ikamet izni almaya çalıştı / aldı'),
    checkbox('notLeftWithinDeparturePeriod', 'Verilen sürede Türkiye’yi terk etmedi'),
    checkbox('unpaidFine', '6458 sayılı Kanun kapsamında ödenmemiş idari para cezası (Ç-135)'),
  ]),
];
const guardNotice = (variable) => text(`⚠ **Kural bu seçimi kabul etmedi:** {{${variable}.reasonTr}} ({{${variable}.citationTr}})`, { hide: `${variable} = null or ${variable}.accepted != false` });
const acceleratedFacts = acceleratedFactFields();
const inadmissibilityFacts = inadmissibilityFactFields();

// Fields of the start forms' shared parts (processes/contracts/common.ts), made per form so ids stay unique.
const caseNumberField = (key, label, description = 'Büyük harf, rakam, "/" ve "-" (3–40 karakter), ör. UK-2026-000123.') =>
  textfield(key, label, { required: true, maxLength: 40, pattern: '^[A-Z0-9][A-Z0-9/-]{2,39}$', description });
const personGroup = (path, label) =>
  group(
    label,
    [
      textfield('fullName', 'Adı soyadı', { required: true, maxLength: 200 }),
      textfield('nationality', 'Uyruğu', { required: true, minLength: 2, maxLength: 60 }),
      date('dateOfBirth', 'Doğum tarihi'),
      textfield('language', 'Bildirim ve tercüman dili (Md. 70)', { maxLength: 2, pattern: '^[a-z]{2}$', description: 'ISO 639-1 kodu, ör. ar, fa, ru.' }),
    ],
    { path },
  );
const representativeGroup = () =>
  group(
    'Avukat veya yasal temsilci (Md. 72(3), 78(6))',
    [
      text('Yoksa boş bırakın; varsa türü ve adı zorunludur. Tebligat temsilciye yapılır.'),
      select('kind', 'Temsilci türü', [['lawyer', 'Avukat'], ['legal-representative', 'Yasal temsilci']]),
      textfield('fullName', 'Temsilcinin adı soyadı', { maxLength: 200 }),
      textarea('address', 'Tebligat adresi', { maxLength: 500 }),
    ],
    { path: 'representative' },
  );

const courtCitation = text('Dava yolu: {{courtRulingCitation}}. Yargılama süresince başvuru sahibi Türkiye’de kalır (Md. 80(1)(e)).');

export const FORMS = [
  form('ipa-registration', 'Uluslararası koruma başvurusunun kaydı (Md. 69)', [
    text('Başvuru no: **{{applicationNumber}}** — başvuru tarihi: {{applicationDate}}'),
    date('registrationDate', 'Kayıt tarihi', { required: true }),
    textarea('travelRoute', 'Türkiye’ye geliş güzergâhı', { required: true, minLength: 5 }),
    textarea('priorAsylumClaims', 'Başka ülkelerdeki önceki başvurular', { description: 'Md. 69; Md. 72–74 değerlendirmesine girdi.' }),
    checkbox('interpreterRequested', 'Tercüman talep edildi (Md. 70)'),
    group('Ön inceleme olguları', [...acceleratedFacts, ...inadmissibilityFacts], { path: 'facts' }),
    date('acceleratedGroundEstablishedOn', 'Md. 79(1) sebebinin sonradan tespit edildiği tarih (varsa)', { description: '3 günlük görüşme süresi bu tarihten işler (karar E.4).' }),
  ]),
  form('ipa-route', 'Başvurunun yönlendirilmesi', [
    caseHeader,
    text('Kural önerisi: **{{proposedRoute}}**'),
    criteriaTable('Kabul edilemezlik sebepleri (Md. 72–74)', 'inadmissibilityCriteria'),
    criteriaTable('Karşılanmayan koşullar (Md. 73, 74)', 'inadmissibilityUnmet'),
    criteriaTable('Hızlandırılmış usul ölçütleri (Md. 79(1))', 'acceleratedCriteria'),
    criteriaTable('İstisna nedeniyle uygulanmayan ölçütler', 'acceleratedExcluded'),
    text('⚠ {{acceleratedExceptionText}}', { hide: 'acceleratedExceptionText = null' }),
    radio('route', 'Usul', [['inadmissibility', 'Kabul edilemezlik incelemesi (Md. 72–74)'], ['accelerated', 'Hızlandırılmış değerlendirme (Md. 79)'], ['regular', 'Olağan usul (Md. 75, 78)']], { required: true }),
    textarea('routeReason', 'Gerekçe', { required: true, minLength: 10 }),
  ]),
  form('ipa-interview', 'Kişisel görüşme (Md. 75)', [
    caseHeader,
    text('Görüşme süresinin sonu (Md. 75(1)): {{interviewDueAt}}'),
    overdue('interviewOverdue', '30 günlük görüşme süresi'),
    date('interviewDate', 'Görüşme tarihi', { required: true }),
    checkbox('lawyerPresent', 'Avukat görüşmeyi izledi'),
    checkbox('interpreterUsed', 'Tercüman kullanıldı'),
    textarea('interviewSummary', 'Görüşme özeti', { required: true, minLength: 20 }),
    checkbox('minutesCopyGiven', 'Tutanağın bir örneği başvuru sahibine verildi (Md. 75)', { required: true }),
  ]),
  form('ipa-decision', 'Uluslararası koruma kararı (Md. 78)', [
    caseHeader,
    text('Karar süresinin sonu (Md. 78(1)): {{decisionDueAt}}'),
    overdue('decisionOverdue', '6 aylık karar süresi'),
    radio('ipDecision', 'Karar', [['refugee', 'Mülteci'], ['conditional-refugee', 'Şartlı mülteci'], ['subsidiary-protection', 'İkincil koruma'], ['rejected', 'Ret']], { required: true }),
    ...reasons,
    checkbox('familyCovered', 'Karar aile üyelerini de kapsar (Md. 78(2))'),
  ]),
  form('ipa-commission-decision', 'Uluslararası Koruma Değerlendirme Komisyonu kararı (Md. 80(1)(a))', [
    caseHeader,
    radio('commissionDecision', 'Komisyon kararı', [['accepted', 'İtiraz kabul edildi'], ['rejected', 'İtiraz reddedildi']], { required: true }),
    date('commissionDecisionDate', 'Karar tarihi', { required: true }),
    textarea('commissionReasons', 'Gerekçe özeti', { required: true, minLength: 10 }),
  ]),
  form('court-ruling', 'İdare mahkemesi kararı', [
    caseHeader,
    courtCitation,
    text('Yargılama süresinin sonu: {{courtRulingDueAt}}', { hide: 'courtRulingDueAt = null' }),
    overdue('courtRulingOverdue', '15 günlük yargılama süresi (Md. 80(1)(d))'),
    textfield('courtName', 'Mahkeme', { required: true }),
    date('courtRulingDate', 'Karar tarihi', { required: true }),
    radio('courtRuling', 'Karar', [['annulled', 'İdari karar iptal edildi'], ['upheld', 'Dava reddedildi (karar onandı)']], { required: true }),
    textarea('courtRulingSummary', 'Karar özeti', { required: true, minLength: 10 }),
  ]),
  form('removal-assessment', 'Sınır dışı etme değerlendirmesi (Md. 54(1)(i), Md. 53–57)', [
    caseHeader,
    table('Tahdit kodu önerileri (öneridir; memur onaylar)', 'if restrictionProposals = null then [] else restrictionProposals', [['restrictionCode', 'Kod'], ['titleTr', 'Anlamı'], ['durationTr', 'Süre'], ['citation', 'Kaynak']]),
    checklist('confirmedRestrictionCodes', 'Onaylanan tahdit kodları', [['O-176', 'O-176 (3 yıl)'], ['O-177', 'O-177 (5 yıl)']]),
    radio('removalAssessment', 'Değerlendirme sonucu', [['removal-decision', 'Sınır dışı etme kararı alınmalı (Md. 54(1)(i))'], ['humanitarian-permit', 'İnsani ikamet izni (Md. 46(1))'], ['no-removal', 'Sınır dışı edilemez (Md. 55)']], { required: true }),
    textarea('removalReasons', 'Gerekçe', { required: true, minLength: 20 }),
  ]),
  form('supervisor-escalation', 'Süre aşımı — denetçi incelemesi', [
    caseHeader,
    text('**{{escalationTitle}}** ({{escalationCitation}}) — süre sonu: {{escalationDueAt}}'),
    text('Süre aşımı dosyayı karara bağlamaz (karar E.3); eksik işlemi düzenleyin.'),
    radio('supervisorAction', 'Alınan önlem', [['reassigned', 'Görev yeniden atandı'], ['expedited', 'İşlem hızlandırıldı'], ['applicant-informed', 'Başvuru sahibi bilgilendirildi'], ['other', 'Diğer']], { required: true }),
    textarea('supervisorNote', 'Not', { required: true, minLength: 10 }),
  ]),
  form('ap-age-dispute', 'Yaş tespiti (Md. 79(4))', [
    caseHeader,
    text('Refakatsiz çocuklar hızlandırılmış değerlendirmeye alınmaz (Md. 79(4)). Yaş uyuşmazlığı önce çözülür (karar E.5).'),
    radio('ageDisputeOutcome', 'Sonuç', [['unaccompanied-minor', 'Refakatsiz çocuk'], ['accompanied-minor', 'Refakatli çocuk'], ['adult', 'Yetişkin']], { required: true }),
    date('ageAssessmentDate', 'Tespit tarihi', { required: true }),
    textarea('ageAssessmentBasis', 'Dayanak (belge, tıbbi değerlendirme vb.)', { required: true, minLength: 10 }),
  ]),
  form('ap-interview', 'Hızlandırılmış usulde görüşme (Md. 79(2))', [
    caseHeader,
    text('Görüşme süresinin sonu (3 gün, Md. 79(2)): {{interviewDueAt}}'),
    overdue('interviewOverdue', '3 günlük görüşme süresi'),
    criteriaTable('Hızlandırılmış usul ölçütleri', 'acceleratedCriteria'),
    date('interviewDate', 'Görüşme tarihi', { required: true }),
    checkbox('lawyerPresent', 'Avukat görüşmeyi izledi'),
    checkbox('interpreterUsed', 'Tercüman kullanıldı'),
    textarea('interviewSummary', 'Görüşme özeti', { required: true, minLength: 20 }),
  ]),
  form('ap-decision', 'Hızlandırılmış usulde karar (Md. 79)', [
    caseHeader,
    text('Karar süresinin sonu (görüşmeden itibaren 5 gün, Md. 79(2)): {{decisionDueAt}}'),
    overdue('decisionOverdue', '5 günlük karar süresi'),
    criteriaTable('Hızlandırılmış usul ölçütleri', 'acceleratedCriteria'),
    radio('acceleratedDecision', 'Karar', [['granted', 'Koruma verildi'], ['rejected', 'Ret'], ['exit-regular', 'Olağan usule aktar (Md. 79(3))']], { required: true }),
    ...reasons.map((r) => ({ ...r, conditional: { hide: '=acceleratedDecision = "exit-regular"' } })),
    textarea('acceleratedExitReason', 'Olağan usule aktarma gerekçesi (Md. 79(3))', { required: true, minLength: 10, hide: 'acceleratedDecision != "exit-regular"' }),
    text('Ret halinde: İtiraz Komisyonu yolu kapalıdır; tebliğden itibaren 15 gün içinde idare mahkemesinde dava açılabilir (Md. 80(1)(a),(ç)).'),
  ]),
  form('ap-exit', 'Olağan usule aktarma (Md. 79(3))', [
    caseHeader,
    text('Değerlendirmenin uzun süreceği anlaşıldığında başvuru genel hükümlere göre değerlendirilir. 30 günlük görüşme ve 6 aylık karar süreleri kendi başlangıç tarihlerinden işler (karar E.4).'),
    textarea('acceleratedExitReason', 'Gerekçe', { required: true, minLength: 10 }),
  ]),
  form('ia-assessment', 'Kabul edilemezlik değerlendirmesi (Md. 72–74)', [
    caseHeader,
    fixedId('Text_inadmissibilityGuard', () => guardNotice('inadmissibilityGuard')),
    criteriaTable('Bulunan sebepler', 'inadmissibilityCriteria'),
    criteriaTable('Karşılanmayan koşullar', 'inadmissibilityUnmet'),
    table('Olası geri gönderme yolları', 'if inadmissibilityRoutes = null then [] else inadmissibilityRoutes', [['citation', 'Madde'], ['titleTr', 'Yol'], ['country', 'Ülke']]),
    text('Bir kabul edilemezlik sebebi ortaya çıktığında değerlendirme sona erdirilir (Md. 72(2)).'),
    radio('inadmissibilityGround', 'Sonuç', [['none', 'Kabul edilemezlik sebebi yok'], ['a', 'Md. 72(1)(a)'], ['b', 'Md. 72(1)(b)'], ['c', 'Md. 72(1)(c) — birinci iltica ülkesi'], ['ç', 'Md. 72(1)(ç) — güvenli üçüncü ülke']], { required: true }),
    checkbox('individualAssessmentDone', 'Bireysel değerlendirme yapıldı (Md. 74(3))', { hide: 'inadmissibilityGround != "ç"', required: true }),
    textarea('inadmissibilityReasons', 'Gerekçe', { required: true, minLength: 20 }),
    fixedId('Text_inadmissibilityDiscretion', () => text('(c) ve (ç) yalnızca kural Md. 73 veya Md. 74(1)–(3) koşullarını karşılanmış bulduysa seçilebilir. Kural bir sebep bulduğu hâlde "sebep yok" seçilirse (bireysel değerlendirme, Md. 74(3)) gerekçe ayrılma gerekçesi olarak kaydedilir.')),
  ]),
  form('ia-readmission-request', 'Geri kabul talebi', [
    caseHeader,
    text('Geri gönderme tamamlanıncaya kadar başvuru sahibi Türkiye’de kalabilir (Md. 73, 74(1)).'),
    textfield('readmissionCountry', 'Ülke', { required: true }),
    date('readmissionRequestDate', 'Talep tarihi', { required: true }),
    textfield('readmissionReference', 'Yazışma referansı', { required: true }),
  ]),
  form('ia-return-execution', 'Geri gönderme', [
    caseHeader,
    date('returnDate', 'Gönderme tarihi', { required: true }),
    textfield('returnBorderGate', 'Sınır kapısı', { required: true }),
    textarea('returnNotes', 'Not'),
  ]),
  form('vs-grant', 'İnsan ticareti mağduru ikamet izni (Md. 48)', [
    caseHeader,
    text('Diğer ikamet izinlerinin şartları (pasaport, vize, geçim, adres, sağlık sigortası, sınır dışı kararı veya giriş yasağı) aranmaz (Md. 48(2)). Barınma yerinin adresi gizlidir; buraya yazmayın.'),
    radio('identificationBasis', 'Dayanak', [['identified-victim', 'Mağdur olduğu tespit edildi'], ['strong-suspicion', 'Mağdur olabileceğine dair kuvvetli şüphe']], { required: true }),
    date('grantDate', 'İzin tarihi', { required: true }),
    checkbox('supportProgrammeConsent', 'Destek programına bilgilendirilmiş rıza verdi'),
  ]),
  form('vs-period-review', 'İzin dönemi: yenileme değerlendirmesi (Md. 49(1))', [
    caseHeader,
    text('İzin bitişi: **{{permitExpiresAt}}** — 3 yıllık üst sınır: {{permitCapEndsAt}}'),
    overdue('permitExpiredWithoutDecision', 'İzin süresi'),
    radio('permitReviewDecision', 'Karar', [['renew', 'Yenile'], ['end', 'Sona ersin']], { required: true }),
    checklist('renewalGrounds', 'Yenileme sebepleri (Md. 49(1))', [['safety', 'Güvenlik'], ['health', 'Sağlık'], ['specialCircumstances', 'Özel durum']], { required: true, hide: 'permitReviewDecision != "renew"' }),
    number('renewalMonths', 'Yenileme süresi (ay, en çok 6)', { required: true, min: 1, max: 6, hide: 'permitReviewDecision != "renew"' }),
    textarea('reviewReasons', 'Gerekçe', { required: true, minLength: 10 }),
  ]),
  form('vs-termination-decision', 'Destek programının sonlandırılması', [
    caseHeader,
    text('Kural sonucu: **{{terminationRuleOutcome}}**'),
    criteriaTable('Raporda bulunan ve geçerli sebepler', 'terminationGrounds'),
    criteriaTable('Zorlama veya gönüllülük bulunmaması nedeniyle dikkate alınmayan sebepler', 'terminationSetAside'),
    criteriaTable('Uygulanan istisnalar', 'terminationExceptions'),
    text('Zorlama, tehdit, şiddet veya yıldırma altında yapılan davranışlar programı sonlandırmaz (karar E.6).'),
    text('İzin iptali açısından (Md. 49(2); [S2]): **{{cancellationRuleOutcome}}**'),
    criteriaTable('İzin iptal sebepleri', 'cancellationGrounds'),
    criteriaTable('İptal halinde gözetilecek hususlar (Md. 25(1))', 'cancellationMustWeigh'),
    checkbox('programmeTerminated', 'Destek programı sonlandırılsın', { hide: 'terminationRuleOutcome != "terminate"' }),
    textarea('terminationReasons', 'Gerekçe', { required: true, minLength: 20 }),
    fixedId('Text_terminationGuard', () => guardNotice('terminationGuard')),
    fixedId('Text_terminationDiscretion', () => text('Sonlandırma takdire bağlıdır: kural bir sebep bulduğu hâlde sonlandırmamak mümkündür, ancak ayrılma gerekçesi zorunludur. Kural sonlandırmaya izin vermiyorsa (zorlama, gönüllülük tespiti yok, rapor yok) sonlandırma kabul edilmez.')),
    fixedId('Field_departureReason_termination', () => textarea('departureReason', 'Kural önerisinden ayrılma gerekçesi', { required: true, minLength: 20, hide: 'terminationRuleOutcome != "terminate" or programmeTerminated = true' })),
  ]),
  form('vs-next-steps', 'Sonraki seçeneklerin teklifi', [
    caseHeader,
    text('İzin sona erdi ({{permitEndReason}}). Md. 55(1)(ç) engeli kalktı. Aşağıdaki seçenekler yalnızca teklif edilir; hiçbiri kendiliğinden başlamaz (karar E.6).'),
    table('Seçenekler', 'if victimOffers = null then [] else victimOffers', [['titleTr', 'Seçenek'], ['citation', 'Madde']]),
    radio('nextStepChosen', 'Kişinin / memurun tercihi', [['voluntary-return', 'Gönüllü geri dönüş (Md. 87)'], ['removal-assessment-offered', 'Sınır dışı etme değerlendirmesi teklif edildi (Md. 54(1))'], ['other-permit', 'Başka ikamet izni (Md. 46(1)(c), öğrenci)'], ['none', 'Seçenek kabul edilmedi']], { required: true }),
    textarea('nextStepNotes', 'Not'),
  ]),
  form('vr-request', 'Gönüllü geri dönüş talebi (Md. 87)', [
    caseHeader,
    checkbox('writtenRequest', 'Yazılı talep alındı', { required: true }),
    date('requestDate', 'Talep tarihi', { required: true }),
    checkbox('identityAndTravelDocument', 'Kimlik ve seyahat belgesi mevcut'),
    radio('destination', 'Varış yeri', [['origin', 'Menşe ülke'], ['safeThirdCountry', 'Güvenli üçüncü ülke']], { required: true }),
    textfield('destinationCountry', 'Ülke', { required: true }),
    checkbox('unaccompaniedMinor', 'Refakatsiz çocuk (Md. 66)'),
    checkbox('bestInterestsAssessed', 'Çocuğun üstün yararı değerlendirildi', { hide: 'unaccompaniedMinor != true', required: true }),
  ]),
  form('vr-voluntariness-interview', 'Gönüllülük görüşmesi', [
    caseHeader,
    checkbox('voluntarinessRecorded', 'Geri dönüşün gönüllü olduğu görüşmede teyit edildi'),
    checkbox('informedConsent', 'Bilgilendirilmiş rıza alındı (mağdurlar)', { hide: 'personCategory != "victim"', required: true }),
    checkbox('interpreterUsed', 'Tercüman kullanıldı'),
    textarea('voluntarinessNotes', 'Görüşme notu', { required: true, minLength: 20 }),
  ]),
  form('vr-non-refoulement', 'Geri gönderme yasağı değerlendirmesi (Md. 4)', [
    caseHeader,
    table('Geri dönüş koşulları', 'if returnChecks = null then [] else returnChecks', [['citation', 'Madde'], ['titleTr', 'Koşul'], ['state', 'Durum']]),
    text('Hiç kimse işkenceye, insanlık dışı veya onur kırıcı muameleye maruz kalacağı ya da zulme uğrayacağı bir yere gönderilemez (Md. 4).'),
    checkbox('nonRefoulementCleared', 'Varış ülkesinde Md. 4 kapsamında risk bulunmadı'),
    textarea('nonRefoulementReasons', 'Değerlendirme', { required: true, minLength: 20 }),
  ]),
  form('vr-travel-documents', 'Seyahat belgesi ve konsolosluk teması', [
    caseHeader,
    checkbox('consularContactConsent', 'Vatandaşı olduğu ülkenin konsolosluğu ile temasa rıza verdi'),
    text('Rıza yoksa konsoloslukla temas kurulmaz.', { hide: 'consularContactConsent = true' }),
    select('travelDocumentType', 'Seyahat belgesi', [['passport', 'Pasaport'], ['emergency-travel-document', 'Geçici seyahat belgesi'], ['laissez-passer', 'Laissez-passer']], { required: true }),
    date('travelDocumentIssuedOn', 'Belge tarihi', { required: true }),
  ]),
  form('vr-assistance', 'Yardım ve kuruluşlarla işbirliği (Md. 87)', [
    caseHeader,
    select('assistance', 'Ayni / nakdi yardım (isteğe bağlı, Md. 87(1))', [['none', 'Yok'], ['inKind', 'Ayni'], ['cash', 'Nakdi'], ['inKindAndCash', 'Ayni ve nakdi']], { required: true }),
    number('assistanceAmountTry', 'Nakdi yardım tutarı (TL)', { min: 0, hide: 'assistance != "cash" and assistance != "inKindAndCash"', required: true }),
    select('partnerOrganisation', 'İşbirliği yapılan kuruluş (Md. 87(2), 92(1))', [['IOM', 'IOM'], ['UNHCR', 'BMMYK (UNHCR)'], ['NGO', 'Sivil toplum kuruluşu'], ['public-body', 'Kamu kurumu'], ['none', 'Yok']], { required: true }),
    textfield('partnerReference', 'Kuruluş referansı'),
  ]),
  form('vr-cessation-offer', 'Statünün sona ermesi usulü (Md. 85)', [
    caseHeader,
    text('Gönüllü geri dönüş statünün sona erme sebebidir (Md. 85(1)(a),(ç)). Kişiye yazılı bildirim yapılır ve görüşlerini sunma imkânı verilir (Md. 85(4)); gerekçeli karar itiraz bilgisiyle tebliğ edilir (Md. 85(5)).'),
    checkbox('cessationNoticeGiven', 'Yazılı bildirim yapıldı (Md. 85(4))', { required: true }),
    date('cessationNoticeDate', 'Bildirim tarihi', { required: true }),
    textarea('cessationReply', 'Kişinin görüşü'),
  ]),
  form('vr-exit', 'Sınır kapısından çıkış', [
    caseHeader,
    checkbox('departed', 'Kişi ülkeden çıkış yaptı'),
    date('exitDate', 'Çıkış tarihi', { required: true, hide: 'departed != true' }),
    textfield('borderGate', 'Sınır kapısı', { required: true, hide: 'departed != true' }),
    textarea('nonDepartureReason', 'Çıkış yapılmama sebebi', { required: true, hide: 'departed = true' }),
  ]),
  // Start forms (officer's "New case"): one per start contract of ../../processes/contracts, keys exactly the
  // contract's variables. Optional fields left empty are not sent (the contracts are closed: "" is a value).
  form('start-international-protection-application', 'Yeni dosya: uluslararası koruma başvurusu (Md. 65, 69)', [
    caseNumberField('applicationNumber', 'Başvuru no'),
    date('applicationDate', 'Başvuru tarihi', { required: true, description: '30 günlük görüşme süresi bu tarihten işler (Md. 75(1)).' }),
    textfield('province', 'İl', { maxLength: 60 }),
    personGroup('applicant', 'Başvuru sahibi'),
    representativeGroup(),
  ]),
  form('start-accelerated-procedure', 'Yeni dosya: hızlandırılmış değerlendirme (Md. 79)', [
    caseNumberField('applicationNumber', 'Başvuru no'),
    date('registrationDate', 'Kayıt tarihi', { required: true }),
    date('acceleratedStartDate', 'Hızlandırılmış usulün başladığı gün', { required: true, description: 'Kayıt günü ya da Md. 79(1) sebebinin tespit edildiği gün; 3 günlük görüşme süresi buradan işler (karar E.4).' }),
    personGroup('applicant', 'Başvuru sahibi'),
    representativeGroup(),
    // Only the Art. 79 flags: the accelerated rules read no others (workers/rules/facts.ts).
    group('Md. 79 olguları', [...acceleratedFactFields(), checkbox('examinationWillTakeLong', 'Md. 79(3): Değerlendirmenin uzun süreceği anlaşıldı (genel hükümlere göre değerlendirilir)')], { path: 'facts' }),
  ]),
  form('start-inadmissibility-assessment', 'Yeni dosya: kabul edilemezlik incelemesi (Md. 72–74)', [
    caseNumberField('applicationNumber', 'Başvuru no'),
    personGroup('applicant', 'Başvuru sahibi'),
    representativeGroup(),
    // Only the Art. 72–74 facts: the inadmissibility rules read no others.
    group('Md. 72–74 olguları', inadmissibilityFactFields(80), { path: 'facts' }),
  ]),
  form('start-victim-support', 'Yeni dosya: insan ticareti mağduru destek programı (Md. 48–49)', [
    caseNumberField('caseNumber', 'Dosya no'),
    personGroup('person', 'Olası mağdur'),
    representativeGroup(),
    select('referredBy', 'Yönlendiren', [['law-enforcement', 'Kolluk'], ['hotline-157', 'YİMER 157 hattı'], ['ngo', 'Sivil toplum kuruluşu'], ['international-organisation', 'Uluslararası kuruluş'], ['self', 'Kişinin kendisi'], ['other', 'Diğer']]),
    textfield('province', 'İl', { maxLength: 60 }),
  ]),
  form('start-voluntary-return', 'Yeni dosya: gönüllü geri dönüş (Md. 87)', [
    caseNumberField('caseNumber', 'Dosya no', 'Başvuru sahipleri için başvuru no; diğerleri için dosya no.'),
    radio('personCategory', 'Kişinin durumu', [['applicant', 'Uluslararası koruma başvuru sahibi (Md. 77(1)(a))'], ['status-holder', 'Uluslararası koruma statüsü sahibi (Md. 85)'], ['victim', 'İnsan ticareti mağduru'], ['temporary-protection', 'Geçici koruma sahibi (V-87)']], { required: true }),
    personGroup('person', 'Kişi'),
    representativeGroup(),
  ]),
  // Removal (Arts. 53–57): last, so the ids of the forms above stay as they were.
  form('rm-decision', 'Sınır dışı etme kararı (Md. 53–56)', [
    caseHeader,
    text('Yakalamadan sonra karar süresi (48 saat, Md. 57(1)): {{decisionDueAt}}', { hide: 'decisionDueAt = null' }),
    overdue('decisionOverdue', '48 saatlik karar süresi'),
    guardNotice('removalGuard'),
    text('Kural sonucu: **{{removalRuleOutcome}}** — removable: karar alınabilir; barred: Md. 55 engeli, karar alınamaz; noGround: sebep yok.'),
    criteriaTable('Sınır dışı etme sebepleri (Md. 54)', 'removalGrounds'),
    criteriaTable('Sınır dışı etme engelleri (Md. 55) — varsa karar alınamaz', 'removalBars'),
    criteriaTable('Dava süresince kalış istisnaları (Md. 53(3))', 'removalStayExceptions'),
    criteriaTable('Terk süresi verilmeyecek hâller (Md. 56(1))', 'departureWithheldGrounds'),
    radio('removalDecision', 'Karar', [['remove', 'Sınır dışı etme kararı alınsın'], ['no-removal', 'Sınır dışı etme kararı alınmasın']], { required: true }),
    number('departureDays', 'Türkiye’yi terk için verilen süre (gün)', { min: 0, max: 30, required: true, hide: 'removalDecision != "remove"', description: '15–30 gün (Md. 56(1)); Md. 56(1) hâllerinden biri varsa 0 (süre verilmez).' }),
    textarea('removalReasons', 'Kararın gerekçesi (Md. 53(2))', { required: true, minLength: 20 }),
    text('Sebep bulunmasına rağmen karar almamak takdire bağlıdır (Md. 53(1), 54(1)); bu durumda ayrılma gerekçesi zorunludur. Md. 55 engeli veya sebep yokluğu hâlinde karar alınamaz.'),
    textarea('departureReason', 'Kural önerisinden ayrılma gerekçesi', { minLength: 20, required: true, hide: 'removalDecision != "no-removal" or removalRuleOutcome != "removable"' }),
  ]),
  form('rm-enforcement', 'Uygulama ve idari gözetim kararı (Md. 57(2))', [
    caseHeader,
    guardNotice('detentionGuard'),
    table('Tahdit kodu önerileri (öneridir; memur onaylar)', 'if restrictionProposals = null then [] else restrictionProposals', [['restrictionCode', 'Kod'], ['titleTr', 'Anlamı'], ['durationTr', 'Süre'], ['citation', 'Kaynak']]),
    checklist('confirmedRestrictionCodes', 'Onaylanan tahdit kodları', [['Ç-113', 'Ç-113 (yasa dışı giriş/çıkış)'], ['Ç-150', 'Ç-150 (sahte belge)'], ['Ç-135', 'Ç-135 (ödenmemiş ceza)'], ['V-154', 'V-154 (dava süresince)']]),
    criteriaTable('İdari gözetim sebepleri (Md. 57(2)) — yoksa gözetim kararı alınamaz', 'detentionGrounds'),
    checkbox('detain', 'İdari gözetim kararı alınsın (Md. 57(2))'),
    textarea('detentionReasons', 'Gerekçe ve süre (yazılı, Md. 57(5))', { required: true, minLength: 20 }),
  ]),
  form('rm-transfer', 'Geri gönderme merkezine nakil (Md. 57(2))', [
    caseHeader,
    text('Nakil son anı (48 saat): {{transferDueAt}}'),
    overdue('transferOverdue', '48 saatlik nakil süresi'),
    textfield('removalCentre', 'Geri gönderme merkezi', { required: true }),
    date('transferDate', 'Nakil tarihi', { required: true }),
  ]),
  form('rm-detention-review', 'İdari gözetimin aylık değerlendirmesi (Md. 57(4))', [
    caseHeader,
    guardNotice('reviewGuard'),
    text('Gözetim başlangıcı: {{detentionStartedAt}} — azami süre sonu: {{detentionCapAt}} (Md. 57(3)).'),
    radio('detentionReview', 'Sonuç', [['continue', 'Gözetim devam etsin (gerekçeler sürüyor)'], ['release', 'Serbest bırakılsın (gerekçe kalmadı)'], ['extend', 'Altı aydan fazla uzatılsın (Md. 57(3))']], { required: true }),
    select('detentionExtensionGround', 'Uzatma sebebi (yalnızca Md. 57(3))', [['nonCooperation', 'İşbirliği yapmama'], ['falseInformationAboutCountry', 'Ülkesine ilişkin yanlış bilgi veya belge']], { required: true, hide: 'detentionReview != "extend"' }),
    textarea('detentionReviewReasons', 'Değerlendirme (yazılı, Md. 57(5))', { required: true, minLength: 20 }),
  ]),
  form('rm-execution', 'Sınır dışı etmenin uygulanması', [
    caseHeader,
    checkbox('removalExecuted', 'Kişi sınır dışı edildi'),
    date('removalDate', 'Tarih', { required: true, hide: 'removalExecuted != true' }),
    textfield('removalBorderGate', 'Sınır kapısı', { required: true, hide: 'removalExecuted != true' }),
    textarea('removalNotExecutedReason', 'Uygulanamama sebebi', { required: true, hide: 'removalExecuted = true' }),
  ]),
  form('vs-start-removal', 'Sınır dışı etme değerlendirmesi başlatılsın mı?', [
    caseHeader,
    text('Md. 55(1)(ç) engeli kalktı. Sınır dışı etme değerlendirmesi yalnızca teklif edilir; memur başlatmadıkça başlamaz (karar E.6). Başlatılırsa sebep ve engeller sınır dışı etme sürecinde yeniden denetlenir.'),
    checkbox('startRemovalAssessment', 'Sınır dışı etme değerlendirmesi başlatılsın'),
    group('Olgular', removalFactFields(), { path: 'removalFacts', hide: 'startRemovalAssessment != true' }),
    textarea('startRemovalReasons', 'Gerekçe', { required: true, minLength: 20 }),
  ]),
  form('ipa-deemed-withdrawal', 'Geri çekilmiş sayılma (Md. 77(1))', [
    caseHeader,
    guardNotice('withdrawalGuard'),
    criteriaTable('Bulunan hâller (Md. 77(1))', 'withdrawalGrounds'),
    text('Başvuru yalnızca Md. 77(1)’de sayılan bir hâl varsa geri çekilmiş sayılır (üç defa üst üste mazeretsiz görüşmeye gelmeme veya bildirimde bulunmama vb.).'),
    checkbox('declareWithdrawal', 'Başvuru geri çekilmiş sayılsın'),
    textarea('withdrawalReasons', 'Gerekçe', { required: true, minLength: 20 }),
  ]),
  form('ipa-applicant-detention', 'Başvuru sahibinin idari gözetimi (Md. 68)', [
    caseHeader,
    guardNotice('applicantDetentionGuard'),
    text('Kural sonucu: **{{applicantDetentionRuleOutcome}}** — kimse sırf başvurduğu için gözetim altına alınamaz (Md. 68(1)); önce Md. 71 alternatifleri değerlendirilir (Md. 68(3)); azami {{applicantDetentionMaxDays}} gün (Md. 68(5)).'),
    criteriaTable('Gözetim sebepleri (Md. 68(2))', 'applicantDetentionGrounds'),
    checkbox('alternativesInsufficient', 'Md. 71 alternatifleri (adreste ikamet, bildirim) değerlendirildi ve yetersiz bulundu (Md. 68(3))'),
    checkbox('applicantDetain', 'İdari gözetim kararı alınsın'),
    date('applicantDetentionStartDate', 'Gözetim başlangıcı', { required: true, hide: 'applicantDetain != true' }),
    textarea('applicantDetentionReasons', 'Gerekçe ve süre (yazılı, Md. 68(4))', { required: true, minLength: 20 }),
  ]),
  form('start-removal', 'Yeni dosya: sınır dışı etme (Md. 53–57)', [
    caseNumberField('caseNumber', 'Dosya no', 'Başvuru sahipleri için başvuru no; diğerleri için dosya no.'),
    personGroup('person', 'Kişi'),
    representativeGroup(),
    group('Olgular', removalFactFields(), { path: 'removalFacts' }),
    textfield('apprehendedAt', 'Yakalama anı (Md. 57(1))', { pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$', maxLength: 40, description: 'Yakalandıysa: ör. 2026-03-02T10:30:00+03:00; 48 saatlik karar süresi buradan işler.' }),
    select('referredFrom', 'Gönderen süreç', [['international-protection-application', 'Uluslararası koruma başvurusu'], ['accelerated-procedure', 'Hızlandırılmış değerlendirme'], ['inadmissibility-assessment', 'Kabul edilemezlik'], ['victim-support', 'Mağdur destek programı'], ['direct', 'Doğrudan']]),
  ]),
];
