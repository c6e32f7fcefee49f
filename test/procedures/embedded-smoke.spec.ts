import { Harness } from './support/embedded';

// Synthetic people and numbers only.
const applicant = { fullName: 'Deneme Kişi', nationality: 'XX', language: 'ar' };
const lawyer = { kind: 'lawyer', fullName: 'Av. Örnek Avukat' };

async function withHarness(now: string, run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await Harness.start(now);
  try {
    await run(h);
    expect(h.incidents()).toEqual([]);
  } catch (e) {
    // eslint-disable-next-line no-console
    console.log(h.log.join('\n'), JSON.stringify(h.incidents(), null, 1));
    throw e;
  } finally {
    await h.close();
  }
}

describe('procedures on the embedded engine (smoke)', () => {
  it('voluntary return of a status holder: cessation offered, exit closes the case', () =>
    withHarness('2026-06-01T09:00:00+03:00', async (h) => {
      const pi = await h.create('voluntary-return', { caseNumber: 'SH-2026-0007', personCategory: 'status-holder', person: applicant });
      await h.complete('Task_Request', { writtenRequest: true, requestDate: '2026-06-01', identityAndTravelDocument: true, destination: 'origin', destinationCountry: 'ZZ' });
      await h.complete('Task_Interview', { voluntarinessRecorded: true, voluntarinessNotes: 'Gönüllü olduğunu beyan etti.' });
      await h.complete('Task_NonRefoulement', { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk bulunmadı.' });
      await h.complete('Task_TravelDocuments', { consularContactConsent: false, travelDocumentType: 'passport', travelDocumentIssuedOn: '2026-06-01' });
      await h.complete('Task_Assistance', { assistance: 'inKind', partnerOrganisation: 'IOM' });
      await h.complete('Task_CessationOffer', { cessationNoticeGiven: true, cessationNoticeDate: '2026-06-02' });
      await h.complete('Task_Exit', { departed: true, exitDate: '2026-06-10', borderGate: 'Kapı-1' });
      expect(h.variables(pi)).toMatchObject({ returnOutcome: 'departed' });
    }));

  it('application → accelerated (Art. 79(1)(b)) → rejection → 15-day court window unused → removal track', () =>
    withHarness('2026-06-01T09:00:00+03:00', async (h) => {
      const pi = await h.create('international-protection-application', { applicationNumber: 'UK-2026-000124', applicationDate: '2026-06-01', applicant, representative: lawyer });
      await h.complete('Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: { misledAuthorities: true } });
      expect(h.variables(pi)).toMatchObject({ proposedRoute: 'accelerated', interviewDueAt: '2026-07-01T23:59:59.999+03:00' });
      await h.complete('Task_Route', { route: 'accelerated', routeReason: 'Md. 79(1)(b) ölçütü.' });
      await h.complete('Task_Interview', { interviewDate: '2026-06-03', interviewSummary: 'Görüşme yapıldı, beyanlar alındı.' });
      await h.complete('Task_Decide', { acceleratedDecision: 'rejected', factualReasons: 'Sahte belge ibraz edildi.', legalReasons: 'Md. 79(1)(b) ve Md. 78.' });
      const notice = h.outbox.list().find((n) => n.noticeType === 'accelerated-decision')!;
      expect(notice.addressee).toMatchObject({ role: 'lawyer' });
      expect(notice.body).toContain('15 gün');
      // window: notified 2026-06-01 → day 15 is 16 June (Tuesday)
      await h.advanceTo('2026-06-16T23:00:00+03:00');
      expect(h.openTasks().map((t) => t.elementId)).not.toContain('Task_RemovalAssessment');
      await h.advanceTo('2026-06-17T00:00:00+03:00');
      await h.complete('Task_RemovalAssessment', { confirmedRestrictionCodes: ['O-176'], removalAssessment: 'removal-decision', removalReasons: 'Ret kararı kesinleşti, dava açılmadı.' });
      expect(h.variables(pi)).toMatchObject({ acceleratedOutcome: 'rejected-final' });
      expect(h.state(pi)).toEqual([]);
    }));

  it('escalates a missed 30-day interview without deciding, and the 6-month decision informs the applicant (Art. 78(1))', () =>
    withHarness('2026-03-02T09:00:00+03:00', async (h) => {
      const pi = await h.create('international-protection-application', { applicationNumber: 'UK-2026-000125', applicationDate: '2026-03-02', applicant });
      await h.complete('Task_Register', { registrationDate: '2026-03-02', travelRoute: 'Hava yolu', facts: {} });
      await h.complete('Task_Route', { route: 'regular', routeReason: 'Ölçüt yok, olağan usul.' });
      expect(h.variables(pi).interviewDueAt).toBe('2026-04-01T23:59:59.999+03:00');
      await h.advanceTo('2026-04-02T00:00:01+03:00');
      expect(h.variables(pi)).toMatchObject({ interviewOverdue: true });
      expect(h.openTasks().map((t) => [t.elementId, t.candidateGroups])).toEqual(expect.arrayContaining([['Task_Interview', ['officers']], ['Supervise_InterviewPeriod', ['supervisors']]]));
      await h.advanceTo('2026-09-03T00:00:01+03:00');
      expect(h.variables(pi)).toMatchObject({ decisionOverdue: true });
      expect(h.outbox.list().map((n) => n.noticeType)).toContain('decision-delay');
    }));

  it('inadmissibility (safe third country): readmission refused → the application resumes in the regular procedure', () =>
    withHarness('2026-06-01T09:00:00+03:00', async (h) => {
      const safe = { country: 'Ülke-A', appliedOrCouldHaveApplied: true, noThreatOnConventionGrounds: true, nonRefoulementApplied: true, canSeekRefugeeStatus: true, noRiskOfSeriousHarm: true, individualConnection: true };
      const pi = await h.create('international-protection-application', { applicationNumber: 'UK-2026-000126', applicationDate: '2026-06-01', applicant });
      await h.complete('Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: { safeThirdCountry: safe } });
      expect(h.variables(pi)).toMatchObject({ proposedRoute: 'inadmissibility' });
      await h.complete('Task_Route', { route: 'inadmissibility', routeReason: 'Güvenli üçüncü ülke.' });
      await h.complete('Task_Assess', { inadmissibilityGround: 'ç', individualAssessmentDone: true, inadmissibilityReasons: 'Md. 74 koşullarının tamamı sağlanıyor.' });
      await h.advanceTo('2026-06-17T00:00:00+03:00');
      expect(h.outbox.list().map((n) => n.noticeType)).toEqual(expect.arrayContaining(['inadmissibility-decision', 'right-to-stay-pending-return']));
      await h.complete('Task_RequestReadmission', { readmissionCountry: 'Ülke-A', readmissionRequestDate: '2026-06-18', readmissionReference: 'GK-1' });
      await h.publish('readmission-refused', 'UK-2026-000126', { readmissionAnswerDate: '2026-07-01' });
      expect(h.variables(pi)).toMatchObject({ inadmissibilityOutcome: 'resumed' });
      expect(h.openTasks().map((t) => t.elementId)).toContain('Task_Interview');
    }));

  it('voluntary return requested during the application withdraws it (Art. 77(1)(a)) and ends the case', () =>
    withHarness('2026-06-01T09:00:00+03:00', async (h) => {
      const pi = await h.create('international-protection-application', { applicationNumber: 'UK-2026-000127', applicationDate: '2026-06-01', applicant });
      await h.complete('Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: {} });
      await h.complete('Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
      await h.publish('voluntary-return-requested', 'UK-2026-000127');
      await h.complete('voluntary-return:Task_Request', { writtenRequest: true, requestDate: '2026-06-05', identityAndTravelDocument: true, destination: 'origin', destinationCountry: 'XX' });
      await h.complete('voluntary-return:Task_Interview', { voluntarinessRecorded: true, voluntarinessNotes: 'Gönüllü dönüş talebi teyit edildi.' });
      await h.complete('Task_NonRefoulement', { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk yok.' });
      await h.complete('Task_TravelDocuments', { consularContactConsent: true, travelDocumentType: 'passport', travelDocumentIssuedOn: '2026-06-06' });
      await h.complete('Task_Assistance', { assistance: 'cash', assistanceAmountTry: 1000, partnerOrganisation: 'IOM' });
      await h.complete('Task_Exit', { departed: true, exitDate: '2026-06-12', borderGate: 'Kapı-2' });
      expect(h.outbox.list().map((n) => n.noticeType)).toContain('application-withdrawn');
      expect(h.variables(pi)).toMatchObject({ applicationClosedAs: 'withdrawn' });
      expect(h.state(pi)).toEqual([]);
    }));

  it('victim: grant, reminder, renewal, expert report with duress → continues; termination → bar lifted, offers only', () =>
    withHarness('2026-05-04T09:00:00+03:00', async (h) => {
      const pi = await h.create('victim-support', { caseNumber: 'MT-2026-0042', person: { fullName: 'Deneme Mağdur', nationality: 'YY' } });
      await h.complete('Task_Grant', { identificationBasis: 'strong-suspicion', grantDate: '2026-05-04', supportProgrammeConsent: true });
      expect(h.variables(pi)).toMatchObject({ permitExpiresAt: '2026-06-03T23:59:59.999+03:00', permitReminderAt: '2026-05-18T09:00:00.000+03:00' });
      await h.advanceTo('2026-05-18T09:00:01+03:00');
      expect(h.outbox.list().map((n) => n.noticeType)).toContain('victim-permit-expiry-reminder');
      await h.complete('Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi.' });
      expect(h.variables(pi)).toMatchObject({ permitValidUntil: '2026-12-03' });
      await h.publish('expert-evaluation-report', 'MT-2026-0042', { expertReport: { recontactedPerpetrators: true, conductVoluntary: true, underDuress: true } });
      expect(h.variables(pi)).toMatchObject({ terminationRuleOutcome: 'continue' });
      await h.complete('Task_TerminationDecision', { terminationReasons: 'Zorlama altında gerçekleşti; sonlandırılmaz.' });
      expect(h.openTasks().map((t) => t.elementId)).toContain('Task_Review');
      await h.publish('expert-evaluation-report', 'MT-2026-0042', { expertReport: { untrueInformation: true } });
      await h.complete('Task_TerminationDecision', { programmeTerminated: true, terminationReasons: 'Gerçeğe aykırı beyan tespit edildi.' });
      expect(h.variables(pi)).toMatchObject({ permitEndReason: 'terminated', removalBarLifted: true });
      await h.complete('Task_NextSteps', { nextStepChosen: 'removal-assessment-offered' });
      expect(h.state(pi)).toEqual([]);
    }));
});
