import { checkDate, dateKindOf, describeDateProblem, implausibleDates, LAW_APPLIES_FROM } from './plausible-dates';

const today = '2026-12-06';

describe('plausible dates', () => {
  it('knows event and birth dates by name, and leaves scheduling dates alone', () => {
    expect(dateKindOf('applicationDate')).toBe('event');
    expect(dateKindOf('cessationNoticeDate')).toBe('event');
    expect(dateKindOf('acceleratedGroundEstablishedOn')).toBe('event');
    expect(dateKindOf('dateOfBirth')).toBe('birth');
    expect(dateKindOf('dueDate')).toBeNull();
    expect(dateKindOf('fullName')).toBeNull();
  });

  it('refuses event dates in the future and before the law applies, accepts today and the first day', () => {
    expect(checkDate('event', '2026-12-07', today)).toEqual({ code: 'future', limit: today });
    expect(checkDate('event', today, today)).toBeNull();
    expect(checkDate('event', LAW_APPLIES_FROM, today)).toBeNull();
    expect(checkDate('event', '2014-04-10', today)).toEqual({ code: 'beforeLaw', limit: LAW_APPLIES_FROM });
    expect(checkDate('event', '2026-02-30', today)).toEqual({ code: 'invalid', limit: '' });
    expect(checkDate('event', '03.12.2026', today)).toEqual({ code: 'invalid', limit: '' });
  });

  it('refuses a birth date in the future or 120 years ago or more', () => {
    expect(checkDate('birth', '2026-12-07', today)).toMatchObject({ code: 'birthFuture' });
    expect(checkDate('birth', '1906-12-06', today)).toEqual({ code: 'birthTooOld', limit: '1906-12-06' });
    expect(checkDate('birth', '1906-12-07', today)).toBeNull();
    expect(checkDate('birth', '1990-01-01', today)).toBeNull();
  });

  it('finds problems in nested variables with their paths, and words them naming the field', () => {
    const problems = implausibleDates({ applicationDate: '2027-01-01', applicant: { fullName: 'X', dateOfBirth: '2030-01-01' }, note: 'x' }, today);
    expect(problems.map((p) => p.path)).toEqual(['applicationDate', 'applicant.dateOfBirth']);
    expect(describeDateProblem(problems[0])).toBe('applicationDate must not be in the future (today in Istanbul is 2026-12-06)');
  });
});
