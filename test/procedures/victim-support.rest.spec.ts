/**
 * Victim support programme and permit (Arts. 48–49, brief A3 + E.6) through the SDK with the real job workers:
 * each of the seven termination grounds of [S0 Q5], the duress override, and renewal up to the 3-year cap.
 */
import { person, useProcedureDriver } from './support/sdk-driver';

const d = useProcedureDriver();
let seq = 0;
const nextCase = () => `MT-2026-9${String(++seq).padStart(3, '0')}`;

type Criterion = { code: string; citation: string };

async function grantedVictim(grantDate = '2026-05-04') {
  const caseNumber = nextCase();
  const pik = await d.create('victim-support', { caseNumber, person, referredBy: 'hotline-157' });
  await d.complete(pik, 'Task_Grant', { identificationBasis: 'identified-victim', grantDate, supportProgrammeConsent: true });
  await d.task(pik, 'Task_Review');
  return { pik, caseNumber };
}

describe('victim support (Arts. 48–49) through the SDK', () => {
  beforeEach(() => d.pin('2026-05-04T09:00:00+03:00'));

  const grounds = ['unwilling', 'recontactedPerpetrators', 'leftShelterWithoutNotice', 'disobeyedProgrammeMeasures', 'nonCooperation', 'notAVictim', 'untrueInformation'];

  it.each(grounds)('termination ground %s alone: programme ends, Art. 55(1)(ç) bar lifted, next steps offered only', async (ground) => {
    // given a victim in the permit period
    const { pik, caseNumber } = await grantedVictim();

    // when the expert's report names this ground (acts found voluntary) and the officer terminates
    await d.correlate('expert-evaluation-report', caseNumber, { expertReport: { [ground]: true, conductVoluntary: true, reportDate: '2026-05-10', expertRef: 'UZ-1' } });
    await d.task(pik, 'Task_TerminationDecision');
    const assessed = await d.variables(pik);
    await d.complete(pik, 'Task_TerminationDecision', { programmeTerminated: true, terminationReasons: 'Uzman raporu.' });

    // then the rule names exactly this ground with its source, the permit ends and the bar lapses
    expect(assessed.terminationRuleOutcome).toBe('terminate');
    const matched = assessed.terminationGrounds as Criterion[];
    expect(matched).toHaveLength(1);
    expect(matched[0].code).toContain(ground);
    expect(matched[0].citation).toContain('[S0 Q5]');
    await d.task(pik, 'Task_NextSteps');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ permitEndReason: 'terminated', removalBarLifted: true });
    expect((v.victimOffers as Array<{ code: string; startsAutomatically: boolean }>).map((o) => [o.code, o.startsAutomatically])).toEqual([
      ['removalAssessment', false], ['voluntaryReturn', false], ['otherPermit', false],
    ]);
    const ended = d.notices({ caseNumber, noticeType: 'victim-permit-ended' });
    expect(ended).toHaveLength(1);
    expect(ended[0].citation).toContain('Art. 25(2)');

    // and nothing starts by itself: the removal assessment is a question to the officer (brief E.6)
    await d.complete(pik, 'Task_NextSteps', { nextStepChosen: 'removal-assessment-offered' });
    await d.task(pik, 'Task_StartRemoval');
    const childrenOf = async () => (await d.api.searchProcessInstances({ filter: { parentProcessInstanceKey: pik as never } }, { consistency: { waitUpToMs: 0 } })).items;
    expect(await childrenOf()).toEqual([]);
    await d.complete(pik, 'Task_StartRemoval', { startRemovalAssessment: false, startRemovalReasons: 'Kişi başka bir izin için başvuracak.' });
    await d.waitState(pik, 'COMPLETED');
    expect(await childrenOf()).toEqual([]);
  });

  it('duress override: re-contact under coercion never terminates; the permit period goes on', async () => {
    // given a victim in the permit period
    const { pik, caseNumber } = await grantedVictim();

    // when the report finds re-contact, voluntary in form but under duress
    await d.correlate('expert-evaluation-report', caseNumber, { expertReport: { recontactedPerpetrators: true, conductVoluntary: true, underDuress: true } });
    await d.task(pik, 'Task_TerminationDecision');
    const assessed = await d.variables(pik);
    await d.complete(pik, 'Task_TerminationDecision', { terminationReasons: 'Zorlama altında gerçekleşti; sonlandırılmaz.' });

    // then the ground is set aside under the duress exception and the case returns to the permit period
    expect(assessed.terminationRuleOutcome).toBe('continue');
    expect((assessed.terminationGrounds as Criterion[])).toEqual([]);
    expect((assessed.terminationSetAside as Criterion[]).map((c) => c.code)).toEqual([expect.stringContaining('recontactedPerpetrators')]);
    expect((assessed.terminationExceptions as Criterion[]).map((c) => c.citation)).toEqual(['[S2]; [S0 Q5]; product decision E.6']);
    await d.task(pik, 'Task_Review');
    const v = await d.variables(pik);
    expect(v.permitEndReason).toBeUndefined();
    expect(v.removalBarLifted).toBeUndefined();
  });

  it('duress guard: a start with programmeTerminated=true and a completion that terminates are refused; support goes on', async () => {
    // given a case started through /v2 with a forged termination and forged verdicts
    const caseNumber = nextCase();
    const pik = await d.create('victim-support', {
      caseNumber, person, referredBy: 'hotline-157', programmeTerminated: true, terminationGuard: { accepted: true, outcome: 'terminate' }, terminationRuleOutcome: 'terminate',
    });
    await d.complete(pik, 'Task_Grant', { identificationBasis: 'identified-victim', grantDate: '2026-05-04', supportProgrammeConsent: true });
    await d.task(pik, 'Task_Review');

    // when the report finds re-contact under duress and the decision is completed with programmeTerminated=true
    await d.correlate('expert-evaluation-report', caseNumber, { expertReport: { recontactedPerpetrators: true, conductVoluntary: true, underDuress: true } });
    await d.task(pik, 'Task_TerminationDecision');
    await d.complete(pik, 'Task_TerminationDecision', { programmeTerminated: true, terminationReasons: 'Sonlandırılsın (API üzerinden zorlanan seçim).', terminationRuleOutcome: 'terminate' });

    // then the guard re-ran the rule on the report: refused with the duress exception, the decision is back with the officer
    const refused = await d.waitFor(pik, 'refusal', (x) => (x.terminationGuard as { accepted?: boolean } | undefined)?.accepted === false);
    expect(refused.terminationGuard).toMatchObject({ ruleOutcome: 'continue', citation: '[S2]; [S0 Q5]; product decision E.6' });
    await d.task(pik, 'Task_TerminationDecision');
    expect(d.notices({ caseNumber, noticeType: 'victim-permit-ended' })).toEqual([]);
    expect((await d.variables(pik)).permitEndReason).toBeUndefined();

    // and the lawful decision returns the case to the permit period
    await d.complete(pik, 'Task_TerminationDecision', { programmeTerminated: false, terminationReasons: 'Zorlama altında gerçekleşti; sonlandırılmaz.' });
    await d.task(pik, 'Task_Review');
    const v = await d.variables(pik);
    expect(v.terminationGuard).toMatchObject({ accepted: true, outcome: 'continue' });
    expect(v.removalBarLifted).toBeUndefined();
  });

  it('not terminating despite a standing ground is a departure: refused without a reason, accepted with one', async () => {
    const { pik, caseNumber } = await grantedVictim();
    await d.correlate('expert-evaluation-report', caseNumber, { expertReport: { unwilling: true } });
    await d.complete(pik, 'Task_TerminationDecision', { programmeTerminated: false, terminationReasons: 'Kişi programda kalmak istiyor.' });
    await d.waitFor(pik, 'refusal', (x) => (x.terminationGuard as { accepted?: boolean } | undefined)?.accepted === false);
    await d.complete(pik, 'Task_TerminationDecision', { programmeTerminated: false, terminationReasons: 'Kişi programda kalmak istiyor.', departureReason: 'Kişi görüşmede programa devam etmek istediğini yazılı bildirdi.' });
    await d.task(pik, 'Task_Review');
    expect((await d.variables(pik)).terminationGuard).toMatchObject({ accepted: true, outcome: 'continue', departure: true });
  });

  it('the officer starts the offered removal assessment: removal runs as a call with the facts recorded', async () => {
    const { pik, caseNumber } = await grantedVictim();
    await d.correlate('expert-evaluation-report', caseNumber, { expertReport: { notAVictim: true } });
    await d.complete(pik, 'Task_TerminationDecision', { programmeTerminated: true, terminationReasons: 'Mağdur olmadığı tespit edildi.' });
    await d.complete(pik, 'Task_NextSteps', { nextStepChosen: 'removal-assessment-offered' });
    await d.complete(pik, 'Task_StartRemoval', { startRemovalAssessment: true, removalFacts: { visaOverstayOrVisaCancelled: true }, startRemovalReasons: 'Vize süresi aşılmış; değerlendirme başlatıldı.' });
    const child = await d.child(pik, 'removal');
    await d.task(child, 'Task_Decide');
    expect(await d.variables(child)).toMatchObject({ caseNumber, referredFrom: 'victim-support', removalRuleOutcome: 'removable', removalFacts: { visaOverstayOrVisaCancelled: true } });
  });

  it('renewal up to the 3-year cap from the first grant, then refusal (Art. 49(1))', async () => {
    // given a first grant on 1 June 2024
    await d.pin('2024-06-01T09:00:00+03:00');
    const { pik } = await grantedVictim('2024-06-01');
    const expiries = [String((await d.variables(pik)).permitValidUntil)];

    // when the officer renews for 6 months on safety grounds, six times
    for (let i = 0; i < 6; i++) {
      await d.complete(pik, 'Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi sürüyor.' });
      const prev = expiries[expiries.length - 1];
      const v = await d.waitFor(pik, `renewal ${i + 1}`, (x) => x.permitValidUntil !== prev);
      expiries.push(String(v.permitValidUntil));
      await d.task(pik, 'Task_Review');
    }

    // then each period is 6 months, the last one capped at 3 years from the first grant
    expect(expiries).toEqual(['2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01', '2027-01-01', '2027-06-01']);
    const capped = await d.variables(pik);
    expect(capped.renewalCappedByTotal).toBe(true);
    expect((capped.renewalCriteria as Criterion[]).map((c) => c.citation)).toEqual(['Art. 49(1)']);

    // and a further renewal is refused: the permit ends, the bar lapses
    await d.complete(pik, 'Task_Review', { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi sürüyor.' });
    await d.task(pik, 'Task_NextSteps');
    const v = await d.variables(pik);
    expect(v).toMatchObject({ permitEndReason: 'renewal-refused', removalBarLifted: true });
    expect(v.renewalRefusal).toBe('capReached');
    expect(String(v.renewalRefusalCitation)).toContain('Art. 49(1)');
    await d.complete(pik, 'Task_NextSteps', { nextStepChosen: 'other-permit' });
    await d.waitState(pik, 'COMPLETED');
  });
});
