/**
 * Decisions that cannot be forged: a rule's finding is the authority's record. Before a process acts on an
 * officer's choice (terminate a victim's programme, declare a ground of inadmissibility, remove, detain, extend
 * detention), the guard re-runs the rule on the recorded facts — it never reads a finding or a choice flag a
 * caller could have set — and refuses a choice the law forbids. Where the law leaves discretion ("may"), the
 * officer may depart from the rule's recommendation, but only with a recorded reason.
 */
import { citationStyle } from '../citation-style';
import { valueAt } from '../parameters/registry';
import { Criterion } from './criterion';
import { ApplicantDetentionFacts, assessApplicantDetention, assessDeemedWithdrawal, DeemedWithdrawalFacts } from './applicant';
import { assessInadmissibility, InadmissibilityFacts } from './inadmissibility';
import { assessRemoval, DETENTION_EXTENSION_GROUNDS, RemovalFacts } from './removal';
import { assessVictimProgrammeTermination, VictimTerminationFacts } from './victim';

export interface GuardVerdict {
  /** False: the process routes back to the officer with the reason, and does not act. */
  accepted: boolean;
  /** The outcome the process acts on (only meaningful when accepted). */
  outcome: string;
  /** True when the officer departed from the rule's recommendation where the law allows discretion. */
  departure: boolean;
  reasonTr: string | null;
  reasonEn: string | null;
  /** The articles the refusal (or the departure) rests on, as the rules cite them (`Art. …`). */
  citation: string | null;
  /** The same in the Turkish style (`Md. …`), for the forms. */
  citationTr: string | null;
  /** The rule's outcome the guard computed itself. */
  ruleOutcome: string;
}

/** A recorded reason: non-empty text of at least this many characters (forms ask for the same). */
export const MIN_REASON_LENGTH = 20;
const hasReason = (r: unknown) => typeof r === 'string' && r.trim().length >= MIN_REASON_LENGTH;
const cite = (list: Criterion[]) => [...new Set(list.map((c) => c.citation))].join('; ');

// The reasons quote criteria as the rules cite them; each language's text gets its own citation style.
function accept(outcome: string, ruleOutcome: string, departure = false, citation: string | null = null): GuardVerdict {
  return { accepted: true, outcome, departure, reasonTr: null, reasonEn: null, citation, citationTr: citation && citationStyle(citation, 'tr'), ruleOutcome };
}
function refuse(ruleOutcome: string, reasonTr: string, reasonEn: string, citation: string): GuardVerdict {
  return {
    accepted: false,
    outcome: 'refused',
    departure: false,
    reasonTr: citationStyle(reasonTr, 'tr'),
    reasonEn: citationStyle(reasonEn, 'en'),
    citation,
    citationTr: citationStyle(citation, 'tr'),
    ruleOutcome,
  };
}

/**
 * Victim programme termination (brief E.6): terminating needs the rule's `terminate`; duress or a missing
 * voluntariness finding forbid it. Not terminating although the rule allows it is a discretionary departure
 * ("may be terminated", [S0 Q5]) and needs a reason.
 */
export function guardVictimTermination(facts: VictimTerminationFacts, officerTerminates: unknown, reason: unknown): GuardVerdict {
  const rule = assessVictimProgrammeTermination(facts);
  if (officerTerminates === true) {
    if (rule.outcome === 'terminate') return accept('terminate', rule.outcome);
    const why = rule.exceptions.length ? rule.exceptions : [];
    return refuse(
      rule.outcome,
      `Kural sonucu "${rule.outcome}": program sonlandırılamaz. ${why.map((c) => c.titleTr).join(' ')}`.trim(),
      `Rule outcome "${rule.outcome}": the programme cannot be terminated. ${why.map((c) => c.titleEn).join(' ')}`.trim(),
      cite(why) || '[S0 Q5]; product decision E.6',
    );
  }
  if (rule.outcome === 'terminate') {
    if (!hasReason(reason)) {
      return refuse(rule.outcome, 'Kural sonlandırma sebebi buldu; sonlandırmamak takdire bağlıdır ve gerekçe kaydı zorunludur.', 'The rule found a termination ground; not terminating is discretionary and needs a recorded reason.', '[S0 Q5]');
    }
    return accept('continue', rule.outcome, true, '[S0 Q5]');
  }
  return accept('continue', rule.outcome);
}

/**
 * Inadmissibility ground chosen by the officer (Art. 72): (c) needs a first country of asylum (Art. 73) and (ç)
 * all conditions of Art. 74(1)–(3) as found by the rule. Choosing "none" although a ground was found is a
 * departure (individual assessment, Art. 74(3)) and needs the reasons.
 */
export function guardInadmissibilityGround(facts: InadmissibilityFacts, ground: unknown, reason: unknown): GuardVerdict {
  const rule = assessInadmissibility(facts);
  const routes = rule.routes.map((r) => r.route);
  if (ground === 'ç' && !routes.includes('returnToSafeThirdCountry')) {
    const unmet = rule.unmet.filter((c) => c.code.startsWith('inadmissibility.safeThirdCountry'));
    return refuse(
      rule.outcome,
      `Güvenli üçüncü ülke koşulları karşılanmadı; Md. 72(1)(ç) uygulanamaz. Karşılanmayan: ${unmet.map((c) => `${c.citation} ${c.titleTr}`).join('; ') || 'güvenli üçüncü ülke bilgisi yok'}.`,
      `The safe third country conditions are not met; Art. 72(1)(ç) cannot be declared. Unmet: ${unmet.map((c) => `${c.citation} ${c.titleEn}`).join('; ') || 'no safe third country recorded'}.`,
      'Art. 74(2)',
    );
  }
  if (ground === 'c' && !routes.includes('returnToFirstCountry')) {
    return refuse(rule.outcome, 'Birinci iltica ülkesi koşulları karşılanmadı; Md. 72(1)(c) uygulanamaz (Md. 73).', 'The first-country-of-asylum conditions are not met; Art. 72(1)(c) cannot be declared (Art. 73).', 'Art. 73');
  }
  if (ground === 'none' && rule.outcome === 'inadmissible') {
    if (!hasReason(reason)) return refuse(rule.outcome, 'Kural bir kabul edilemezlik sebebi buldu; aksi karar gerekçe kaydı gerektirir.', 'The rule found a ground of inadmissibility; deciding otherwise needs a recorded reason.', 'Art. 72(1); Art. 74(3)');
    return accept('none', rule.outcome, true, 'Art. 72(1); Art. 74(3)');
  }
  return accept(String(ground), rule.outcome);
}

/**
 * Removal decision (Arts. 54–56): never against an Art. 55 bar, never without an Art. 54 ground (for applicants
 * and status holders an Art. 54(2) ground); the departure period is 15–30 days (Art. 56(1)) and is not given
 * when a withholding ground is found. Not removing although a ground exists is a departure and needs a reason.
 */
export function guardRemovalDecision(facts: RemovalFacts, decision: unknown, departureDays: unknown, reason: unknown, on: string): GuardVerdict {
  const rule = assessRemoval(facts);
  if (decision === 'remove') {
    if (rule.outcome === 'barred') {
      return refuse(rule.outcome, `Md. 55 engeli: sınır dışı etme kararı alınamaz (${rule.bars.map((c) => `${c.citation} ${c.titleTr}`).join('; ')}).`, `Art. 55 bar: no removal decision may be taken (${rule.bars.map((c) => `${c.citation} ${c.titleEn}`).join('; ')}).`, cite(rule.bars));
    }
    if (rule.outcome === 'noGround') {
      const limit = rule.protectionHolderLimit;
      return refuse(rule.outcome, limit ? limit.titleTr : 'Md. 54’te sayılan bir sınır dışı etme sebebi bulunmadı.', limit ? limit.titleEn : 'No ground of Art. 54 was found.', limit ? limit.citation : 'Art. 54(1)');
    }
    const min = valueAt('removal.departurePeriodMin', on);
    const max = valueAt('removal.departurePeriodMax', on);
    const days = typeof departureDays === 'number' ? departureDays : 0;
    if (rule.departureWithheld.length > 0 && days > 0) {
      return refuse(rule.outcome, `Türkiye’yi terk için süre verilmez: ${rule.departureWithheld.map((c) => c.titleTr).join('; ')} (Md. 56(1)).`, `No departure period may be given: ${rule.departureWithheld.map((c) => c.titleEn).join('; ')} (Art. 56(1)).`, 'Art. 56(1)');
    }
    if (rule.departureWithheld.length === 0 && (!Number.isInteger(days) || days < min || days > max)) {
      return refuse(rule.outcome, `Türkiye’yi terk için ${min}–${max} gün süre verilmelidir (Md. 56(1)).`, `A departure period of ${min}–${max} days must be given (Art. 56(1)).`, 'Art. 56(1)');
    }
    return accept('remove', rule.outcome);
  }
  if (rule.outcome === 'removable') {
    if (!hasReason(reason)) return refuse(rule.outcome, 'Sınır dışı etme sebebi bulundu; karar almamak takdire bağlıdır ve gerekçe kaydı zorunludur.', 'A removal ground was found; not deciding removal is discretionary and needs a recorded reason.', 'Art. 53(1); Art. 54(1)');
    return accept('no-removal', rule.outcome, true, 'Art. 53(1); Art. 54(1)');
  }
  return accept('no-removal', rule.outcome);
}

/** Administrative detention (Art. 57(2)): only on one of its grounds; not detaining is always open (Art. 57(2) "may", alternatives). */
export function guardRemovalDetention(facts: RemovalFacts, detain: unknown): GuardVerdict {
  const rule = assessRemoval(facts);
  const ruleOutcome = rule.detentionGrounds.length ? 'detainable' : 'noDetentionGround';
  if (detain === true && rule.detentionGrounds.length === 0) {
    return refuse(ruleOutcome, 'Md. 57(2)’de sayılan bir idari gözetim sebebi bulunmadı.', 'No administrative detention ground of Art. 57(2) was found.', 'Art. 57(2)');
  }
  return accept(detain === true ? 'detain' : 'no-detention', ruleOutcome);
}

/**
 * Monthly review (Art. 57(4)): continue, release, or extend beyond six months — the extension only once, by at
 * most six months, and only on non-cooperation or false information about the country (Art. 57(3)).
 */
export function guardDetentionReview(review: unknown, extensionGround: unknown, alreadyExtended: unknown): GuardVerdict {
  if (review === 'extend') {
    if (alreadyExtended === true) return refuse('extended', 'İdari gözetim en fazla bir kez, altı ay uzatılabilir (Md. 57(3)).', 'Detention can be extended only once, by at most six months (Art. 57(3)).', 'Art. 57(3)');
    if (typeof extensionGround !== 'string' || !(extensionGround in DETENTION_EXTENSION_GROUNDS)) {
      return refuse('noExtensionGround', 'Uzatma yalnızca işbirliği yapmama veya ülkesine ilişkin yanlış bilgi/belge hâlinde mümkündür (Md. 57(3)).', 'Extension only for non-cooperation or false information about the country (Art. 57(3)).', 'Art. 57(3)');
    }
    return accept('extend', 'extendable', false, DETENTION_EXTENSION_GROUNDS[extensionGround as keyof typeof DETENTION_EXTENSION_GROUNDS].citation);
  }
  if (review === 'release') return accept('release', 'review');
  if (review === 'continue') return accept('continue', 'review');
  return refuse('review', 'Değerlendirme sonucu seçilmedi.', 'No review outcome chosen.', 'Art. 57(4)');
}

/** Applicant detention (Art. 68): only on an Art. 68(2) ground, only after the Art. 71 alternatives, with written reasons. */
export function guardApplicantDetention(facts: ApplicantDetentionFacts, detain: unknown, reason: unknown, on: string): GuardVerdict {
  const rule = assessApplicantDetention(facts, on);
  if (detain !== true) return accept('no-detention', rule.outcome);
  if (rule.outcome === 'noGround') return refuse(rule.outcome, 'Md. 68(2)’de sayılan bir idari gözetim sebebi yok; kimse sırf başvurduğu için gözetim altına alınamaz (Md. 68(1)).', 'No ground of Art. 68(2); no one is detained for applying (Art. 68(1)).', 'Art. 68(1), (2)');
  if (rule.outcome === 'alternativesFirst') return refuse(rule.outcome, 'Önce Md. 71’deki alternatif yükümlülükler değerlendirilmelidir (Md. 68(3)).', 'The Art. 71 alternatives must be assessed first (Art. 68(3)).', 'Art. 68(3); Art. 71');
  if (!hasReason(reason)) return refuse(rule.outcome, 'İdari gözetim kararı gerekçesiyle yazılı olmalıdır (Md. 68(4)).', 'The detention decision needs written reasons (Art. 68(4)).', 'Art. 68(4)');
  return accept('detain', rule.outcome);
}

/** Deemed withdrawal (Art. 77(1)): declared only on a ground the rule finds. */
export function guardDeemedWithdrawal(facts: DeemedWithdrawalFacts, declare: unknown, on: string): GuardVerdict {
  const rule = assessDeemedWithdrawal(facts, on);
  if (declare === true && rule.outcome !== 'withdrawn') {
    return refuse(rule.outcome, 'Md. 77(1)’de sayılan bir geri çekilmiş sayılma hâli bulunmadı.', 'No ground of Art. 77(1) was found.', 'Art. 77(1)');
  }
  return accept(declare === true ? 'withdrawn' : 'continues', rule.outcome);
}
