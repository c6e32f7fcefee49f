import { Harness } from './support/embedded';

// Synthetic people and numbers only.
const applicant = { fullName: 'Deneme Kişi', nationality: 'XX' };
const person = { fullName: 'Deneme Mağdur', nationality: 'YY' };

async function run(now: string, body: (h: Harness) => Promise<void>): Promise<void> {
  const h = await Harness.start(now);
  try {
    await body(h);
    expect(h.incidents()).toEqual([]);
  } catch (e) {
    // eslint-disable-next-line no-console
    console.log(h.log.join('\n'), JSON.stringify(h.incidents(), null, 1));
    throw e;
  } finally {
    await h.close();
  }
}

const startAccelerated = (h: Harness, facts: Record<string, unknown>, start = '2026-05-04', no = 'UK-2026-000200') =>
  h.create('accelerated-procedure', { applicationNumber: no, registrationDate: start, acceleratedStartDate: start, applicant, facts });

describe('accelerated procedure on the embedded engine', () => {
  it('unaccompanied-minor exclusion after an age dispute (Art. 79(4))', () =>
    run('2026-05-04T09:00:00+03:00', async (h) => {
      const pi = await startAccelerated(h, { ageDisputed: true, inRemovalDetention: true });
      expect(h.openTasks().map((t) => t.elementId)).toEqual(['Task_ResolveAge']);
      await h.complete('Task_ResolveAge', { ageDisputeOutcome: 'unaccompanied-minor', ageAssessmentDate: '2026-05-05', ageAssessmentBasis: 'Tıbbi yaş tespiti raporu.' });
      expect(h.variables(pi)).toMatchObject({ acceleratedOutcome: 'not-applicable', acceleratedRuleOutcome: 'excludedUnaccompaniedMinor' });
      expect(h.state(pi)).toEqual([]);
    }));

  it('officer exit by message (Art. 79(3)) while the interview waits', () =>
    run('2026-05-04T09:00:00+03:00', async (h) => {
      const pi = await startAccelerated(h, { destroyedDocuments: true });
      await h.publish('accelerated-exit-requested', 'UK-2026-000200', { exitRequestedBy: 'officer-1' });
      await h.complete('Task_ExitReason', { acceleratedExitReason: 'İnceleme uzun sürecek: ek belge bekleniyor.' });
      expect(h.variables(pi)).toMatchObject({ acceleratedOutcome: 'exited-to-regular' });
    }));

  it('3-day interview over Kurban Bayramı 2026: escalation only after 1 June', () =>
    run('2026-05-24T09:00:00+03:00', async (h) => {
      const pi = await startAccelerated(h, { inRemovalDetention: true }, '2026-05-24');
      expect(h.variables(pi).interviewDueAt).toBe('2026-06-01T23:59:59.999+03:00');
      await h.advanceTo('2026-06-01T23:59:00+03:00');
      expect(h.variables(pi).interviewOverdue).toBeUndefined();
      await h.advanceTo('2026-06-02T00:00:00+03:00');
      expect(h.variables(pi).interviewOverdue).toBe(true);
      expect(h.openTasks().map((t) => t.elementId).sort()).toEqual(['Supervise_InterviewPeriod', 'Task_Interview']);
    }));

  it('court action filed: stay, 15-day ruling period escalates, annulment returns the case', () =>
    run('2026-06-05T10:00:00+03:00', async (h) => {
      const pi = await startAccelerated(h, { appliedToDelayRemoval: true }, '2026-06-05');
      await h.complete('Task_Interview', { interviewDate: '2026-06-05', interviewSummary: 'Görüşme yapıldı ve kaydedildi.' });
      await h.complete('Task_Decide', { acceleratedDecision: 'rejected', factualReasons: 'Başvuru sınır dışını geciktirmek için.', legalReasons: 'Md. 79(1)(d).' });
      // notified Friday 5 June → day 15 is Saturday 20 June → window ends Monday 22 June
      expect(h.variables(pi).courtActionDueAt).toBe('2026-06-22T23:59:59.999+03:00');
      await h.publish('court-action-filed', 'UK-2026-000200', { courtActionFiledAt: '2026-06-19', court: 'İdare Mahkemesi' });
      expect(h.variables(pi)).toMatchObject({ stayDuringProceedings: true, courtRulingDueAt: '2026-07-06T23:59:59.999+03:00' });
      await h.advanceTo('2026-07-07T00:00:00+03:00');
      expect(h.variables(pi).courtRulingOverdue).toBe(true);
      await h.complete('Task_CourtRuling', { courtName: 'İdare Mahkemesi', courtRulingDate: '2026-07-10', courtRuling: 'annulled', courtRulingSummary: 'Karar iptal edildi.' });
      expect(h.variables(pi)).toMatchObject({ acceleratedOutcome: 'annulled-by-court' });
    }));

  it('the 15-day window does not close on Saturday 20 June 2026', () =>
    run('2026-06-05T10:00:00+03:00', async (h) => {
      await startAccelerated(h, { appliedToDelayRemoval: true }, '2026-06-05');
      await h.complete('Task_Interview', { interviewDate: '2026-06-05', interviewSummary: 'Görüşme yapıldı ve kaydedildi.' });
      await h.complete('Task_Decide', { acceleratedDecision: 'rejected', factualReasons: 'Başvuru sınır dışını geciktirmek için.', legalReasons: 'Md. 79(1)(d).' });
      await h.advanceTo('2026-06-21T12:00:00+03:00');
      expect(h.openTasks().map((t) => t.elementId)).not.toContain('Task_RemovalAssessment');
      await h.advanceTo('2026-06-23T00:00:00+03:00');
      expect(h.openTasks().map((t) => t.elementId)).toContain('Task_RemovalAssessment');
    }));
});

describe('application on the embedded engine', () => {
  it('30-day interview across the year boundary ends on Monday 11 January 2027', () =>
    run('2026-12-10T09:00:00+03:00', async (h) => {
      const pi = await h.create('international-protection-application', { applicationNumber: 'UK-2026-000300', applicationDate: '2026-12-10', applicant });
      await h.complete('Task_Register', { registrationDate: '2026-12-10', travelRoute: 'Hava yolu', facts: {} });
      await h.complete('Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
      expect(h.variables(pi).interviewDueAt).toBe('2027-01-11T23:59:59.999+03:00');
      await h.advanceTo('2027-01-10T12:00:00+03:00');
      expect(h.variables(pi).interviewOverdue).toBeUndefined();
      await h.advanceTo('2027-01-12T00:00:00+03:00');
      expect(h.variables(pi).interviewOverdue).toBe(true);
    }));

  it('regular rejection → Commission appeal rejected → court window unused → removal track', () =>
    run('2026-06-01T09:00:00+03:00', async (h) => {
      const pi = await h.create('international-protection-application', { applicationNumber: 'UK-2026-000301', applicationDate: '2026-06-01', applicant });
      await h.complete('Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: {} });
      await h.complete('Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
      await h.complete('Task_Interview', { interviewDate: '2026-06-10', interviewSummary: 'Görüşme tamamlandı.', minutesCopyGiven: true });
      await h.complete('Task_Decide', { ipDecision: 'rejected', factualReasons: 'Zulüm korkusu somut değil.', legalReasons: 'Md. 61–63 koşulları yok.' });
      await h.publish('commission-appeal-filed', 'UK-2026-000301', { commissionAppealFiledAt: '2026-06-05' });
      await h.complete('Task_CommissionDecision', { commissionDecision: 'rejected', commissionDecisionDate: '2026-06-20', commissionReasons: 'İtiraz yerinde görülmedi.' });
      const due = h.variables(pi).courtActionDueAt as string;
      await h.advanceTo(new Date(Date.parse(due) + 1000).toISOString());
      await h.complete('Task_RemovalAssessment', { removalAssessment: 'removal-decision', removalReasons: 'Ret kararı kesinleşti.' });
      expect(h.state(pi)).toEqual([]);
    }));

  it('inadmissible (a): removal track; (c) readmission accepted: returned', () =>
    run('2026-06-01T09:00:00+03:00', async (h) => {
      const a = await h.create('inadmissibility-assessment', { applicationNumber: 'UK-2026-000302', applicant, facts: { repeatWithoutNewGrounds: true } });
      await h.complete('Task_Assess', { inadmissibilityGround: 'a', inadmissibilityReasons: 'Yeni gerekçe sunulmadan tekrar başvuru.' });
      await h.advanceTo('2026-06-17T00:00:00+03:00');
      await h.complete('Task_RemovalAssessment', { removalAssessment: 'removal-decision', removalReasons: 'Md. 72(1)(a) kararı kesinleşti.' });
      expect(h.variables(a)).toMatchObject({ inadmissibilityOutcome: 'removal-track' });

      const c = await h.create('inadmissibility-assessment', { applicationNumber: 'UK-2026-000303', applicant, facts: { firstCountryOfAsylum: { country: 'Ülke-B', recognisedAndCanStillAvail: true } } });
      await h.complete('Task_Assess', { inadmissibilityGround: 'c', inadmissibilityReasons: 'Birinci iltica ülkesinde tanınmış.' });
      await h.advanceTo('2026-07-03T00:00:00+03:00');
      await h.complete('Task_RequestReadmission', { readmissionCountry: 'Ülke-B', readmissionRequestDate: '2026-07-03', readmissionReference: 'GK-2' });
      await h.publish('readmission-accepted', 'UK-2026-000303');
      await h.complete('Task_Return', { returnDate: '2026-07-20', returnBorderGate: 'Kapı-3' });
      expect(h.variables(c)).toMatchObject({ inadmissibilityOutcome: 'returned' });
    }));
});

describe('victim support and voluntary return on the embedded engine', () => {
  it('renewal up to the 3-year cap, then refusal ends the permit with offers only', () =>
    run('2024-06-01T09:00:00+03:00', async (h) => {
      const pi = await h.create('victim-support', { caseNumber: 'MT-2024-0001', person });
      await h.complete('Task_Grant', { identificationBasis: 'identified-victim', grantDate: '2024-06-01' });
      const expiries: string[] = [h.variables(pi).permitValidUntil as string];
      for (let i = 0; i < 6; i++) {
        await h.complete('Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['health'], renewalMonths: 6, reviewReasons: 'Sağlık gerekçesi sürüyor.' });
        expiries.push(h.variables(pi).permitValidUntil as string);
      }
      expect(expiries).toEqual(['2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01', '2027-01-01', '2027-06-01']);
      await h.complete('Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['health'], renewalMonths: 6, reviewReasons: 'Sağlık gerekçesi sürüyor.' });
      expect(h.variables(pi)).toMatchObject({ permitEndReason: 'renewal-refused', removalBarLifted: true });
      await h.complete('Task_NextSteps', { nextStepChosen: 'other-permit' });
      expect(h.state(pi)).toEqual([]);
    }));

  it('victim asks to go home: departure closes the victim case', () =>
    run('2026-05-04T09:00:00+03:00', async (h) => {
      const pi = await h.create('victim-support', { caseNumber: 'MT-2026-0043', person });
      await h.complete('Task_Grant', { identificationBasis: 'identified-victim', grantDate: '2026-05-04' });
      await h.publish('voluntary-return-requested', 'MT-2026-0043');
      await h.complete('voluntary-return:Task_Request', { writtenRequest: true, requestDate: '2026-05-06', destination: 'origin', destinationCountry: 'YY' });
      await h.complete('voluntary-return:Task_Interview', { voluntarinessRecorded: true, informedConsent: true, voluntarinessNotes: 'Bilgilendirilmiş rıza alındı.' });
      await h.complete('Task_NonRefoulement', { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk yok.' });
      await h.complete('Task_TravelDocuments', { consularContactConsent: true, travelDocumentType: 'emergency-travel-document', travelDocumentIssuedOn: '2026-05-08' });
      await h.complete('Task_Assistance', { assistance: 'none', partnerOrganisation: 'IOM' });
      await h.complete('Task_Exit', { departed: true, exitDate: '2026-05-12', borderGate: 'Kapı-4' });
      expect(h.state(pi)).toEqual([]);
    }));

  it('temporary protection → V-87 proposed; not voluntary → closed by the error boundary', () =>
    run('2026-06-01T09:00:00+03:00', async (h) => {
      const tp = await h.create('voluntary-return', { caseNumber: 'GK-2026-0001', personCategory: 'temporary-protection', person: applicant });
      await h.complete('Task_Request', { writtenRequest: true, requestDate: '2026-06-01', destination: 'origin', destinationCountry: 'XX' });
      await h.complete('Task_Interview', { voluntarinessRecorded: true, voluntarinessNotes: 'Gönüllü dönüş teyit edildi.' });
      await h.complete('Task_NonRefoulement', { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk yok.' });
      await h.complete('Task_TravelDocuments', { consularContactConsent: false, travelDocumentType: 'passport', travelDocumentIssuedOn: '2026-06-02' });
      await h.complete('Task_Assistance', { assistance: 'none', partnerOrganisation: 'none' });
      expect((h.variables(tp).restrictionProposals as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode)).toEqual(['V-87']);

      const nv = await h.create('voluntary-return', { caseNumber: 'SH-2026-0008', personCategory: 'status-holder', person: applicant });
      await h.complete('Task_Request', { writtenRequest: true, requestDate: '2026-06-01', destination: 'origin', destinationCountry: 'XX' });
      await h.complete('Task_Interview', { voluntarinessRecorded: false, voluntarinessNotes: 'Baskı altında olduğu anlaşıldı.' });
      expect(h.variables(nv)).toMatchObject({ returnOutcome: 'not-voluntary' });
      expect(h.state(nv)).toEqual([]);
    }));
});
