import { InvalidJobInputError } from '../support/job';
import { job } from '../test/input';
import { dueVariables, periodEndHandler } from './period-end';

const headers = (parameter: string, from: string, resultVariable: string) => ({ parameter, from, resultVariable, citation: 'test' });

describe('yukk.calendar.period-end', () => {
  it('rolls a 3-day accelerated interview period over Kurban Bayramı 2026 to the next working day', () => {
    // given registration on Sunday 24 May 2026; day 3 is 27 May, the first day of Kurban Bayramı (27–30 May)
    const out = periodEndHandler(job({ acceleratedStartDate: '2026-05-24' }, headers('accelerated.interviewPeriod', 'acceleratedStartDate', 'interviewDueAt')));
    // then the period ends on Monday 1 June, at the end of the day in Turkish time
    expect(out.interviewDueAt).toBe('2026-06-01T23:59:59.999+03:00');
    expect(out.interviewDueAtDetail).toMatchObject({ dueDate: '2026-06-01', rolledOverFrom: '2026-05-27', citation: 'Art. 79(2)', value: 3 });
  });

  it('moves a 15-day court-action period ending on a Saturday to Monday, counting from the notice instant', () => {
    const out = periodEndHandler(
      job({ decisionNotifiedAt: '2026-06-05T10:00:00.000+03:00' }, headers('appeal.courtActionPeriodInadmissibleOrAccelerated', 'decisionNotifiedAt', 'courtActionDueAt')),
    );
    expect(out.courtActionDueAt).toBe('2026-06-22T23:59:59.999+03:00');
    expect(out.courtActionDueAtDetail).toMatchObject({ rolledOverFrom: '2026-06-20', startedOn: '2026-06-05' });
  });

  it('reads an instant on the Turkish calendar day (late UTC evening is already the next day in Turkey)', () => {
    const out = periodEndHandler(job({ decisionNotifiedAt: '2026-06-05T22:30:00Z' }, headers('appeal.courtActionPeriodInadmissibleOrAccelerated', 'decisionNotifiedAt', 'courtActionDueAt')));
    // day 1 is 7 June; day 15 is Sunday 21 June → Monday 22 June
    expect(out.courtActionDueAtDetail).toMatchObject({ startedOn: '2026-06-06', dueDate: '2026-06-22' });
  });

  it('counts the 30-day interview period across the year boundary', () => {
    const out = periodEndHandler(job({ applicationDate: '2026-12-10' }, headers('regular.interviewPeriod', 'applicationDate', 'interviewDueAt')));
    // 9 January 2027 is a Saturday
    expect(out.interviewDueAt).toBe('2027-01-11T23:59:59.999+03:00');
  });

  it('counts the 6-month decision period in months from registration', () => {
    const out = periodEndHandler(job({ registrationDate: '2026-03-02' }, headers('regular.decisionPeriod', 'registrationDate', 'decisionDueAt')));
    expect(out.decisionDueAt).toBe('2026-09-02T23:59:59.999+03:00');
  });

  it('fails the job (technical fault) when the start variable is missing or the parameter unknown', () => {
    expect(() => periodEndHandler(job({}, headers('regular.interviewPeriod', 'applicationDate', 'interviewDueAt')))).toThrow(InvalidJobInputError);
    expect(() => periodEndHandler(job({ applicationDate: '2026-05-04' }, headers('no.such', 'applicationDate', 'interviewDueAt')))).toThrow(/no.such/);
    expect(() => periodEndHandler(job({ applicationDate: '2026-05-04' }, headers('regular.interviewPeriod', 'applicationDate', 'bad name')))).toThrow(InvalidJobInputError);
  });
});

describe('yukk.calendar.period-end: provisional dates and the basis for recomputation', () => {
  it('writes provisional with the bayram it depends on, and the inputs to compute it again', () => {
    // 15 days from Friday 29 March 2030: day 15 is the computed first day of Kurban Bayramı 2030
    const out = periodEndHandler(job({ decisionNotifiedAt: '2030-03-29T10:00:00.000+03:00' }, headers('appeal.courtActionPeriodInadmissibleOrAccelerated', 'decisionNotifiedAt', 'courtActionDueAt')));
    expect(out.courtActionDueAt).toBe('2030-04-17T23:59:59.999+03:00');
    expect(out.courtActionDueAtDetail).toMatchObject({ provisional: true, provisionalHolidays: [expect.objectContaining({ group: 'kurban', hijriYear: 1451 })] });
    expect(out.courtActionDueAtBasis).toEqual({ parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated', start: '2030-03-29' });
  });

  it('a date on the official calendar is not provisional', () => {
    const out = periodEndHandler(job({ acceleratedStartDate: '2026-05-24' }, headers('accelerated.interviewPeriod', 'acceleratedStartDate', 'interviewDueAt')));
    expect(out.interviewDueAtDetail).toMatchObject({ provisional: false, provisionalHolidays: [] });
  });

  it('a chosen departure period (valueFrom, Art. 56(1)) keeps its value in the basis, so recomputation counts the same 20 days', () => {
    // 20 days from Thursday 28 March 2030 end on the computed first day of Kurban Bayramı 2030
    const h = { ...headers('removal.departurePeriodMin', 'removalNotifiedAt', 'departureDueAt'), valueFrom: 'departureDays' };
    const out = periodEndHandler(job({ removalNotifiedAt: '2030-03-28T11:00:00.000+03:00', departureDays: 20 }, h));
    expect(out.departureDueAtDetail).toMatchObject({ value: 20, citation: 'Art. 56(1)', provisional: true });
    expect(out.departureDueAtBasis).toEqual({ parameter: 'removal.departurePeriodMin', start: '2030-03-28', value: 20 });
    expect(dueVariables('departureDueAt', out.departureDueAtBasis as never)).toEqual(out);
    expect(() => periodEndHandler(job({ removalNotifiedAt: '2030-03-28T11:00:00.000+03:00', departureDays: 14 }, h))).toThrow(/departureDays must be an integer ≥ 15/);
  });
});
