/**
 * Restriction (tahdit) codes from [S3] (brief D). Every result is a proposal for an officer, never an entry:
 * the seeds do not state the criteria precisely (e.g. O-176 vs O-177), and the codes are kept in another authority's system.
 */
import { Criterion } from './criterion';

/** Facts that may call for a restriction code. */
export interface RestrictionCodeFacts {
  /** Temporary-protection beneficiary who returned voluntarily → V-87. */
  temporaryProtectionVoluntaryReturn?: boolean;
  /** Presented false documents at entry (Arts. 56(1), 79(1)(b)) → Ç-150. */
  falseDocumentsAtEntry?: boolean;
  /** Negative international-protection outcome (inadmissible Art. 72, rejected Art. 78, accelerated rejection Art. 79) → O-176 / O-177. */
  negativeProtectionOutcome?: 'inadmissible' | 'rejected' | 'acceleratedRejected';
  /** A lawsuit against the removal decision is pending (Art. 53(3)) → V-154. */
  removalLawsuitPending?: boolean;
  /** Applicant absent from the declared address (Arts. 71, 77(1)(ç)) → O-100. */
  absentFromDeclaredAddress?: boolean;
  /** Residence permit cancelled for breaches (possibly a victim permit) → V-69. */
  permitCancelledForBreach?: boolean;
  /** Administrative fine under Law 6458 unpaid (Art. 102(4)) → Ç-135. */
  unpaidFine?: boolean;
  /** Unlawful entry or exit (Art. 54(1)(h)) → Ç-113 (2 years; 5 if the fine is unpaid). */
  unlawfulEntryOrExit?: boolean;
}

export interface RestrictionCodeProposal extends Criterion {
  /** The proposed code, e.g. `Ç-150`. */
  restrictionCode: string;
  /** Duration as stated in [S3], or `not stated`. */
  durationTr: string;
  durationEn: string;
  /** Alternatives the officer chooses between (O-176 vs O-177). */
  alternatives?: string[];
  /** Always true: an officer decides. */
  proposal: true;
}

const CODES = {
  /** TR, [S3] (seed, quoted): «V-87: Türkiye’de geçici koruma statüsüyle bulunan kişilerden ülkesine gönüllü olarak geri dönüş yapan yabancılara konan koddur.» */
  'V-87': {
    citation: '[S3]; Art. 91 [K] (not Art. 87)',
    titleTr: 'Geçici koruma statüsüyle bulunup ülkesine gönüllü geri dönen yabancı', titleEn: 'Temporary-protection beneficiary who returned voluntarily',
    durationTr: 'belirtilmemiş', durationEn: 'not stated',
  },
  /** TR, [S3] (seed, quoted): «Ç-150: Ülkeye giriş sırasında sahte belge ibraz eden yabancılar için bu kod kullanılır. Meşruhatlı vize veya dava yoluyla kaldırılması mümkündür.» */
  'Ç-150': {
    citation: '[S3]; Art. 56(1); Art. 79(1)(b)',
    titleTr: 'Ülkeye giriş sırasında sahte belge ibraz eden yabancı', titleEn: 'False documents presented at entry',
    durationTr: 'belirtilmemiş; meşruhatlı vize veya dava ile kaldırılabilir', durationEn: 'not stated; lifted by annotated visa or court',
  },
  /** TR, [S3] (seed, quoted): «O-176: Uluslararası koruma talebinde bulunan yabancının bu talebi uygun görülmezse üç yıl için O-176, beş yıl içinse O-177 kodu kullanılır.» */
  'O-176': {
    citation: '[S3]; Arts. 72, 78, 79',
    titleTr: 'Uluslararası koruma talebi uygun görülmeyen yabancı (3 yıl: O-176, 5 yıl: O-177)', titleEn: 'International-protection request not found appropriate (3 years: O-176, 5 years: O-177)',
    durationTr: '3 yıl (O-176) veya 5 yıl (O-177); ölçüt belirtilmemiş', durationEn: '3 years (O-176) or 5 years (O-177); criterion not stated',
  },
  /** TR, [S3] (seed, quoted): «V-154: Sınır dışı edilme kararına karşı dava açmış kişiler için V-154 kodu kullanılır. Bu süre içerisinde kişi sınır dışı edilemez.» */
  'V-154': {
    citation: '[S3]; Art. 53(3)',
    titleTr: 'Sınır dışı etme kararına karşı dava açmış yabancı; dava süresince sınır dışı edilemez', titleEn: 'Lawsuit against the removal decision pending; no removal meanwhile',
    durationTr: 'dava süresince', durationEn: 'while the lawsuit is pending',
  },
  /** TR, [S3] (seed, quoted): «O-100: İl Göç İdaresi Müdürlüklerine sığınmacı olarak başvuru yaparken beyan ettiği adreste bulunmadığı rutin kontrol veya şikayetlerle tespit edilen kişiler için kullanılan koddur.» */
  'O-100': {
    citation: '[S3]; Art. 71; Art. 77(1)(ç)',
    titleTr: 'Beyan ettiği adreste bulunmayan sığınmacı', titleEn: 'Asylum applicant absent from the declared address',
    durationTr: 'belirtilmemiş', durationEn: 'not stated',
  },
  /** TR, [S3] (seed, quoted): «V-69: Türkiye’de ikamet izni almış ve sonrasında gerekli kurallara uymadığı sebebiyle izni iptal edilmiş kişilere konan koddur. 5 yıl süreyle ülkeye girmeleri engellenir.» */
  'V-69': {
    citation: '[S3]',
    titleTr: 'Kurallara uymadığı için ikamet izni iptal edilen yabancı', titleEn: 'Residence permit cancelled for breaches',
    durationTr: '5 yıl', durationEn: '5 years',
  },
  /** TR, [S3] (seed, quoted): «Ç-135: … Bu para cezasının ödenmemesi halinde ise Ç-135 kodu kullanılarak kişinin beş yıllık bir süreyle ülkeye girmesi yasaklanır.» */
  'Ç-135': {
    citation: '[S3]; Art. 102(4)',
    titleTr: '6458 sayılı Kanun kapsamındaki idari para cezasını ödemeyen yabancı', titleEn: 'Unpaid administrative fine under Law No. 6458',
    durationTr: '5 yıl', durationEn: '5 years',
  },
  'Ç-113': {
    citation: '[S3]; Art. 54(1)(h); Art. 102',
    titleTr: 'Türkiye’ye yasa dışı giriş veya çıkış yapan yabancı', titleEn: 'Unlawful entry into or exit from Türkiye',
    durationTr: '2 yıl; idari para cezası ödenmezse 5 yıl', durationEn: '2 years; 5 years if the fine is unpaid',
  },
} as const;

type Code = keyof typeof CODES;

function proposal(code: Code, alternatives?: string[]): RestrictionCodeProposal {
  const { citation, titleTr, titleEn, durationTr, durationEn } = CODES[code];
  return {
    code: `restrictionCode.${code}`, restrictionCode: code, citation, titleTr, titleEn, durationTr, durationEn,
    ...(alternatives ? { alternatives } : {}), proposal: true,
  };
}

export interface RestrictionCodeResult {
  outcome: 'proposals' | 'none';
  /** Every proposal that applies; an officer confirms, changes or drops each. */
  matched: RestrictionCodeProposal[];
}

const NEGATIVE_OUTCOMES: readonly string[] = ['inadmissible', 'rejected', 'acceleratedRejected'];

export function proposeRestrictionCodes(facts: RestrictionCodeFacts): RestrictionCodeResult {
  const matched: RestrictionCodeProposal[] = [];
  if (facts.temporaryProtectionVoluntaryReturn === true) matched.push(proposal('V-87'));
  if (facts.falseDocumentsAtEntry === true) matched.push(proposal('Ç-150'));
  if (NEGATIVE_OUTCOMES.includes(facts.negativeProtectionOutcome as string)) matched.push(proposal('O-176', ['O-176', 'O-177']));
  if (facts.removalLawsuitPending === true) matched.push(proposal('V-154'));
  if (facts.absentFromDeclaredAddress === true) matched.push(proposal('O-100'));
  if (facts.permitCancelledForBreach === true) matched.push(proposal('V-69'));
  if (facts.unpaidFine === true) matched.push(proposal('Ç-135'));
  if (facts.unlawfulEntryOrExit === true) matched.push(proposal('Ç-113'));
  return { outcome: matched.length ? 'proposals' : 'none', matched };
}
