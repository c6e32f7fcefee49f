import { daysLeft } from './daysLeft';

describe('daysLeft', () => {
  it('counts calendar and working days to a due date across Kurban Bayramı 2026', () => {
    // given today Friday 22 May 2026 and a due date of Monday 1 June 2026
    // when / then: 25, 26 (arife), 1 June are working days; 27–30 May are the bayram
    expect(daysLeft('2026-05-22', '2026-06-01')).toEqual({ calendarDays: 10, workingDays: 3, dueToday: false, overdue: false, dueOnHalfDay: false, provisional: false });
  });

  it('flags due today, overdue and a half-day due date', () => {
    expect(daysLeft('2026-05-26', '2026-05-26')).toMatchObject({ dueToday: true, overdue: false, dueOnHalfDay: true, workingDays: 0 });
    expect(daysLeft('2026-06-02', '2026-06-01')).toMatchObject({ calendarDays: -1, workingDays: -1, overdue: true });
  });
});

describe('daysLeft on provisional dates', () => {
  it('says when the count runs over a computed (not yet announced) bayram', () => {
    // Kurban Bayramı 2030 is computed (13–16 April), not yet announced
    expect(daysLeft('2030-04-08', '2030-04-17')).toMatchObject({ provisional: true });
    expect(daysLeft('2030-06-03', '2030-06-14')).toMatchObject({ provisional: false });
  });
});
