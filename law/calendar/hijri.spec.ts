import religiousOfficial from './holidays/religious-official.json';
import { computedBayrams, CONJUNCTION_CUTOFF_UTC_HOURS, hijriYearsTouching, newMoonEpochMs } from './hijri';
import { daysBetween } from './civilDate';

describe('provisional bayram dates (astronomical new moon, documented cut-off)', () => {
  it('puts known new moons within minutes (Meeus example 49.a: 1977-02-18 03:37:42 TT)', () => {
    const ms = newMoonEpochMs(-283);
    expect(Math.abs(ms - Date.parse('1977-02-18T03:37:42Z'))).toBeLessThan(2 * 60_000);
  });

  it(`reproduces every announced date since the 2016 Istanbul criterion (cut-off ${CONJUNCTION_CUTOFF_UTC_HOURS}:00 UTC)`, () => {
    for (const y of religiousOfficial.years.filter((r) => r.year >= 2017)) {
      const c = computedBayrams(y.hijriYear);
      expect([y.year, c.ramazan, c.kurban]).toEqual([y.year, y.ramazan, y.kurban]);
    }
  });

  it('is at most one day off the announcements before it (2014–2016, an older criterion)', () => {
    for (const y of religiousOfficial.years.filter((r) => r.year < 2017)) {
      const c = computedBayrams(y.hijriYear);
      expect(Math.abs(daysBetween(c.ramazan, y.ramazan))).toBeLessThanOrEqual(1);
      expect(Math.abs(daysBetween(c.kurban, y.kurban))).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the lunar rhythm to 2200: 354 or 355 days from one Ramazan Bayramı to the next, Kurban 67–69 days after it', () => {
    for (let h = 1449; h < 1650; h++) {
      const a = computedBayrams(h);
      const b = computedBayrams(h + 1);
      expect([354, 355]).toContain(daysBetween(a.ramazan, b.ramazan));
      expect([67, 68, 69]).toContain(daysBetween(a.ramazan, a.kurban));
    }
  });

  it('finds the Hijri years whose bayrams can fall in a Gregorian year', () => {
    expect(hijriYearsTouching(2026)).toContain(1447);
    expect(hijriYearsTouching(2033)).toEqual(expect.arrayContaining([1454, 1455]));
  });
});
