/** Dated legal parameters, OpenFisca style: each value is keyed by the date it took effect. */
import type { IsoDate } from '../calendar/civilDate';

/** `count`: a number of occurrences (e.g. three missed interviews, Art. 77(1)(b)), never a period. */
export type Unit = 'days' | 'workingDays' | 'months' | 'years' | 'hours' | 'count';

/** `exact`: the period is this long; `max`: at most (e.g. renewals "≤6 months"); `min`: at least. */
export type Bound = 'exact' | 'max' | 'min';

export interface DatedValue {
  value: number;
  /** The enacting law that set this value, e.g. `Law No. 7196`. */
  reference: string;
}

export interface LegalParameter {
  id: string;
  /** Turkish lettering, e.g. `Art. 79(2)`. */
  citation: string;
  titleTr: string;
  titleEn: string;
  unit: Unit;
  bound: Bound;
  /** What starts the period (for the analyst; the caller supplies the date). */
  startsFrom: string;
  /** Whose deadline it is (brief E.3): authority deadlines escalate, applicant deadlines close a path, `term` is a validity/limit. */
  kind: 'authority' | 'applicant' | 'term' | 'product';
  /** Values keyed by effective date (`YYYY-MM-DD`). */
  values: Record<IsoDate, DatedValue>;
  /** Source tags (legend: law/sources.ts): `[K]` = knowledge of the Turkish original not in the seeds, to be verified. */
  sources?: string[];
  /** Where the official consolidated text is (statutory parameters); null for product decisions. */
  officialText?: string | null;
  note?: string;
}
