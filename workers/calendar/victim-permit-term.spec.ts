import { BpmnError, InvalidJobInputError } from '../support/job';
import { job } from '../test/input';
import { victimPermitTerm } from './victim-permit-term';

describe('yukk.calendar.victim-permit-term', () => {
  it('grants 30 days, reminds 15 days before on a working day and caps at 3 years from the first grant', () => {
    const out = victimPermitTerm(job({ identificationBasis: 'strong-suspicion', grantDate: '2026-05-04' }, { mode: 'initial' }));
    expect(out).toMatchObject({
      firstGrantDate: '2026-05-04',
      permitValidUntil: '2026-06-03',
      permitExpiresAt: '2026-06-03T23:59:59.999+03:00',
      // 19 May (15 days before) is a national holiday: the reminder moves back to Monday 18 May
      permitReminderAt: '2026-05-18T09:00:00.000+03:00',
      permitCapUntil: '2029-05-04',
    });
  });

  it('renews for the requested months but never past the 3-year cap', () => {
    const out = victimPermitTerm(
      job({ firstGrantDate: '2024-06-01', permitValidUntil: '2027-03-15', renewalGrounds: ['safety'], renewalMonths: 6 }, { mode: 'renewal' }),
    );
    expect(out).toMatchObject({ permitValidFrom: '2027-03-16', permitValidUntil: '2027-06-01', permitCappedByTotal: true });
  });

  it('renews into 2028 and beyond without a fault (the reminder is computed on the provisional calendar)', () => {
    const out = victimPermitTerm(job({ firstGrantDate: '2026-05-04', permitValidUntil: '2028-12-01', renewalGrounds: ['safety'], renewalMonths: 6 }, { mode: 'renewal' }));
    expect(out).toMatchObject({ permitValidFrom: '2028-12-02', permitValidUntil: '2029-05-04', permitCappedByTotal: true });
    // capped at 4 May 2029 (3 years); 19 April 2029 (15 days before) is a Thursday
    expect(out.permitReminderAt).toBe('2029-04-19T09:00:00.000+03:00');
  });

  it('refuses a renewal once the cap is reached, and rejects an unknown mode', () => {
    expect(() =>
      victimPermitTerm(job({ firstGrantDate: '2024-06-01', permitValidUntil: '2027-06-01', renewalGrounds: ['health'], renewalMonths: 6 }, { mode: 'renewal' })),
    ).toThrow(BpmnError);
    expect(() => victimPermitTerm(job({}, { mode: 'other' }))).toThrow(InvalidJobInputError);
  });
});
