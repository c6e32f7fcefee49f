import { CronExpression, CronParseError, tryParseCron } from './cron';
import { nextCycleDue, parseTimerSpecStatic, scheduleTimer } from './timer-spec';

// Expected instants were cross-checked against Spring 5.3's CronExpression and cron-utils' SPRING53
// definition (the parser Zeebe uses) where those two agree; comments mark where they do not.

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The next `n` firings after `from`. */
function firings(expr: string, from: string, n = 3): string[] {
  const cron = CronExpression.parse(expr);
  const out: string[] = [];
  let t = at(from);
  for (let i = 0; i < n; i++) out.push(iso((t = cron.next(t))));
  return out;
}

const parseError = (expr: string) => {
  const result = tryParseCron(expr);
  if (typeof result !== 'string') throw new Error(`'${expr}' parsed`);
  return result;
};

const NEW_YEAR = '2026-01-01T00:00:00Z'; // a Thursday

describe('cron expressions', () => {
  describe('fields', () => {
    it('reads the six fields in Spring order: second minute hour day-of-month month day-of-week', () => {
      expect(firings('5 4 3 2 1 *', NEW_YEAR)).toEqual(['2026-01-02T03:04:05Z', '2027-01-02T03:04:05Z', '2028-01-02T03:04:05Z']);
    });

    it('matches every second with *', () => {
      expect(firings('* * * * * *', '2026-01-01T23:59:58Z')).toEqual(['2026-01-01T23:59:59Z', '2026-01-02T00:00:00Z', '2026-01-02T00:00:01Z']);
    });

    it('takes lists, ranges and steps, and mixes them in one list', () => {
      expect(firings('15,45 */20 1-3 * * *', NEW_YEAR, 4)).toEqual(['2026-01-01T01:00:15Z', '2026-01-01T01:00:45Z', '2026-01-01T01:20:15Z', '2026-01-01T01:20:45Z']);
      expect(firings('0 0 0 1-31/10 2 *', NEW_YEAR, 4)).toEqual(['2026-02-01T00:00:00Z', '2026-02-11T00:00:00Z', '2026-02-21T00:00:00Z', '2027-02-01T00:00:00Z']);
      expect(firings('0 0 0 5/10 * *', NEW_YEAR, 4)).toEqual(['2026-01-05T00:00:00Z', '2026-01-15T00:00:00Z', '2026-01-25T00:00:00Z', '2026-02-05T00:00:00Z']);
      expect(firings('0 0 0 */10 * *', NEW_YEAR, 4)).toEqual(['2026-01-11T00:00:00Z', '2026-01-21T00:00:00Z', '2026-01-31T00:00:00Z', '2026-02-01T00:00:00Z']);
      expect(firings('1-3,10,20-24/2 0 0 * * *', NEW_YEAR, 7)).toEqual(['01', '02', '03', '10', '20', '22', '24'].map((s) => `2026-01-01T00:00:${s}Z`));
    });

    it('takes ? for day-of-month or day-of-week as *', () => {
      expect(firings('0 0 0 ? * *', NEW_YEAR)).toEqual(firings('0 0 0 * * *', NEW_YEAR));
      expect(firings('0 0 0 * * ?', NEW_YEAR)).toEqual(firings('0 0 0 * * *', NEW_YEAR));
    });

    it('fires on the Zeebe docs example, on the hour from 9 to 17 on weekdays', () => {
      expect(firings('0 0 9-17 * * MON-FRI', '2026-01-02T16:30:00Z', 3)).toEqual(['2026-01-02T17:00:00Z', '2026-01-05T09:00:00Z', '2026-01-05T10:00:00Z']);
    });
  });

  describe('names', () => {
    it('takes month and day names in any case', () => {
      expect(firings('0 0 0 1 jan,JUL *', NEW_YEAR)).toEqual(['2026-07-01T00:00:00Z', '2027-01-01T00:00:00Z', '2027-07-01T00:00:00Z']);
      expect(firings('0 0 0 ? * sun', NEW_YEAR)).toEqual(['2026-01-04T00:00:00Z', '2026-01-11T00:00:00Z', '2026-01-18T00:00:00Z']);
      expect(firings('0 0 0 ? FEB-MAR/1 Mon', NEW_YEAR, 2)).toEqual(['2026-02-02T00:00:00Z', '2026-02-09T00:00:00Z']);
    });

    it('counts Sunday as 0 and as 7, and starts a SUN range at 0', () => {
      const sundays = ['2026-01-04T00:00:00Z', '2026-01-11T00:00:00Z', '2026-01-18T00:00:00Z'];
      expect(firings('0 0 0 ? * 0', NEW_YEAR)).toEqual(sundays);
      expect(firings('0 0 0 ? * 7', NEW_YEAR)).toEqual(sundays);
      expect(firings('0 0 0 ? * SUN-SUN', NEW_YEAR)).toEqual(sundays);
      expect(firings('0 0 12 ? * SUN-TUE', NEW_YEAR, 4)).toEqual(['2026-01-04T12:00:00Z', '2026-01-05T12:00:00Z', '2026-01-06T12:00:00Z', '2026-01-11T12:00:00Z']);
    });

    it('steps day-of-week from 0 as cron-utils does (Spring would start at Monday)', () => {
      // 0,2,4,6: Sunday, Tuesday, Thursday, Saturday
      expect(firings('0 0 0 ? * */2', NEW_YEAR, 4)).toEqual(['2026-01-03T00:00:00Z', '2026-01-04T00:00:00Z', '2026-01-06T00:00:00Z', '2026-01-08T00:00:00Z']);
    });
  });

  describe('day-of-month with day-of-week', () => {
    it('needs both to match, as Spring does (not the either-or of Unix cron)', () => {
      expect(firings('0 0 0 13 * FRI', NEW_YEAR)).toEqual(['2026-02-13T00:00:00Z', '2026-03-13T00:00:00Z', '2026-11-13T00:00:00Z']);
      expect(firings('0 0 0 1-7 * MON', NEW_YEAR)).toEqual(['2026-01-05T00:00:00Z', '2026-02-02T00:00:00Z', '2026-03-02T00:00:00Z']);
    });
  });

  describe('month ends and leap years', () => {
    it('skips months without the day', () => {
      expect(firings('0 0 0 31 * *', NEW_YEAR)).toEqual(['2026-01-31T00:00:00Z', '2026-03-31T00:00:00Z', '2026-05-31T00:00:00Z']);
      expect(firings('0 0 0 30 * *', '2026-01-31T00:00:00Z', 2)).toEqual(['2026-03-30T00:00:00Z', '2026-04-30T00:00:00Z']);
    });

    it('fires on 29 February only in leap years, and not in 2100', () => {
      expect(firings('0 0 0 29 2 *', NEW_YEAR, 2)).toEqual(['2028-02-29T00:00:00Z', '2032-02-29T00:00:00Z']);
      expect(firings('0 0 0 29 2 *', '2097-01-01T00:00:00Z', 2)).toEqual(['2104-02-29T00:00:00Z', '2108-02-29T00:00:00Z']);
    });

    it('finds 29 February on a Monday decades ahead', () => {
      expect(firings('0 0 0 29 2 MON', NEW_YEAR, 2)).toEqual(['2044-02-29T00:00:00Z', '2072-02-29T00:00:00Z']);
    });

    it('rolls over year ends', () => {
      expect(firings('0 0 0 * * *', '2026-12-31T12:00:00Z', 2)).toEqual(['2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z']);
    });
  });

  describe("Spring's L, W and # extras", () => {
    it('takes the last day of the month, n days before it, and its last weekday', () => {
      expect(firings('0 0 0 L * *', NEW_YEAR)).toEqual(['2026-01-31T00:00:00Z', '2026-02-28T00:00:00Z', '2026-03-31T00:00:00Z']);
      expect(firings('0 0 0 L-3 * *', NEW_YEAR)).toEqual(['2026-01-28T00:00:00Z', '2026-02-25T00:00:00Z', '2026-03-28T00:00:00Z']);
      expect(firings('0 0 0 LW * *', NEW_YEAR)).toEqual(['2026-01-30T00:00:00Z', '2026-02-27T00:00:00Z', '2026-03-31T00:00:00Z']);
      expect(firings('0 0 0 L * *', '2028-02-01T00:00:00Z', 1)).toEqual(['2028-02-29T00:00:00Z']);
    });

    it('takes the weekday nearest to a day, without leaving the month', () => {
      expect(firings('0 0 0 15W * *', NEW_YEAR)).toEqual(['2026-01-15T00:00:00Z', '2026-02-16T00:00:00Z', '2026-03-16T00:00:00Z']);
      // 1 August 2026 is a Saturday: Monday the 3rd, not Friday 31 July
      expect(firings('0 0 0 1W * *', '2026-07-02T00:00:00Z', 1)).toEqual(['2026-08-03T00:00:00Z']);
      // 31 May 2026 is a Sunday: Friday the 29th (Quartz's rule; Spring skips the month, cron-utils fires on the Sunday)
      expect(firings('0 0 0 31W * *', '2026-05-01T00:00:00Z', 1)).toEqual(['2026-05-29T00:00:00Z']);
    });

    it('takes the last given weekday of the month and the n-th one', () => {
      expect(firings('0 0 0 ? * 5L', NEW_YEAR)).toEqual(['2026-01-30T00:00:00Z', '2026-02-27T00:00:00Z', '2026-03-27T00:00:00Z']);
      expect(firings('0 0 0 ? * FRIL', NEW_YEAR)).toEqual(firings('0 0 0 ? * 5L', NEW_YEAR));
      expect(firings('0 0 0 ? * MON#1', NEW_YEAR)).toEqual(['2026-01-05T00:00:00Z', '2026-02-02T00:00:00Z', '2026-03-02T00:00:00Z']);
      expect(firings('0 0 0 ? * 5#5', NEW_YEAR)).toEqual(['2026-01-30T00:00:00Z', '2026-05-29T00:00:00Z', '2026-07-31T00:00:00Z']);
    });

    it('takes them in lowercase, and L alone in day-of-week as Sunday, as cron-utils does', () => {
      expect(firings('0 0 0 lw * *', NEW_YEAR)).toEqual(firings('0 0 0 LW * *', NEW_YEAR));
      expect(firings('0 0 0 15w * *', NEW_YEAR)).toEqual(firings('0 0 0 15W * *', NEW_YEAR));
      expect(firings('0 0 0 ? * L', NEW_YEAR)).toEqual(firings('0 0 0 ? * SUN', NEW_YEAR));
    });

    it('mixes them with plain values in a list', () => {
      expect(firings('0 0 0 1-2,L * *', NEW_YEAR, 4)).toEqual(['2026-01-02T00:00:00Z', '2026-01-31T00:00:00Z', '2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z']);
      expect(firings('0 0 0 ? * MON#1,FRI#2', NEW_YEAR)).toEqual(['2026-01-05T00:00:00Z', '2026-01-09T00:00:00Z', '2026-02-02T00:00:00Z']);
    });
  });

  describe('macros', () => {
    it.each([
      ['@yearly', ['2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z']],
      ['@annually', ['2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z']],
      ['@monthly', ['2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z']],
      ['@weekly', ['2026-01-04T00:00:00Z', '2026-01-11T00:00:00Z']],
      ['@daily', ['2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z']],
      ['@midnight', ['2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z']],
      ['@hourly', ['2026-01-01T01:00:00Z', '2026-01-01T02:00:00Z']],
    ])('%s', (macro, expected) => expect(firings(macro, NEW_YEAR, 2)).toEqual(expected));

    it('refuses other macros', () => {
      expect(parseError('@reboot')).toMatch(/unknown macro '@reboot'/);
      expect(parseError('@every 5m')).toMatch(/unknown macro/);
    });
  });

  describe('next', () => {
    it('is strictly after the given instant and on a whole second', () => {
      const cron = CronExpression.parse('0 0 9 * * *');
      expect(iso(cron.next(at('2026-01-05T09:00:00Z')))).toBe('2026-01-06T09:00:00Z');
      expect(iso(cron.next(at('2026-01-05T08:59:59.999Z')))).toBe('2026-01-05T09:00:00Z');
      expect(iso(CronExpression.parse('* * * * * *').next(at('2026-01-05T09:00:00.500Z')))).toBe('2026-01-05T09:00:01Z');
    });

    it('runs in UTC, so daylight saving changes do not move it', () => {
      // Europe moves its clocks on 29 March 2026, the US on 8 March 2026
      expect(firings('0 30 2 * * *', '2026-03-28T12:00:00Z')).toEqual(['2026-03-29T02:30:00Z', '2026-03-30T02:30:00Z', '2026-03-31T02:30:00Z']);
      expect(firings('0 0 7 * * *', '2026-03-07T12:00:00Z')).toEqual(['2026-03-08T07:00:00Z', '2026-03-09T07:00:00Z', '2026-03-10T07:00:00Z']);
    });

    it('keeps its source text', () => {
      expect(CronExpression.parse('  0 0 9 * * MON-FRI ').source).toBe('0 0 9 * * MON-FRI');
    });
  });

  describe('expressions that never fire', () => {
    it.each(['0 0 0 30 2 *', '0 0 0 31 4,6,9,11 *', '0 0 0 1 * MON#5', '0 0 0 L-30 2 *'])('refuses %s', (expr) => {
      expect(parseError(expr)).toMatch(/never fires/);
    });

    it('gives up quickly', () => {
      const started = Date.now();
      parseError('0 0 0 1 * MON#5');
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('bad input', () => {
    it.each([
      ['', /expected 6 fields .*found 0/],
      ['0 0 9 * *', /expected 6 fields \(second minute hour day-of-month month day-of-week\), found 5/],
      ['0 0 9 * * * 2026', /found 7/],
      ['60 * * * * *', /^second: 60 is out of range 0-59/],
      ['* 60 * * * *', /^minute: 60 is out of range 0-59/],
      ['* * 24 * * *', /^hour: 24 is out of range 0-23/],
      ['* * * 0 * *', /^day-of-month: 0 is out of range 1-31/],
      ['* * * 32 * *', /^day-of-month: 32 is out of range 1-31/],
      ['* * * * 13 *', /^month: 13 is out of range 1-12/],
      ['* * * * * 8', /^day-of-week: 8 is out of range 0-7/],
      ['20-10 * * * * *', /^second: range 20-10 runs backwards/],
      ['0 0 0 * * FRI-MON', /^day-of-week: range FRI-MON runs backwards/],
      ['*/0 * * * * *', /^second: step 0 must be between 1 and 59/],
      ['0/60 * * * * *', /^second: step 60 must be between 1 and 59/],
      ['? * * * * *', /^second: '\?' is only allowed in day-of-month and day-of-week/],
      ['0 0 0 1 ? *', /^month: '\?' is only allowed/],
      ['0 0 0 * * MONDAY', /^day-of-week: 'MONDAY' is not a number or a name \(MON-SUN\)/],
      ['0 0 0 * JANUARY *', /^month: 'JANUARY' is not a number or a name \(JAN-DEC\)/],
      ['0 0 0 MON * *', /^day-of-month: 'MON' is not a number/],
      ['0 0 0 1, * *', /^day-of-month: empty element in list '1,'/],
      ['0 0 0 1-2-3 * *', /^day-of-month: '1-2-3' is not a value or a range/],
      ['0 0 0 1/2/3 * *', /^day-of-month: '1\/2\/3' has more than one '\/'/],
      ['0 0 0 L-0 * *', /^day-of-month: offset in 'L-0' must be between 1 and 30/],
      ['0 0 0 1-5W * *', /^day-of-month: '1-5W' is not L, L-n, LW or nW/],
      ['0 0 0 ? * MON#6', /^day-of-week: 'MON#6': the ordinal after '#' must be between 1 and 5/],
      ['0 0 0 ? * 5#', /^day-of-week: '5#' is not d#n/],
      ['every day at nine', /expected 6 fields/],
    ])('refuses %j', (expr, message) => {
      expect(parseError(expr)).toMatch(message);
      expect(() => CronExpression.parse(expr)).toThrow(CronParseError);
    });
  });
});

describe('timeCycle with cron', () => {
  const monday9 = at('2026-01-05T09:00:00Z');

  it('accepts static cron cycles at deployment and still refuses bad ones with the reason', () => {
    expect(parseTimerSpecStatic('cycle', '0 0 9 * * MON-FRI')).toBeUndefined();
    expect(parseTimerSpecStatic('cycle', '@daily')).toBeUndefined();
    expect(parseTimerSpecStatic('cycle', 'R/PT1H')).toBeUndefined();
    expect(parseTimerSpecStatic('cycle', '0 0 25 * * *')).toBe(
      "invalid timeCycle '0 0 25 * * *': not a cron expression (hour: 25 is out of range 0-23); expected an ISO 8601 repeating interval such as R3/PT1H or a cron expression such as 0 0 9-17 * * MON-FRI",
    );
    expect(parseTimerSpecStatic('cycle', '0 0 0 30 2 *')).toMatch(/invalid timeCycle '0 0 0 30 2 \*'.*never fires/);
    // Zeebe reads a cycle that starts with R as ISO 8601
    expect(parseTimerSpecStatic('cycle', 'R/P')).toBe("invalid timeCycle 'R/P': expected an ISO 8601 repeating interval such as R3/PT1H");
  });

  it('schedules the first firing after now and repeats without end', () => {
    expect(scheduleTimer('cycle', '0 0 9 * * MON-FRI', at('2026-01-02T10:00:00Z'))).toEqual({ dueAt: monday9, remaining: -1, interval: '0 0 9 * * MON-FRI' });
  });

  it('reschedules a cron cycle after now, and an ISO interval from the previous due time', () => {
    expect(iso(nextCycleDue('0 0 9 * * MON-FRI', monday9, monday9))).toBe('2026-01-06T09:00:00Z');
    expect(iso(nextCycleDue('0 0 9 * * MON-FRI', monday9, at('2026-01-07T12:00:00Z')))).toBe('2026-01-08T09:00:00Z');
    expect(iso(nextCycleDue('PT1H', monday9, at('2026-01-07T12:00:00Z')))).toBe('2026-01-05T10:00:00Z');
  });

  it('fails a runtime value that is not a cycle with the reason', () => {
    expect(() => scheduleTimer('cycle', '0 0 9 * * WEEKDAYS', 0)).toThrow("Invalid timer cycle '0 0 9 * * WEEKDAYS': not a cron expression (day-of-week: 'WEEKDAYS' is not a number or a name (MON-SUN))");
  });
});
