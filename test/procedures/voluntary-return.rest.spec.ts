/**
 * Voluntary return (Art. 87, brief A4 + E.7) through the SDK with the real job workers, for each kind of person:
 * an applicant (withdrawal, Art. 77(1)(a)), a status holder (cessation offered, Art. 85), a victim ([S0 Q9]) and a
 * temporary-protection returnee (V-87, [S3]); plus a return that is not voluntary and one blocked by Art. 4.
 */
import { applicant, person, useProcedureDriver, Vars } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextNumber = (prefix: string) => `${prefix}-2026-6${String(++seq).padStart(3, '0')}`;

type Criterion = { code: string; citation: string };
const effects = (v: Vars) => (v.returnEffects as Criterion[]).map((e) => [e.code, e.citation]);

/** The officer's steps up to the exit; the screening worker runs between the interview and the Art. 4 task. */
async function prepareReturn(vr: string, extra: { interview?: Vars; request?: Vars } = {}) {
  await d.complete(vr, 'Task_Request', { writtenRequest: true, requestDate: '2026-06-02', identityAndTravelDocument: true, destination: 'origin', destinationCountry: 'XX', ...extra.request });
  await d.complete(vr, 'Task_Interview', { voluntarinessRecorded: true, voluntarinessNotes: 'Gönüllü olduğunu beyan etti.', ...extra.interview });
  await d.complete(vr, 'Task_NonRefoulement', { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk bulunmadı.' });
  await d.complete(vr, 'Task_TravelDocuments', { consularContactConsent: true, travelDocumentType: 'passport', travelDocumentIssuedOn: '2026-06-03' });
  await d.complete(vr, 'Task_Assistance', { assistance: 'inKind', partnerOrganisation: 'IOM' });
}

describe('voluntary return (Art. 87) through the SDK', () => {
  beforeEach(() => d.pin('2026-06-01T09:00:00+03:00'));

  it('applicant: the request during the regular procedure is a withdrawal (Art. 77(1)(a)) and ends the application', async () => {
    // given an application in the regular procedure
    const applicationNumber = nextNumber('UK');
    const pik = await d.create('international-protection-application', { applicationNumber, applicationDate: '2026-06-01', applicant });
    await d.complete(pik, 'Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: {} });
    await d.complete(pik, 'Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
    await d.task(pik, 'Task_Interview');

    // when the applicant asks to return and leaves
    await d.correlate('voluntary-return-requested', applicationNumber);
    const vr = await d.child(pik, 'voluntary-return');
    await prepareReturn(vr);
    await d.complete(vr, 'Task_Exit', { departed: true, exitDate: '2026-06-12', borderGate: 'Kapı-2' });

    // then the withdrawal notice went out and the application closed through APPLICATION_WITHDRAWN
    await d.waitState(pik, 'COMPLETED');
    const child = await d.variables(vr);
    // the application applies the effect itself when the return ends, on the status the person has then
    expect(child).toMatchObject({ returnOutcome: 'departed', personCategory: 'applicant' });
    expect((child.returnEligibility as Criterion[]).map((c) => c.citation)).toEqual(['Art. 87(1)']);
    expect(effects(child)).toContainEqual(['withdrawal', 'Art. 77(1)(a)']);
    expect(child.restrictionProposals).toBeUndefined();
    expect(await d.variables(pik)).toMatchObject({ applicationClosedAs: 'withdrawn', returnOutcome: 'departed', withdrawalEffective: true });
    expect(await d.elements(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['End_Withdrawn', 'End_ClosedWithdrawn']));
    expect(await d.elements(pik, 'TERMINATED')).toContain('Task_Interview');
    const notice = d.notices({ caseNumber: applicationNumber, noticeType: 'application-withdrawn' });
    expect(notice.map((n) => n.citation)).toEqual(['Art. 77(1)(a)']);
  });

  it('granted while the return is prepared: the person is a status holder → cessation offered, never closed as withdrawn (E.7, Art. 85)', async () => {
    // given an applicant who asks to return while the decision is pending
    const applicationNumber = nextNumber('UK');
    const pik = await d.create('international-protection-application', { applicationNumber, applicationDate: '2026-06-01', applicant });
    await d.complete(pik, 'Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: {} });
    await d.complete(pik, 'Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
    await d.complete(pik, 'Task_Interview', { interviewDate: '2026-06-01', interviewSummary: 'Görüşme tamamlandı.', minutesCopyGiven: true });
    await d.task(pik, 'Task_Decide');
    await d.correlate('voluntary-return-requested', applicationNumber);
    const vr = await d.child(pik, 'voluntary-return');

    // when the application is granted before the return is finished
    await d.complete(pik, 'Task_Decide', { ipDecision: 'refugee', factualReasons: 'Zulüm korkusu yerinde.', legalReasons: 'Md. 61.' });
    await d.waitPassed(pik, 'End_Granted');
    await prepareReturn(vr);
    await d.complete(vr, 'Task_Exit', { departed: true, exitDate: '2026-06-12', borderGate: 'Kapı-2' });

    // then the cessation procedure is offered (Art. 85(4)–(5)); no withdrawal, no withdrawal notice
    await d.complete(pik, 'Task_CessationOffer', { cessationNoticeGiven: true, cessationNoticeDate: '2026-06-12' });
    await d.waitState(pik, 'COMPLETED');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ protectionGranted: true, returnOutcome: 'departed', ipDecision: 'refugee', cessationNoticeGiven: true });
    expect(v.applicationClosedAs).toBeUndefined();
    expect(v.withdrawalEffective).toBeUndefined();
    expect(await d.elements(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['End_Granted', 'End_CessationOffered']));
    expect(await d.elements(pik, 'COMPLETED')).not.toContain('End_Withdrawn');
    expect(d.notices({ caseNumber: applicationNumber, noticeType: 'application-withdrawn' })).toEqual([]);
  });

  it('status holder: cessation procedure offered (Art. 85), no withdrawal, no V-87', async () => {
    // given a status holder who asks to return
    const caseNumber = nextNumber('SH');
    const vr = await d.create('voluntary-return', { caseNumber, personCategory: 'status-holder', person: applicant });

    // when the officers prepare the return and give the cessation notice
    await prepareReturn(vr);
    await d.complete(vr, 'Task_CessationOffer', { cessationNoticeGiven: true, cessationNoticeDate: '2026-06-04' });
    await d.complete(vr, 'Task_Exit', { departed: true, exitDate: '2026-06-10', borderGate: 'Kapı-1' });

    // then
    await d.waitState(vr, 'COMPLETED');
    const v = await d.variables(vr);
    expect(v).toMatchObject({ returnOutcome: 'departed', returnRuleOutcome: 'checksPending', cessationNoticeGiven: true });
    expect(effects(v)).toContainEqual(['cessationOffered', 'Art. 85(1)(a),(ç); Art. 85(4)–(5)']);
    expect(v.withdrawalEffective).toBeUndefined();
    expect(v.restrictionProposals).toBeUndefined();
    expect(await d.elements(vr, 'COMPLETED')).toContain('Task_CessationOffer');
  });

  it('victim: informed consent, travel documents; departure closes the victim case', async () => {
    // given a victim in the permit period
    const caseNumber = nextNumber('MT');
    const pik = await d.create('victim-support', { caseNumber, person });
    await d.complete(pik, 'Task_Grant', { identificationBasis: 'identified-victim', grantDate: '2026-06-01' });
    await d.task(pik, 'Task_Review');

    // when the victim asks to go home and leaves
    await d.correlate('voluntary-return-requested', caseNumber);
    const vr = await d.child(pik, 'voluntary-return');
    await prepareReturn(vr, { interview: { informedConsent: true, voluntarinessNotes: 'Bilgilendirilmiş rıza alındı.' } });
    await d.complete(vr, 'Task_Exit', { departed: true, exitDate: '2026-06-12', borderGate: 'Kapı-4' });

    // then the victim case closed through CASE_CLOSED_VOLUNTARY_RETURN; no V-87
    await d.waitState(pik, 'COMPLETED');
    const child = await d.variables(vr);
    expect((child.returnEligibility as Criterion[]).map((c) => c.citation)).toEqual(['[S0 Q9]; [S0 Q11]']);
    expect(effects(child)).toContainEqual(['travelDocuments', '[S0 Q9]']);
    expect(child.restrictionProposals).toBeUndefined();
    expect(await d.variables(pik)).toMatchObject({ returnOutcome: 'departed' });
    expect(await d.elements(pik, 'COMPLETED')).toEqual(expect.arrayContaining(['End_Departed', 'End_Closed']));
    expect(await d.elements(pik, 'TERMINATED')).toContain('Task_Review');
  });

  it('temporary-protection returnee: V-87 proposed ([S3]; Art. 91 regime, not Art. 87)', async () => {
    // given a temporary-protection beneficiary
    const vr = await d.create('voluntary-return', { caseNumber: nextNumber('GK'), personCategory: 'temporary-protection', person: applicant });

    // when the return is prepared and done
    await prepareReturn(vr);
    await d.complete(vr, 'Task_Exit', { departed: true, exitDate: '2026-06-09', borderGate: 'Kapı-5' });

    // then V-87 is the only proposal
    await d.waitState(vr, 'COMPLETED');
    const v = await d.variables(vr);
    expect(v.returnRuleOutcome).toBe('temporaryProtectionReturn');
    expect((v.returnEligibility as Criterion[]).map((c) => c.citation)).toEqual(['Art. 91 [K]; [S3]']);
    expect((v.restrictionProposals as Array<{ restrictionCode: string }>).map((p) => p.restrictionCode)).toEqual(['V-87']);
    expect(v.withdrawalEffective).toBeUndefined();
    expect(v.returnOutcome).toBe('departed');
  });

  it('not voluntary: RETURN_NOT_VOLUNTARY closes the request, nothing else happens', async () => {
    // given a status holder whose interview shows pressure
    const vr = await d.create('voluntary-return', { caseNumber: nextNumber('SH'), personCategory: 'status-holder', person: applicant });
    await d.complete(vr, 'Task_Request', { writtenRequest: true, requestDate: '2026-06-01', destination: 'origin', destinationCountry: 'XX' });

    // when voluntariness is not recorded
    await d.complete(vr, 'Task_Interview', { voluntarinessRecorded: false, voluntarinessNotes: 'Baskı altında olduğu anlaşıldı.' });

    // then
    await d.waitState(vr, 'COMPLETED');
    expect(await d.variables(vr)).toMatchObject({ returnOutcome: 'not-voluntary' });
    expect(await d.elements(vr, 'COMPLETED')).toContain('End_NotVoluntary');
  });

  it('refoulement risk (Art. 4): no return, notice; the application continues', async () => {
    // given an applicant asking to return during the regular procedure
    const applicationNumber = nextNumber('UK');
    const pik = await d.create('international-protection-application', { applicationNumber, applicationDate: '2026-06-01', applicant });
    await d.complete(pik, 'Task_Register', { registrationDate: '2026-06-01', travelRoute: 'Kara yolu', facts: {} });
    await d.complete(pik, 'Task_Route', { route: 'regular', routeReason: 'Olağan usul.' });
    await d.correlate('voluntary-return-requested', applicationNumber);
    const vr = await d.child(pik, 'voluntary-return');

    // when the Art. 4 screening finds a risk
    await d.complete(vr, 'Task_Request', { writtenRequest: true, requestDate: '2026-06-02', destination: 'origin', destinationCountry: 'XX' });
    await d.complete(vr, 'Task_Interview', { voluntarinessRecorded: true, voluntarinessNotes: 'Gönüllü.' });
    await d.complete(vr, 'Task_NonRefoulement', { nonRefoulementCleared: false, nonRefoulementReasons: 'Menşe ülkede ciddi zarar riski.' });

    // then the return ends blocked, with a notice, and the application is still examined
    await d.waitState(vr, 'COMPLETED');
    expect(await d.variables(vr)).toMatchObject({ returnOutcome: 'refoulement-risk' });
    expect(d.notices({ caseNumber: applicationNumber, noticeType: 'voluntary-return-blocked' }).map((n) => n.citation)).toEqual(['Art. 4']);
    expect(await d.state(pik)).toBe('ACTIVE');
    expect(await d.openTaskIds(pik)).toEqual(['Task_Interview']);
    expect((await d.variables(pik)).applicationClosedAs).toBeUndefined();
  });
});
