/**
 * Provisional dates of the two bayrams for years without an official announcement, computed — never looked up.
 *
 * Method (documented in docs/law.md, "Legal calendar"):
 * 1. The astronomical new moon (conjunction) nearest the start of Şevval (for Ramazan Bayramı) and of Zilhicce
 *    (for Kurban Bayramı), by J. Meeus, *Astronomical Algorithms* (2nd ed., 1998), chapter 49: mean lunation plus
 *    the 25 periodic terms for a new moon (the 14 planetary terms, each under 30 seconds, are left out).
 *    The result is in Terrestrial Time; ΔT (about 70 s in this century) is neglected — far below the cut-off's margin.
 * 2. The month begins on the day after the conjunction's UTC day when the conjunction falls before
 *    `CONJUNCTION_CUTOFF_UTC_HOURS`, otherwise one day later. This approximates the criterion the Presidency of
 *    Religious Affairs applies since 2016 (International Hijri Calendar Union Congress, Istanbul 2016: the month
 *    begins when, somewhere on Earth before 24:00 UTC, the crescent can be seen at ≥5° altitude and ≥8° elongation
 *    at sunset): a young moon reaches 8° elongation some 12–16 hours after conjunction, and the western
 *    hemisphere's sunset is the last chance before 24:00 UTC. The cut-off is the one that reproduces every officially
 *    announced date in the calendar (law/calendar/hijri.spec.ts checks this against the official list).
 * 3. Ramazan Bayramı is 1–3 Şevval (arife: the day before), Kurban Bayramı 10–13 Zilhicce (arife: 9 Zilhicce).
 *
 * A result can be one day off the later announcement when a conjunction falls near the cut-off; that is why
 * these dates are marked provisional wherever they influence a deadline, and why an official date recorded
 * later (law/calendar/officialOverrides.ts) always wins.
 */
import { addDays, formatDate, fromDayNumber, IsoDate } from './civilDate';

/** Conjunctions before this UTC hour start the month the next day (see the method above). */
export const CONJUNCTION_CUTOFF_UTC_HOURS = 14;

const RAD = Math.PI / 180;
const JD_UNIX_EPOCH = 2440587.5;

/** Julian Ephemeris Day of the true new moon of lunation `k` (k = 0: 6 January 2000), Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3) * RAD;
  const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4) * RAD;
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4) * RAD;
  const Om = (124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3) * RAD;
  const s = Math.sin;
  jde +=
    -0.4072 * s(Mp) +
    0.17241 * E * s(M) +
    0.01608 * s(2 * Mp) +
    0.01039 * s(2 * F) +
    0.00739 * E * s(Mp - M) -
    0.00514 * E * s(Mp + M) +
    0.00208 * E * E * s(2 * M) -
    0.00111 * s(Mp - 2 * F) -
    0.00057 * s(Mp + 2 * F) +
    0.00056 * E * s(2 * Mp + M) -
    0.00042 * s(3 * Mp) +
    0.00042 * E * s(M + 2 * F) +
    0.00038 * E * s(M - 2 * F) -
    0.00024 * E * s(2 * Mp - M) -
    0.00017 * s(Om) -
    0.00007 * s(Mp + 2 * M) +
    0.00004 * s(2 * Mp - 2 * F) +
    0.00004 * s(3 * M) +
    0.00003 * s(Mp + M - 2 * F) +
    0.00003 * s(2 * Mp + 2 * F) -
    0.00003 * s(Mp + M + 2 * F) +
    0.00003 * s(Mp - M + 2 * F) -
    0.00002 * s(Mp - M - 2 * F) -
    0.00002 * s(3 * Mp + M) +
    0.00002 * s(4 * Mp);
  return jde;
}

/** Epoch milliseconds (UTC) of the new moon of lunation `k`. */
export function newMoonEpochMs(k: number): number {
  return (newMoonJde(k) - JD_UNIX_EPOCH) * 86_400_000;
}

/**
 * Lunation number of the month that begins Hijri month `month` (1 = Muharrem … 9 = Ramazan, 10 = Şevval,
 * 12 = Zilhicce) of Hijri year `hijriYear`. Lunation 0 (new moon of 6 January 2000) began Şevval 1420
 * (Ramazan Bayramı 1420 was 8 January 2000); a Hijri year is 12 lunations.
 */
export function lunationOf(hijriYear: number, month: number): number {
  return (hijriYear - 1420) * 12 + (month - 10);
}

/** First day of a Hijri month in Turkey, by the method above. */
export function hijriMonthStart(hijriYear: number, month: number): IsoDate {
  const ms = newMoonEpochMs(lunationOf(hijriYear, month));
  const dayNumber = Math.floor(ms / 86_400_000);
  const hourUtc = (ms - dayNumber * 86_400_000) / 3_600_000;
  return formatDate(fromDayNumber(dayNumber + (hourUtc < CONJUNCTION_CUTOFF_UTC_HOURS ? 1 : 2)));
}

export interface BayramDates {
  hijriYear: number;
  /** First day of Ramazan Bayramı (1 Şevval). */
  ramazan: IsoDate;
  /** First day of Kurban Bayramı (10 Zilhicce). */
  kurban: IsoDate;
}

/** The provisional bayram dates of one Hijri year. */
export function computedBayrams(hijriYear: number): BayramDates {
  return {
    hijriYear,
    ramazan: hijriMonthStart(hijriYear, 10),
    kurban: addDays(hijriMonthStart(hijriYear, 12), 9),
  };
}

/** Hijri years whose bayrams can fall in Gregorian `year` (a Hijri year is ~354 days, so at most three). */
export function hijriYearsTouching(year: number): number[] {
  // 1 Muharrem 1421 ≈ 2000-04-06; the Hijri year advances 365.25/354.37 per Gregorian year.
  const approx = 1421 + (year - 2000.27) * (365.2425 / 354.367);
  const first = Math.floor(approx) - 1;
  return [first, first + 1, first + 2];
}
