/**
 * Deadlines on the legal calendar (brief E.2) and what a missed one does (E.3), through the SDK with the real
 * workers. The clock is pinned (PUT /v2/clock) around each computed due instant, Istanbul time (UTC+3): a timer
 * must not fire at 23:59 of the day before its due day nor during that day, and must fire at the day's end.
 * The embedded engine fires due timers before it answers the clock call, so the state read right after is exact.
 */
import { applicant, eventually, lawyer, useProcedureDriver } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextNumber = () => `UK-2026-5${String(++seq).padStart(5, '0')}`;

async function acceleratedOnTrack(facts: Record<string, unknown>, start: string) {
  const applicationNumber = nextNumber();
  const pik = await d.create('accelerated-procedure', { applicationNumber, registrationDate: start, acceleratedStartDate: start, applicant, representative: lawyer, facts });
  await d.task(pik, 'Task_Interview');
  return { pik, applicationNumber };
}

async function regularApplication(applicationDate: string) {
  const applicationNumber = nextNumber();
  const pik = await d.create('international-protection-application', { applicationNumber, applicationDate, applicant });
  await d.complete(pik, 'Task_Register', { registrationDate: applicationDate, travelRoute: 'Hava yolu', facts: {} });
  await d.complete(pik, 'Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
  await d.task(pik, 'Task_Interview');
  return { pik, applicationNumber };
}

/** The supervisor task an escalation opened, for candidate group `supervisors`. */
async function supervisorTask(pik: string, elementId: string) {
  const t = await d.task(pik, elementId);
  expect(t.candidateGroups).toEqual(['supervisors']);
  return t;
}

describe('deadlines on the legal calendar through the SDK', () => {
  it('15-day court window ending on Saturday 20 June 2026 rolls to Monday 22 June; unused, the removal track opens', async () => {
    // given a rejection notified on Friday 5 June 2026 (to the lawyer)
    await d.pin('2026-06-05T10:00:00+03:00');
    const { pik } = await acceleratedOnTrack({ appliedToDelayRemoval: true }, '2026-06-05');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-06-05', interviewSummary: 'Görüşme yapıldı.' });
    await d.complete(pik, 'Task_Decide', { acceleratedDecision: 'rejected', factualReasons: 'Sınır dışını geciktirmek için başvuru.', legalReasons: 'Md. 79(1)(d).' });
    const v = await d.waitForVar(pik, 'courtActionDueAt');
    expect(v).toMatchObject({ decisionNotifiedAt: '2026-06-05T10:00:00.000+03:00', courtActionDueAt: '2026-06-22T23:59:59.999+03:00' });
    await d.waitPassed(pik, 'Period_CourtAction');
    const windowOpen = async () => (await d.elements(pik)).includes('Gateway_Court');

    // when the clock reaches the unrolled Saturday, 23:59 of the day before the due day, and the due day's last millisecond
    for (const instant of ['2026-06-20T23:59:59.000+03:00', '2026-06-21T23:59:00.000+03:00', '2026-06-22T23:59:59.998+03:00']) {
      await d.pin(instant);
      // then the window is still open
      expect([instant, await windowOpen()]).toEqual([instant, true]);
    }

    // when the due day ends
    await d.pin('2026-06-22T23:59:59.999+03:00');

    // then the window closed unused: the decision stands and the removal track opens with O-176 proposed
    expect(await windowOpen()).toBe(false);
    expect(await d.elements(pik, 'COMPLETED')).toContain('Timer_CourtWindow');
    await d.complete(pik, 'Task_RemovalAssessment', { confirmedRestrictionCodes: ['O-176'], removalAssessment: 'removal-decision', removalReasons: 'Dava açılmadı, karar kesinleşti.' });
    const removal = await d.endCalledRemoval(pik);
    expect(removal).toMatchObject({ caseNumber: expect.any(String), removalFacts: expect.objectContaining({ finalNegativeProtectionDecision: true }), referredFrom: 'accelerated-procedure' });
    await d.waitState(pik, 'COMPLETED');
    const end = await d.variables(pik);
    expect(end.acceleratedOutcome).toBe('rejected-final');
    expect((end.restrictionProposals as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode)).toContain('O-176');
    const notice = d.notices({ caseNumber: String(end.applicationNumber), noticeType: 'accelerated-decision' })[0];
    expect(notice.addressee).toMatchObject({ role: 'lawyer' });
    expect(notice.body).toContain('15 gün');
  });

  it('a notice is dated by the engine clock, not the wall clock: notifiedAt and the appeal window follow the pinned day', async () => {
    // given the engine clock pinned to Monday 1 March 2027, far from the day the suite runs
    await d.pin('2027-03-01T10:00:00+03:00');
    const { pik, applicationNumber } = await acceleratedOnTrack({ misledAuthorities: true }, '2027-03-01');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2027-03-01', interviewSummary: 'Görüşme yapıldı.' });

    // when the officer rejects and the rejection is notified
    await d.complete(pik, 'Task_Decide', { acceleratedDecision: 'rejected', factualReasons: 'Yanıltıcı beyan.', legalReasons: 'Md. 79(1)(b).' });
    const v = await d.waitForVar(pik, 'courtActionDueAt');

    // then the notice instant is the pinned instant, and the 15-day court window counts from it (Art. 80(1)(ç))
    expect(v).toMatchObject({ decisionNotifiedAt: '2027-03-01T10:00:00.000+03:00', courtActionDueAt: '2027-03-16T23:59:59.999+03:00' });
    const notice = d.notices({ caseNumber: applicationNumber, noticeType: 'accelerated-decision' })[0];
    expect(notice.createdAt).toBe('2027-03-01T10:00:00.000+03:00');
    expect(notice.payload).toMatchObject({ notifiedAt: '2027-03-01T10:00:00.000+03:00', appeals: [expect.objectContaining({ dueAt: '2027-03-16T23:59:59.999+03:00' })] });
    expect(notice.body).toContain('son gün 2027-03-16');
  });

  it('3-day accelerated interview over Kurban Bayramı 2026 rolls to Monday 1 June; missed, it escalates without deciding', async () => {
    // given the accelerated track starting on Sunday 24 May 2026 (day 3 = 27 May, Kurban Bayramı 27–30 May)
    await d.pin('2026-05-24T09:00:00+03:00');
    const { pik } = await acceleratedOnTrack({ inRemovalDetention: true }, '2026-05-24');
    const v = await d.variables(pik);
    expect(v.interviewDueAt).toBe('2026-06-01T23:59:59.999+03:00');
    expect(JSON.stringify(v.interviewDueAtDetail)).toContain('Art. 79(2)');

    // when the clock passes the bayram, 23:59 on Sunday 31 May, and the last millisecond of 1 June
    for (const instant of ['2026-05-27T23:59:59.000+03:00', '2026-05-31T23:59:00.000+03:00', '2026-06-01T23:59:59.998+03:00']) {
      await d.pin(instant);
      // then nothing is marked
      expect([instant, (await d.variables(pik)).interviewOverdue]).toEqual([instant, undefined]);
    }
    expect(await d.openTaskIds(pik)).toEqual(['Task_Interview']);

    // when 1 June ends
    await d.pin('2026-06-01T23:59:59.999+03:00');

    // then the mark is set, a supervisor task opens, and the interview still waits: nothing is decided
    expect((await d.variables(pik)).interviewOverdue).toBe(true);
    await supervisorTask(pik, 'Supervise_InterviewPeriod');
    expect(await d.openTaskIds(pik)).toEqual(['Supervise_InterviewPeriod', 'Task_Interview']);
    expect((await d.variables(pik)).acceleratedDecision).toBeUndefined();
    await d.complete(pik, 'Supervise_InterviewPeriod', { supervisorAction: 'expedited', supervisorNote: 'Görüşme yarına planlandı.' }, 'supervisor-1');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-06-02', interviewSummary: 'Görüşme yapıldı.' });
    await d.task(pik, 'Task_Decide');
  });

  it('30-day interview across the year boundary: 10 Dec 2026 → Monday 11 Jan 2027 (9 Jan is a Saturday); missed, it escalates', async () => {
    // given an application of 10 December 2026 in the regular procedure
    await d.pin('2026-12-10T09:00:00+03:00');
    const { pik } = await regularApplication('2026-12-10');
    expect((await d.variables(pik)).interviewDueAt).toBe('2027-01-11T23:59:59.999+03:00');

    // when the clock passes the unrolled Saturday, 23:59 on Sunday 10 January, and the due day's last millisecond
    for (const instant of ['2027-01-09T23:59:59.000+03:00', '2027-01-10T23:59:00.000+03:00', '2027-01-11T23:59:59.998+03:00']) {
      await d.pin(instant);
      expect([instant, (await d.variables(pik)).interviewOverdue]).toEqual([instant, undefined]);
    }

    // when 11 January 2027 ends
    await d.pin('2027-01-11T23:59:59.999+03:00');

    // then the Art. 75(1) mark and the supervisor task; the interview is still open
    expect((await d.variables(pik)).interviewOverdue).toBe(true);
    await supervisorTask(pik, 'Supervise_InterviewPeriod');
    expect(await d.openTaskIds(pik)).toEqual(['Supervise_InterviewPeriod', 'Task_Interview']);
  });

  it('6-month decision missed (Art. 78(1)): mark, notice to the applicant, supervisor task; the case is not decided', async () => {
    // given a registration on 2 March 2026
    await d.pin('2026-03-02T09:00:00+03:00');
    const { pik, applicationNumber } = await regularApplication('2026-03-02');
    expect((await d.variables(pik)).decisionDueAt).toBe('2026-09-02T23:59:59.999+03:00');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-03-20', interviewSummary: 'Görüşme tamamlandı.', minutesCopyGiven: true });
    await d.task(pik, 'Task_Decide');

    // when the clock reaches 23:59 of 1 September, then the end of 2 September
    await d.pin('2026-09-01T23:59:00+03:00');
    expect((await d.variables(pik)).decisionOverdue).toBeUndefined();
    await d.pin('2026-09-02T23:59:59.999+03:00');

    // then the mark, the Art. 78(1) notice to the applicant and a supervisor task; the decision task still waits
    expect((await d.variables(pik)).decisionOverdue).toBe(true);
    await supervisorTask(pik, 'Supervise_DecisionPeriod');
    await d.waitPassed(pik, 'Notice_DecisionDelay');
    expect(d.notices({ caseNumber: applicationNumber, noticeType: 'decision-delay' }).map((n) => n.citation)).toEqual(['Art. 78(1)']);
    expect(await d.openTaskIds(pik)).toEqual(['Supervise_DecisionPeriod', 'Task_Decide']);
    expect((await d.variables(pik)).ipDecision).toBeUndefined();
  });

  it('5-day accelerated decision missed (Art. 79(2)): mark and supervisor task; the track continues', async () => {
    // given an interview on Monday 4 May 2026 → decision due Monday 11 May (9 May is a Saturday)
    await d.pin('2026-05-04T09:00:00+03:00');
    const { pik } = await acceleratedOnTrack({ misledAuthorities: true }, '2026-05-04');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-05-04', interviewSummary: 'Görüşme yapıldı.' });
    const v = await d.waitForVar(pik, 'decisionDueAt');
    expect(v.decisionDueAt).toBe('2026-05-11T23:59:59.999+03:00');
    await d.task(pik, 'Task_Decide');

    // when the decision day ends without a decision
    await d.pin('2026-05-10T23:59:00+03:00');
    expect((await d.variables(pik)).decisionOverdue).toBeUndefined();
    await d.pin('2026-05-11T23:59:59.999+03:00');

    // then the mark and a supervisor task; the decision task still waits and nothing is decided
    expect((await d.variables(pik)).decisionOverdue).toBe(true);
    await supervisorTask(pik, 'Supervise_DecisionPeriod');
    expect(await d.openTaskIds(pik)).toEqual(['Supervise_DecisionPeriod', 'Task_Decide']);
    expect((await d.variables(pik)).acceleratedDecision).toBeUndefined();

    // and the track continues once the officer decides and the supervisor closes the escalation
    await d.complete(pik, 'Task_Decide', { acceleratedDecision: 'granted', factualReasons: 'Beyanlar tutarlı.', legalReasons: 'Md. 61.' });
    await d.complete(pik, 'Supervise_DecisionPeriod', { supervisorAction: 'expedited', supervisorNote: 'Karar gecikmeli verildi.' }, 'supervisor-1');
    await d.waitState(pik, 'COMPLETED');
    expect((await d.variables(pik)).acceleratedOutcome).toBe('granted');
  });

  it('15-day court ruling missed (Art. 80(1)(d)): mark and supervisor task; an upheld ruling then opens the removal track', async () => {
    // given a rejection notified on Friday 5 June 2026 and an action filed on 19 June
    await d.pin('2026-06-05T10:00:00+03:00');
    const { pik, applicationNumber } = await acceleratedOnTrack({ appliedToDelayRemoval: true }, '2026-06-05');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-06-05', interviewSummary: 'Görüşme yapıldı.' });
    await d.complete(pik, 'Task_Decide', { acceleratedDecision: 'rejected', factualReasons: 'Sınır dışını geciktirmek için başvuru.', legalReasons: 'Md. 79(1)(d).' });
    await d.waitPassed(pik, 'Period_CourtAction');
    await d.pin('2026-06-19T11:00:00+03:00');
    await d.correlate('court-action-filed', applicationNumber, { courtActionFiledAt: '2026-06-19', court: 'İdare Mahkemesi' });
    await d.task(pik, 'Task_CourtRuling');
    expect(await d.variables(pik)).toMatchObject({ stayDuringProceedings: true, courtRulingDueAt: '2026-07-06T23:59:59.999+03:00' });

    // when the ruling period passes (4 July is a Saturday → Monday 6 July)
    await d.pin('2026-07-05T23:59:00+03:00');
    expect((await d.variables(pik)).courtRulingOverdue).toBeUndefined();
    await d.pin('2026-07-06T23:59:59.999+03:00');

    // then the mark and the supervisor task; no removal while the action is pending
    expect((await d.variables(pik)).courtRulingOverdue).toBe(true);
    await supervisorTask(pik, 'Supervise_CourtRulingPeriod');
    expect(await d.openTaskIds(pik)).toEqual(['Supervise_CourtRulingPeriod', 'Task_CourtRuling']);

    // and when the court upholds the rejection, the removal track follows
    await d.complete(pik, 'Task_CourtRuling', { courtName: 'İdare Mahkemesi', courtRulingDate: '2026-07-08', courtRuling: 'upheld', courtRulingSummary: 'Ret onandı.' });
    await d.complete(pik, 'Task_RemovalAssessment', { removalAssessment: 'removal-decision', removalReasons: 'Ret kesinleşti.' });
    await d.waitFor(pik, 'final rejection', (x) => x.acceleratedOutcome === 'rejected-final');
    await d.endCalledRemoval(pik);
  });

  it('regular rejection: the 10-day Commission window and then the 30-day court window expire unused → removal track', async () => {
    // given a regular rejection notified on Monday 1 June 2026
    await d.pin('2026-06-01T09:00:00+03:00');
    const { pik } = await regularApplication('2026-06-01');
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-06-01', interviewSummary: 'Görüşme tamamlandı.', minutesCopyGiven: true });
    await d.complete(pik, 'Task_Decide', { ipDecision: 'rejected', factualReasons: 'Zulüm korkusu somut değil.', legalReasons: 'Md. 61–63 koşulları yok.' });
    const v = await d.waitForVar(pik, 'courtActionDueAt');
    expect(v).toMatchObject({ commissionAppealDueAt: '2026-06-11T23:59:59.999+03:00', courtActionDueAt: '2026-07-01T23:59:59.999+03:00' });
    await d.waitPassed(pik, 'Period_CourtAction');

    // when the Commission window passes unused (Art. 80(1)(a))
    await d.pin('2026-06-10T23:59:00+03:00');
    expect(await d.elements(pik)).toContain('Gateway_Appeal');
    await d.pin('2026-06-11T23:59:59.999+03:00');

    // then only the court route remains, and it too closes at the end of its last day (Art. 80(1)(ç))
    expect(await d.elements(pik)).toContain('Gateway_Court');
    await d.pin('2026-06-30T23:59:00+03:00');
    expect(await d.elements(pik)).toContain('Gateway_Court');
    await d.pin('2026-07-01T23:59:59.999+03:00');
    await d.complete(pik, 'Task_RemovalAssessment', { removalAssessment: 'removal-decision', removalReasons: 'Ret kararı kesinleşti.' });
    const removal = await d.endCalledRemoval(pik);
    expect(removal).toMatchObject({ removalRuleOutcome: 'removable', referredFrom: 'international-protection-application' });
    await d.waitState(pik, 'COMPLETED');
    const end = await d.variables(pik);
    expect(end).toMatchObject({ ipDecision: 'rejected' });
    expect(end.commissionDecision).toBeUndefined();
    expect((end.restrictionProposals as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode)).toContain('O-176');
    expect(await d.elements(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['Timer_CommissionWindow', 'Timer_CourtWindow', 'Call_Removal', 'End_Rejected']));
  });

  it('victim permit: reminder 15 days before expiry (moved off 19 May), escalation at expiry without a decision', async () => {
    // given a 30-day permit granted on Monday 4 May 2026
    await d.pin('2026-05-04T09:00:00+03:00');
    const caseNumber = 'MT-2026-5001';
    const pik = await d.create('victim-support', { caseNumber, person: { fullName: 'Deneme Mağdur', nationality: 'YY' } });
    await d.complete(pik, 'Task_Grant', { identificationBasis: 'strong-suspicion', grantDate: '2026-05-04', supportProgrammeConsent: true });
    await d.task(pik, 'Task_Review');
    expect(await d.variables(pik)).toMatchObject({ permitExpiresAt: '2026-06-03T23:59:59.999+03:00', permitReminderAt: '2026-05-18T09:00:00.000+03:00' });

    // when the reminder instant comes
    await d.pin('2026-05-18T08:59:59.999+03:00');
    expect(await d.elements(pik, 'COMPLETED')).not.toContain('Timer_Reminder');
    await d.pin('2026-05-18T09:00:00.000+03:00');

    // then the officers are reminded (Art. 49(1))
    await d.waitPassed(pik, 'Notice_Reminder');
    expect(d.notices({ caseNumber, noticeType: 'victim-permit-expiry-reminder' })).toHaveLength(1);

    // when the permit expires without a decision
    await d.pin('2026-06-02T23:59:00+03:00');
    expect((await d.variables(pik)).permitExpiredWithoutDecision).toBeUndefined();
    await d.pin('2026-06-03T23:59:59.999+03:00');

    // then the mark and a supervisor task; the review stays open and the permit is not ended by the timer
    expect((await d.variables(pik)).permitExpiredWithoutDecision).toBe(true);
    await supervisorTask(pik, 'Supervise_PermitExpiry');
    expect(await d.openTaskIds(pik)).toEqual(['Supervise_PermitExpiry', 'Task_Review']);
    expect((await d.variables(pik)).permitEndReason).toBeUndefined();
  });

  describe('an escalation never holds up the case it escalates (E.3): the supervisor task runs on its own branch', () => {
    it('accelerated: the 5-day decision missed, the officer grants → outcome set at once, the supervisor task still open', async () => {
      // given an accelerated decision due Monday 11 May 2026, missed
      await d.pin('2026-05-04T09:00:00+03:00');
      const { pik } = await acceleratedOnTrack({ misledAuthorities: true }, '2026-05-04');
      await d.complete(pik, 'Task_Interview', { interviewDate: '2026-05-04', interviewSummary: 'Görüşme yapıldı.' });
      await d.task(pik, 'Task_Decide');
      await d.pin('2026-05-11T23:59:59.999+03:00');
      await supervisorTask(pik, 'Supervise_DecisionPeriod');

      // when the officer decides while the supervisor has not acted
      await d.complete(pik, 'Task_Decide', { acceleratedDecision: 'granted', factualReasons: 'Beyanlar tutarlı.', legalReasons: 'Md. 61.' });

      // then the decision is notified and the outcome set; only the supervisor task is left
      const v = await d.waitFor(pik, 'acceleratedOutcome', (x) => x.acceleratedOutcome !== undefined);
      expect(v).toMatchObject({ acceleratedOutcome: 'granted', decisionOverdue: true });
      expect(await d.elements(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['Notice_Granted', 'End_Granted']));
      expect(await d.openTaskIds(pik)).toEqual(['Supervise_DecisionPeriod']);
      await d.complete(pik, 'Supervise_DecisionPeriod', { supervisorAction: 'expedited', supervisorNote: 'Karar verildi.' }, 'supervisor-1');
      await d.waitState(pik, 'COMPLETED');
    });

    it('regular procedure: the 30-day interview missed, interview and rejection done → notice and appeal windows open while the supervisor task is open', async () => {
      // given an application of 1 June 2026 whose interview period (1 July) is missed
      await d.pin('2026-06-01T09:00:00+03:00');
      const { pik, applicationNumber } = await regularApplication('2026-06-01');
      await d.pin('2026-07-01T23:59:59.999+03:00');
      await supervisorTask(pik, 'Supervise_InterviewPeriod');

      // when the officer interviews and rejects while the supervisor has not acted
      await d.pin('2026-07-02T10:00:00+03:00');
      await d.complete(pik, 'Task_Interview', { interviewDate: '2026-07-02', interviewSummary: 'Görüşme tamamlandı.', minutesCopyGiven: true });
      await d.complete(pik, 'Task_Decide', { ipDecision: 'rejected', factualReasons: 'Zulüm korkusu somut değil.', legalReasons: 'Md. 61–63 koşulları yok.' });

      // then the decision is notified and the appeal windows run; the supervisor task is still open
      const v = await d.waitForVar(pik, 'courtActionDueAt');
      expect(v).toMatchObject({ interviewOverdue: true, ipDecision: 'rejected', decisionNotifiedAt: '2026-07-02T10:00:00.000+03:00' });
      await d.waitPassed(pik, 'Period_CourtAction');
      expect(await d.elements(pik)).toEqual(expect.arrayContaining(['Gateway_Appeal', 'Supervise_InterviewPeriod']));
      expect(await d.elements(pik)).not.toContain('Sub_Regular');
      expect(d.notices({ caseNumber: applicationNumber, noticeType: 'ip-decision' })).toHaveLength(1);
      expect(await d.openTaskIds(pik)).toEqual(['Supervise_InterviewPeriod']);
    });

    it('an interview held in time raises no escalation when its period passes while the decision is pending', async () => {
      // given an application of 1 June 2026 interviewed on time
      await d.pin('2026-06-01T09:00:00+03:00');
      const { pik } = await regularApplication('2026-06-01');
      await d.complete(pik, 'Task_Interview', { interviewDate: '2026-06-10', interviewSummary: 'Görüşme tamamlandı.', minutesCopyGiven: true });
      await d.task(pik, 'Task_Decide');

      // when the interview period ends while the decision is still pending
      await d.pin('2026-07-01T23:59:59.999+03:00');

      // then nothing is marked and no supervisor is asked
      expect(await d.elements(pik, 'COMPLETED')).toContain('Timer_InterviewPeriod');
      expect((await d.variables(pik)).interviewOverdue).toBeUndefined();
      expect(await d.openTaskIds(pik)).toEqual(['Task_Decide']);
    });

    it('victim permit: expiry missed, the officer renews → the next permit period starts while the supervisor task is open', async () => {
      // given a permit expiring on 3 June 2026 without a decision
      await d.pin('2026-05-04T09:00:00+03:00');
      const pik = await d.create('victim-support', { caseNumber: 'MT-2026-5002', person: { fullName: 'Deneme Mağdur', nationality: 'YY' } });
      await d.complete(pik, 'Task_Grant', { identificationBasis: 'strong-suspicion', grantDate: '2026-05-04', supportProgrammeConsent: true });
      await d.task(pik, 'Task_Review');
      await d.pin('2026-06-03T23:59:59.999+03:00');
      await supervisorTask(pik, 'Supervise_PermitExpiry');

      // when the officer renews while the supervisor has not acted
      await d.complete(pik, 'Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi sürüyor.' });

      // then the renewal is notified and a new permit period waits for review; the supervisor task is still open
      const v = await d.waitFor(pik, 'renewal', (x) => x.renewalNotifiedAt !== undefined);
      expect(v.permitValidUntil).not.toBe('2026-06-03');
      await d.waitPassed(pik, 'Notice_Renewal');
      await d.task(pik, 'Task_Review');
      expect(await d.openTaskIds(pik)).toEqual(['Supervise_PermitExpiry', 'Task_Review']);
    });
  });

  it('a period ending in a year without announced bayram dates gets a date, marked provisional, never an incident (E.2 as amended)', async () => {
    // given an accelerated start on Sunday 30 March 2031: Kurban Bayramı 2031 is not announced yet (computed 2–5 April)
    await d.pin('2031-03-30T09:00:00+03:00');
    const pik = await d.create('accelerated-procedure', { applicationNumber: nextNumber(), registrationDate: '2031-03-30', acceleratedStartDate: '2031-03-30', applicant, facts: { misledAuthorities: true } });

    // when the calendar worker computes the 3-day interview period
    const v = await d.waitForVar(pik, 'interviewDueAt');

    // then day 3 (Wednesday 2 April, the computed first bayram day) rolls to Monday 7 April, and the date says it is provisional
    expect(v.interviewDueAt).toBe('2031-04-07T23:59:59.999+03:00');
    expect(v.interviewDueAtDetail).toMatchObject({ rolledOverFrom: '2031-04-02', provisional: true, provisionalHolidays: [expect.objectContaining({ group: 'kurban', firstDay: '2031-04-02' })] });
    expect(v.interviewDueAtBasis).toEqual({ parameter: 'accelerated.interviewPeriod', start: '2031-03-30' });
    expect(await d.incidents(pik)).toEqual([]);
    await d.api.cancelProcessInstance({ processInstanceKey: pik as never });
    await d.waitState(pik, 'TERMINATED');
  });
});
