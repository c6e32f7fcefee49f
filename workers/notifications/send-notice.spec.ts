import { InvalidJobInputError } from '../support/job';
import { job } from '../test/input';
import { SqliteOutbox } from './outbox';
import { engineTimeOf, sendNotice } from './send-notice';

// Synthetic people and numbers.
const applicant = { fullName: 'Deneme Kişi', nationality: 'XX', language: 'ar' };
const lawyer = { kind: 'lawyer', fullName: 'Av. Örnek Avukat' };
const NOW = Date.parse('2026-06-05T07:00:00Z'); // 10:00 in Turkey

describe('yukk.notifications.send-notice', () => {
  let outbox: SqliteOutbox;
  beforeEach(() => (outbox = new SqliteOutbox(':memory:')));
  afterEach(() => outbox.close());

  const send = (vars: Record<string, unknown>, noticeType: string, jobKey = '1') =>
    sendNotice({ outbox, now: () => NOW })(job({ applicationNumber: 'UK-2026-000123', applicant, ...vars }, { noticeType, citation: 'Art. 72(3)' }, jobKey));

  it('writes an inadmissibility decision with the court route and its 15-day period, addressed to the lawyer', () => {
    const out = send({ representative: lawyer, inadmissibilityGround: 'ç', inadmissibilityReasons: 'Güvenli üçüncü ülkeden geldi.' }, 'inadmissibility-decision');
    expect(out).toEqual({ noticeId: 'notice-1', notifiedAt: '2026-06-05T10:00:00.000+03:00' });
    const [row] = outbox.list();
    expect(row).toMatchObject({ caseNumber: 'UK-2026-000123', noticeType: 'inadmissibility-decision', addressee: { role: 'lawyer', name: 'Av. Örnek Avukat' }, language: 'ar' });
    expect(row.body).toContain('Md. 72(1)(ç)');
    expect(row.body).toContain('15 gün');
    // 20 June 2026 is a Saturday: the last day moves to Monday 22 June
    expect(row.body).toContain('2026-06-22');
    expect(row.payload.appeals).toEqual([expect.objectContaining({ route: 'courtAction', citation: 'Art. 80(1)(ç)', dueAt: '2026-06-22T23:59:59.999+03:00' })]);
  });

  it('dates the notice by the engine time the job carries (noticeClock), the wall clock only as a fallback', () => {
    const out = send({ noticeClock: '2027-03-01T07:00:00.000Z', ipDecision: 'rejected' }, 'ip-decision');
    expect(out.notifiedAt).toBe('2027-03-01T10:00:00.000+03:00');
    expect(outbox.list()[0].payload.appeals).toEqual(expect.arrayContaining([expect.objectContaining({ citation: 'Art. 80(1)(a)', dueAt: '2027-03-12T23:59:59.999+03:00' })])); // 11 March 2027: Ramazan Bayramı
    expect(engineTimeOf('2027-03-01T07:00:00Z[Etc/UTC]')).toBe(Date.parse('2027-03-01T07:00:00Z'));
    expect(engineTimeOf('2027-03-01T10:00:00+03:00@Europe/Istanbul')).toBe(Date.parse('2027-03-01T07:00:00Z'));
    expect(engineTimeOf('')).toBeUndefined();
    expect(engineTimeOf('nonsense')).toBeUndefined();
    expect(send({}, 'decision-delay', '2').notifiedAt).toBe('2026-06-05T10:00:00.000+03:00');
  });

  it('states factual and legal reasons and both appeal routes for a regular rejection (Art. 78(6), 80(1))', () => {
    send({ ipDecision: 'rejected', factualReasons: 'Beyanlar tutarsız.', legalReasons: 'Md. 61–63 koşulları yok.' }, 'ip-decision');
    const [row] = outbox.list();
    expect(row.addressee).toEqual({ role: 'person', name: 'Deneme Kişi' });
    expect(row.body).toContain('Maddi (olgusal) gerekçeler: Beyanlar tutarsız.');
    expect(row.body).toContain('Hukuki gerekçeler: Md. 61–63 koşulları yok.');
    expect((row.payload.appeals as Array<{ citation: string; period: { value: number } }>).map((a) => [a.citation, a.period.value])).toEqual([
      ['Art. 80(1)(a)', 10],
      ['Art. 80(1)(ç)', 30],
    ]);
  });

  it('gives no appeal route for a positive decision', () => {
    send({ ipDecision: 'refugee', factualReasons: 'x', legalReasons: 'y' }, 'ip-decision');
    expect(outbox.list()[0].payload.appeals).toEqual([]);
  });

  it('writes one notice per job even when the job is delivered twice', () => {
    const first = send({}, 'registration-information', '77');
    const again = sendNotice({ outbox, now: () => NOW + 60_000 })(job({ applicationNumber: 'UK-2026-000123' }, { noticeType: 'registration-information', citation: 'Art. 70' }, '77'));
    expect(again).toEqual(first);
    expect(outbox.list()).toHaveLength(1);
  });

  it('sends internal reminders to the officers’ queue', () => {
    sendNotice({ outbox, now: () => NOW })(job({ caseNumber: 'MT-2026-0042', person: applicant, permitValidUntil: '2026-06-03' }, { noticeType: 'victim-permit-expiry-reminder', citation: 'Art. 49(1)' }));
    expect(outbox.list()[0].addressee).toEqual({ role: 'officers' });
  });

  it('fails the job for an unknown notice type or a missing case number', () => {
    expect(() => send({}, 'no-such-notice')).toThrow(InvalidJobInputError);
    expect(() => sendNotice({ outbox, now: () => NOW })(job({}, { noticeType: 'decision-delay', citation: 'Art. 78(1)' }))).toThrow(InvalidJobInputError);
  });
});
