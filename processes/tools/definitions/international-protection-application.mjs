import { ProcessBuilder } from '../bpmn-builder.mjs';
import { JOB, escalation, guard, notice, period, removalCall } from '../patterns.mjs';

export default function build() {
  const b = new ProcessBuilder(
    'international-protection-application',
    'Uluslararası koruma başvurusu',
    'International protection application (Law 6458): registration (Art. 69), screening and routing to the inadmissibility ' +
      'assessment (Arts. 72–74), the accelerated procedure (Art. 79) or the regular procedure (interview Art. 75, decision Art. 78), ' +
      'notification (Art. 78(6)) and appeal windows (Art. 80). A voluntary-return request is possible at any time (Art. 87).',
  );
  const key = 'applicationNumber';
  b.message('voluntary-return-requested', key);
  b.message('commission-appeal-filed', key);
  b.message('court-action-filed', key);
  b.error('APPLICATION_WITHDRAWN', 'Başvuru geri çekildi');

  // Registration and screening
  b.start('Start_ApplicationLodged', 'Başvuru alındı', 'Application lodged in person at the governorate or forwarded by the police (Art. 65).');
  b.userTask('Task_Register', 'Başvuruyu kaydet (Md. 69)', 'Officer registers the application: route, prior asylum claims, facts relevant to Arts. 72–74 and 79, representative, interpreter (Arts. 69, 70).', { form: 'ipa-registration' });
  notice(b, 'Notice_Registration', 'Kayıt ve bilgilendirme bildirimi (Md. 69, 70)', {
    noticeType: 'registration-information',
    citation: 'Art. 69(5), Art. 70',
    prefix: 'registration',
    doc: 'Registration document, interview date, procedure, duties, consequences of non-cooperation and appeal deadlines, in a language the applicant understands (Arts. 69(5), 70).',
  });
  period(b, 'Period_Interview', '30 günlük görüşme süresini hesapla', { parameter: 'regular.interviewPeriod', from: 'applicationDate', result: 'interviewDueAt', citation: 'Art. 75(1)' });
  period(b, 'Period_Decision', '6 aylık karar süresini hesapla', { parameter: 'regular.decisionPeriod', from: 'registrationDate', result: 'decisionDueAt', citation: 'Art. 78(1)' });
  b.serviceTask('Task_Screen', 'Ön inceleme kurallarını uygula (Md. 72, 79)', 'Rule worker: every matching inadmissibility ground (Art. 72(1)) and accelerated criterion (Art. 79(1)), the Art. 79(4) exclusion, with citations, and a proposed route. It proposes; the officer routes.', { type: JOB.screenApplication });
  b.userTask('Task_Route', 'Başvuruyu yönlendir', 'Officer chooses the track after reading the rule results and their citations.', { form: 'ipa-route' });
  b.exclusive('Gateway_Route', 'Hangi usul?');
  // Periods first: the registration notice tells the applicant the interview date limit (Art. 69(5)).
  b.chain('Start_ApplicationLodged', 'Task_Register', 'Period_Interview', 'Period_Decision', 'Notice_Registration', 'Task_Screen', 'Task_Route', 'Gateway_Route');

  // Inadmissibility
  b.callActivity('Call_Inadmissibility', 'Kabul edilemezlik incelemesi (Md. 72–74)', 'Calls inadmissibility-assessment.', {
    processId: 'inadmissibility-assessment',
    inputs: { applicationNumber: 'applicationNumber', applicant: 'applicant', representative: 'representative', facts: 'facts' },
    outputs: { inadmissibilityOutcome: 'inadmissibilityOutcome', inadmissibilityGround: 'inadmissibilityGround' },
  });
  b.exclusive('Gateway_AfterInadmissibility', 'İnceleme sürecek mi?');
  b.end('End_Inadmissible', 'Kabul edilemez — dosya kapandı', 'Inadmissible: returned to a first country of asylum / safe third country, or sent to the removal track.');
  b.flow('Gateway_Route', 'Call_Inadmissibility', { name: 'Kabul edilemezlik', condition: 'route = "inadmissibility"' });
  b.flow('Call_Inadmissibility', 'Gateway_AfterInadmissibility');
  b.flow('Gateway_AfterInadmissibility', 'End_Inadmissible', { name: 'Hayır', isDefault: true });

  // Accelerated
  b.callActivity('Call_Accelerated', 'Hızlandırılmış usul (Md. 79)', 'Calls accelerated-procedure. The 3-day interview period runs from registration, or from the day an Art. 79(1) ground is established when later (brief E.4).', {
    processId: 'accelerated-procedure',
    inputs: {
      applicationNumber: 'applicationNumber',
      registrationDate: 'registrationDate',
      acceleratedStartDate: 'if acceleratedGroundEstablishedOn != null then acceleratedGroundEstablishedOn else registrationDate',
      applicant: 'applicant',
      representative: 'representative',
      facts: 'facts',
    },
    outputs: { acceleratedOutcome: 'acceleratedOutcome', acceleratedExitReason: 'acceleratedExitReason' },
  });
  b.exclusive('Gateway_AfterAccelerated', 'Hızlandırılmış usul sonucu?');
  b.end('End_AcceleratedRejected', 'Olumsuz karar kesinleşti (Md. 79)', 'Accelerated rejection final; removal assessment done in the accelerated-procedure.');
  b.flow('Gateway_Route', 'Call_Accelerated', { name: 'Hızlandırılmış', condition: 'route = "accelerated"' });
  b.flow('Call_Accelerated', 'Gateway_AfterAccelerated');
  b.flow('Gateway_AfterAccelerated', 'End_AcceleratedRejected', { name: 'Ret kesinleşti', condition: 'acceleratedOutcome = "rejected-final"' });

  // Regular procedure
  b.exclusive('Gateway_MergeRegular', 'Olağan usul');
  b.flow('Gateway_Route', 'Gateway_MergeRegular', { name: 'Olağan', isDefault: true });
  b.flow('Gateway_AfterInadmissibility', 'Gateway_MergeRegular', { name: 'Kabul edilebilir / devam', condition: 'inadmissibilityOutcome = "admissible" or inadmissibilityOutcome = "resumed"' });
  b.subProcess('Sub_Regular', 'Olağan usul (Md. 75, 78)', 'Regular procedure: personal interview within 30 days of the application (Art. 75(1)) and decision within 6 months of registration (Art. 78(1)); after an Art. 79(3) exit both periods keep their own start dates (brief E.4).', (s) => {
    s.start('Start_Regular', 'Olağan usul başladı');
    s.userTask('Task_Interview', 'Kişisel görüşme (Md. 75)', 'Interview; lawyer may observe, minutes copied to the applicant (Art. 75).', { form: 'ipa-interview', due: 'interviewDueAt' });
    s.userTask('Task_Decide', 'Uluslararası koruma kararı (Md. 78)', 'Decision with factual and legal reasons; one decision covers the family (Art. 78(2)).', { form: 'ipa-decision', due: 'decisionDueAt' });
    s.end('End_Regular', 'Karar verildi');
    s.chain('Start_Regular', 'Task_Interview', 'Task_Decide', 'End_Regular');
  });
  b.flow('Gateway_MergeRegular', 'Sub_Regular');
  // Art. 75(1): on the sub-process, not on the interview inside it, so the decision never waits for the supervisor (E.3).
  escalation(b, { host: 'Sub_Regular', id: 'InterviewPeriod', timerName: '30 günlük görüşme süresi (Md. 75(1))', due: 'interviewDueAt', citation: 'Art. 75(1)', mark: 'interviewOverdue', title: '30 günlük görüşme süresi aşıldı', pending: 'interviewDate = null' });
  // Art. 78(1): the only authority deadline with a stated consequence — inform the applicant.
  b.boundary('Timer_DecisionPeriod', '6 aylık karar süresi (Md. 78(1))', '6-month decision period from registration (Art. 78(1)). Authority deadline: marks the case, informs the applicant as Art. 78(1) requires and asks a supervisor to act; never decides (brief E.3).', { attachedTo: 'Sub_Regular', interrupting: false, timerDate: 'decisionDueAt' });
  b.scriptTask('Mark_DecisionPeriod', 'Süre aşımını işaretle', 'Sets decisionOverdue = true (Art. 78(1)).', { expression: 'true', result: 'decisionOverdue' });
  notice(b, 'Notice_DecisionDelay', 'Başvurana gecikme bildirimi (Md. 78(1))', { noticeType: 'decision-delay', citation: 'Art. 78(1)', prefix: 'decisionDelay' });
  b.userTask('Supervise_DecisionPeriod', 'Süre aşımı: 6 aylık karar süresi aşıldı', 'Supervisor reviews the missed 6-month decision period (Art. 78(1)).', {
    form: 'supervisor-escalation',
    group: 'supervisors',
    inputs: { escalationTitle: '"6 aylık karar süresi aşıldı"', escalationCitation: '"Art. 78(1)"', escalationDueAt: 'decisionDueAt' },
  });
  b.end('End_DecisionPeriod', 'Süre aşımı ele alındı');
  b.chain('Timer_DecisionPeriod', 'Mark_DecisionPeriod', 'Notice_DecisionDelay', 'Supervise_DecisionPeriod', 'End_DecisionPeriod');

  notice(b, 'Notice_Decision', 'Kararı tebliğ et (Md. 78(6))', { noticeType: 'ip-decision', citation: 'Art. 78(6)', prefix: 'decision', doc: 'Decision notice with factual and legal reasons, appeal route and periods, to the applicant, legal representative or lawyer (Art. 78(6)).' });
  b.exclusive('Gateway_Decision', 'Karar olumlu mu?');
  b.chain('Sub_Regular', 'Notice_Decision', 'Gateway_Decision');

  // Positive outcome
  b.exclusive('Gateway_MergeGranted', 'Koruma verildi');
  b.manualTask('Task_IssueStatusId', 'Statü sahibi kimlik belgesini düzenle (Md. 83)', 'Status holder identity document (Art. 83).');
  b.end('End_Granted', 'Uluslararası koruma statüsü verildi');
  b.flow('Gateway_Decision', 'Gateway_MergeGranted', { name: 'Evet', isDefault: true });
  b.flow('Gateway_AfterAccelerated', 'Gateway_MergeGranted', { name: 'Statü verildi', condition: 'acceleratedOutcome = "granted"' });
  b.scriptTask('Set_ProtectionGranted', 'Statü sahibi olarak işaretle', 'From here the person is a status holder: a voluntary return offers cessation (Art. 85), never a withdrawal (brief E.7).', { expression: 'true', result: 'protectionGranted' });
  b.chain('Gateway_MergeGranted', 'Set_ProtectionGranted', 'Task_IssueStatusId', 'End_Granted');
  // Exit 79(3), not applicable 79(4), or annulled by the court: regular track.
  b.flow('Gateway_AfterAccelerated', 'Gateway_MergeRegular', { name: 'Olağan usule', isDefault: true });

  // Negative outcome: appeal windows (Art. 80) — applicant deadlines close their path when unused.
  period(b, 'Period_CommissionAppeal', '10 günlük itiraz süresini hesapla', { parameter: 'appeal.commissionPeriod', from: 'decisionNotifiedAt', result: 'commissionAppealDueAt', citation: 'Art. 80(1)(a)' });
  period(b, 'Period_CourtAction', '30 günlük dava açma süresini hesapla', { parameter: 'appeal.courtActionPeriodOther', from: 'decisionNotifiedAt', result: 'courtActionDueAt', citation: 'Art. 80(1)(ç)' });
  b.eventBased('Gateway_Appeal', 'İtiraz veya dava?');
  b.flow('Gateway_Decision', 'Period_CommissionAppeal', { name: 'Hayır (ret)', condition: 'ipDecision = "rejected"' });
  b.chain('Period_CommissionAppeal', 'Period_CourtAction', 'Gateway_Appeal');
  b.catchEvent('Catch_CommissionAppeal', 'Komisyona itiraz edildi', 'Message commission-appeal-filed, correlated by applicationNumber (Art. 80(1)(a)).', { message: 'commission-appeal-filed' });
  b.catchEvent('Catch_CourtActionEarly', 'Dava açıldı', 'Message court-action-filed (variables courtActionFiledAt, court), correlated by applicationNumber.', { message: 'court-action-filed' });
  b.catchEvent('Timer_CommissionWindow', '10 günlük itiraz süresi (Md. 80(1)(a))', 'Applicant deadline: 10 days from notification to appeal to the International Protection Evaluation Commission (Art. 80(1)(a)). When it passes unused, only the court route remains.', { timerDate: 'commissionAppealDueAt' });
  b.flow('Gateway_Appeal', 'Catch_CommissionAppeal');
  b.flow('Gateway_Appeal', 'Catch_CourtActionEarly');
  b.flow('Gateway_Appeal', 'Timer_CommissionWindow');

  b.userTask('Task_CommissionDecision', 'İtiraz Komisyonu kararını kaydet (Md. 80(1)(a))', 'Officer records the Commission decision.', { form: 'ipa-commission-decision' });
  b.exclusive('Gateway_Commission', 'İtiraz kabul edildi mi?');
  b.chain('Catch_CommissionAppeal', 'Task_CommissionDecision', 'Gateway_Commission');
  b.flow('Gateway_Commission', 'Gateway_MergeGranted', { name: 'Kabul', condition: 'commissionDecision = "accepted"' });
  notice(b, 'Notice_CommissionDecision', 'Komisyon kararını tebliğ et', { noticeType: 'commission-decision', citation: 'Art. 80(1)(a), Art. 78(6)', prefix: 'commission' });
  period(b, 'Period_CourtAfterCommission', '30 günlük dava açma süresini yeniden hesapla', { parameter: 'appeal.courtActionPeriodOther', from: 'commissionNotifiedAt', result: 'courtActionDueAt', citation: 'Art. 80(1)(ç)' });
  b.exclusive('Gateway_MergeCourtWindow', 'Dava yolu açık');
  b.flow('Gateway_Commission', 'Notice_CommissionDecision', { name: 'Ret', isDefault: true });
  b.chain('Notice_CommissionDecision', 'Period_CourtAfterCommission', 'Gateway_MergeCourtWindow');
  b.flow('Timer_CommissionWindow', 'Gateway_MergeCourtWindow');

  b.eventBased('Gateway_Court', 'Dava açıldı mı?');
  b.catchEvent('Catch_CourtAction', 'Dava açıldı', 'Message court-action-filed, correlated by applicationNumber.', { message: 'court-action-filed' });
  b.catchEvent('Timer_CourtWindow', '30 günlük dava açma süresi (Md. 80(1)(ç))', 'Applicant deadline: 30 days from notification to bring an action before the administrative court (Art. 80(1)(ç)). Expiry without a filing makes the rejection final.', { timerDate: 'courtActionDueAt' });
  b.chain('Gateway_MergeCourtWindow', 'Gateway_Court');
  b.flow('Gateway_Court', 'Catch_CourtAction');
  b.flow('Gateway_Court', 'Timer_CourtWindow');

  b.exclusive('Gateway_MergeCourt', 'Yargılama');
  b.flow('Catch_CourtActionEarly', 'Gateway_MergeCourt');
  b.flow('Catch_CourtAction', 'Gateway_MergeCourt');
  b.scriptTask('Task_Stay', 'Yargılama süresince kalış (Md. 80(1)(e))', 'The applicant stays in Turkey while the action is pending (Art. 80(1)(e)).', { expression: 'true', result: 'stayDuringProceedings' });
  b.userTask('Task_CourtRuling', 'Mahkeme kararını kaydet', 'Officer records the administrative court ruling.', { form: 'court-ruling', inputs: { courtRulingCitation: '"Art. 80(1)(ç)"' } });
  b.exclusive('Gateway_CourtRuling', 'Mahkeme kararı?');
  b.chain('Gateway_MergeCourt', 'Task_Stay', 'Task_CourtRuling', 'Gateway_CourtRuling');
  b.flow('Gateway_CourtRuling', 'Gateway_MergeRegular', { name: 'İptal — yeniden karar', condition: 'courtRuling = "annulled"' });

  b.exclusive('Gateway_MergeFinal', 'Ret kesinleşti');
  b.flow('Gateway_CourtRuling', 'Gateway_MergeFinal', { name: 'Ret onandı', isDefault: true });
  b.flow('Timer_CourtWindow', 'Gateway_MergeFinal');
  b.serviceTask('Task_ProposeRestriction', 'Tahdit kodu öner', 'Proposes restriction codes the sources define for a negative outcome (O-176 / O-177), for the officer to confirm.', { type: JOB.proposeRestriction, headers: { situation: 'ip-rejected' } });
  b.userTask('Task_RemovalAssessment', 'Sınır dışı etme değerlendirmesi (Md. 54(1)(i))', 'Officer assesses removal after the final rejection (Art. 54(1)(i), Arts. 53–57).', { form: 'removal-assessment' });
  b.end('End_Rejected', 'Olumsuz karar kesinleşti');
  b.exclusive('Gateway_RemovalAssessment', 'Sınır dışı etme kararı değerlendirilsin mi?');
  removalCall(b, 'Call_Removal', { caseNumber: 'applicationNumber', person: 'applicant', referredFrom: 'international-protection-application', facts: '{ finalNegativeProtectionDecision: true }', doc: 'The removal track after the final rejection (Art. 54(1)(i)): grounds, bars and the decision are assessed there.' });
  b.chain('Gateway_MergeFinal', 'Task_ProposeRestriction', 'Task_RemovalAssessment', 'Gateway_RemovalAssessment');
  b.flow('Gateway_RemovalAssessment', 'Call_Removal', { name: 'Evet', condition: 'removalAssessment = "removal-decision"' });
  b.flow('Call_Removal', 'End_Rejected');
  b.flow('Gateway_RemovalAssessment', 'End_Rejected', { name: 'Hayır', isDefault: true, id: 'Flow_Gateway_RemovalAssessment_End_Rejected_NoRemoval' });

  // Voluntary return at any time (Art. 87; brief E.7)
  b.subProcess('Event_VoluntaryReturn', 'Gönüllü geri dönüş talebi', 'Non-interrupting: the applicant may ask for voluntary return at any time (Art. 87; brief E.7).', (s) => {
    s.start('Start_VoluntaryReturn', 'Gönüllü geri dönüş talep edildi', 'Message voluntary-return-requested, correlated by applicationNumber.', { message: 'voluntary-return-requested', interrupting: false });
    // The person's status is read when it matters: at the call (FEEL) and again when the return ends, since the
    // application may be granted while the return is prepared. A granted person is a status holder: cessation is
    // offered (Art. 85(4)–(5)); a withdrawal (Art. 77(1)(a)) never overrides a granted status (brief E.7).
    s.scriptTask('Set_EffectsByCaller', 'Etkiyi başvuru süreci işler', 'The application applies withdrawal or cessation itself when the return ends, on the status the person has then.', { expression: 'true', result: 'effectsByCaller' });
    s.callActivity('Call_VoluntaryReturn', 'Gönüllü geri dönüş (Md. 87)', 'Calls voluntary-return; the effect on the application is applied here when the return ends (effectsByCaller).', {
      processId: 'voluntary-return',
      inputs: {
        caseNumber: 'applicationNumber',
        personCategory: 'if protectionGranted = true then "status-holder" else "applicant"',
        effectsByCaller: 'effectsByCaller',
        person: 'applicant',
        representative: 'representative',
      },
      outputs: { returnOutcome: 'returnOutcome' },
    });
    s.exclusive('Gateway_ReturnDone', 'Geri dönüş işlendi mi?');
    s.exclusive('Gateway_StatusNow', 'Kişinin şimdiki durumu?');
    s.userTask('Task_CessationOffer', 'Statünün sona ermesi usulünü teklif et (Md. 85)', 'The person holds a status granted in this application: voluntary return is a cessation ground (Art. 85(1)(a),(ç)); written notice and a chance to reply (Art. 85(4)); reasoned decision with appeal information (Art. 85(5)).', { form: 'vr-cessation-offer' });
    s.end('End_CessationOffered', 'Statünün sona ermesi teklif edildi (Md. 85)');
    s.scriptTask('Set_Withdrawal', 'Başvuru geri çekilmiş sayılır (Md. 77(1)(a))', 'For an applicant the written request is a withdrawal (Art. 77(1)(a)).', { expression: 'true', result: 'withdrawalEffective' });
    notice(s, 'Notice_Withdrawal', 'Geri çekme bildirimi (Md. 77(1)(a))', { noticeType: 'application-withdrawn', citation: 'Art. 77(1)(a)', prefix: 'withdrawal' });
    s.end('End_Withdrawn', 'Başvuru geri çekildi (Md. 77(1)(a))', 'The written voluntary-return request is a withdrawal (Art. 77(1)(a)); ends the assessment.', { error: 'APPLICATION_WITHDRAWN' });
    s.end('End_VoluntaryReturnDropped', 'İnceleme sürüyor');
    s.chain('Start_VoluntaryReturn', 'Set_EffectsByCaller', 'Call_VoluntaryReturn', 'Gateway_ReturnDone');
    s.flow('Gateway_ReturnDone', 'Gateway_StatusNow', { name: 'Evet', condition: 'returnOutcome = "departed" or returnOutcome = "not-departed"' });
    s.flow('Gateway_ReturnDone', 'End_VoluntaryReturnDropped', { name: 'Hayır', isDefault: true });
    s.flow('Gateway_StatusNow', 'Task_CessationOffer', { name: 'Statü sahibi', condition: 'protectionGranted = true' });
    s.flow('Task_CessationOffer', 'End_CessationOffered');
    s.flow('Gateway_StatusNow', 'Set_Withdrawal', { name: 'Başvuru sahibi', isDefault: true });
    s.chain('Set_Withdrawal', 'Notice_Withdrawal', 'End_Withdrawn');
  }, { triggeredByEvent: true });
  // Deemed withdrawal (Art. 77(1)(a)–(e)): an officer records the facts (message), the rule finds the ground, a guard holds.
  b.message('withdrawal-ground-recorded', key);
  b.subProcess('Event_DeemedWithdrawal', 'Geri çekilmiş sayılma (Md. 77(1))', 'Non-interrupting: facts of Art. 77(1) recorded at any time (message withdrawal-ground-recorded with withdrawalFacts); a withdrawal is declared only on a ground the rule finds.', (s) => {
    s.start('Start_DeemedWithdrawal', 'Geri çekilmiş sayılma olguları kaydedildi', 'Message withdrawal-ground-recorded, correlated by applicationNumber.', { message: 'withdrawal-ground-recorded', interrupting: false });
    s.serviceTask('Task_WithdrawalRules', 'Geri çekilmiş sayılma hâllerini denetle (Md. 77(1))', 'Rule worker: Art. 77(1)(a)–(e); three consecutive unexcused no-shows or reporting failures (dated parameters).', { type: JOB.deemedWithdrawal, inputs: { ruleClock: 'now()' } });
    s.exclusive('Gateway_MergeWithdrawalDecision', 'Karar');
    s.userTask('Task_DeemedWithdrawal', 'Geri çekilmiş sayılma kararı (Md. 77(1))', 'Officer declares the deemed withdrawal only on a ground the rule found; written reasons.', { form: 'ipa-deemed-withdrawal' });
    guard(s, 'Guard_Withdrawal', 'Kararı denetle (Md. 77(1))', { decision: 'deemed-withdrawal', result: 'withdrawalGuard', citation: 'Art. 77(1)' });
    s.exclusive('Gateway_WithdrawalGuard', 'Geri çekilmiş sayılsın mı?');
    notice(s, 'Notice_DeemedWithdrawn', 'Geri çekilmiş sayılma bildirimi (Md. 77(1))', { noticeType: 'application-deemed-withdrawn', citation: 'Art. 77(1)', prefix: 'deemedWithdrawal' });
    s.scriptTask('Set_DeemedWithdrawn', 'Geri çekilmiş sayıldı', 'Art. 77(1): the assessment ends.', { expression: 'true', result: 'withdrawalEffective' });
    s.end('End_DeemedWithdrawn', 'Başvuru geri çekilmiş sayıldı', 'Ends the application through APPLICATION_WITHDRAWN.', { error: 'APPLICATION_WITHDRAWN' });
    s.end('End_NotWithdrawn', 'Başvuru sürüyor');
    s.chain('Start_DeemedWithdrawal', 'Task_WithdrawalRules', 'Gateway_MergeWithdrawalDecision', 'Task_DeemedWithdrawal', 'Guard_Withdrawal', 'Gateway_WithdrawalGuard');
    s.flow('Gateway_WithdrawalGuard', 'Gateway_MergeWithdrawalDecision', { name: 'Kurala aykırı — memura geri', condition: 'withdrawalGuard.accepted = false' });
    s.flow('Gateway_WithdrawalGuard', 'Set_DeemedWithdrawn', { name: 'Evet', condition: 'withdrawalGuard.outcome = "withdrawn"' });
    s.chain('Set_DeemedWithdrawn', 'Notice_DeemedWithdrawn', 'End_DeemedWithdrawn');
    s.flow('Gateway_WithdrawalGuard', 'End_NotWithdrawn', { name: 'Hayır', isDefault: true });
  }, { triggeredByEvent: true });

  // Applicant detention (Art. 68): exceptional, on a ground of 68(2), after the Art. 71 alternatives, at most 30 days.
  b.message('applicant-detention-proposed', key);
  b.message('applicant-detention-ended', key);
  b.subProcess('Event_ApplicantDetention', 'Başvuru sahibinin idari gözetimi (Md. 68)', 'Non-interrupting: detention of an applicant proposed (message applicant-detention-proposed with detentionFacts); the application goes on meanwhile.', (s) => {
    s.start('Start_ApplicantDetention', 'İdari gözetim önerildi', 'Message applicant-detention-proposed, correlated by applicationNumber.', { message: 'applicant-detention-proposed', interrupting: false });
    s.serviceTask('Task_ApplicantDetentionRules', 'Gözetim sebeplerini denetle (Md. 68(2))', 'Rule worker: Art. 68(2)(a)–(ç) grounds, Art. 71 alternatives first (Art. 68(3)), the 30-day maximum (Art. 68(5)).', { type: JOB.applicantDetention, inputs: { ruleClock: 'now()' } });
    s.exclusive('Gateway_MergeApplicantDetention', 'Karar');
    s.userTask('Task_ApplicantDetention', 'Başvuru sahibinin idari gözetimi kararı (Md. 68)', 'Officer decides; detention only on an Art. 68(2) ground after the alternatives, with written reasons and duration (Art. 68(4)).', { form: 'ipa-applicant-detention' });
    guard(s, 'Guard_ApplicantDetention', 'Gözetim kararını denetle (Md. 68)', { decision: 'applicant-detention', result: 'applicantDetentionGuard', citation: 'Art. 68' });
    s.exclusive('Gateway_ApplicantDetentionGuard', 'Gözetim?');
    period(s, 'Period_ApplicantDetention', '30 günlük azami süreyi hesapla (Md. 68(5))', { parameter: 'applicantDetention.max', from: 'applicantDetentionStartDate', result: 'applicantDetentionDueAt', citation: 'Art. 68(5)' });
    notice(s, 'Notice_ApplicantDetention', 'Gözetim kararını tebliğ et (Md. 68(4))', { noticeType: 'applicant-detention', citation: 'Art. 68(4), Art. 68(7)', prefix: 'applicantDetention' });
    s.eventBased('Gateway_ApplicantDetained', 'Gözetim altında');
    s.catchEvent('Timer_ApplicantDetentionCap', '30 günlük azami süre (Md. 68(5))', 'Term: an applicant\'s detention may not exceed 30 days (Art. 68(5)); released when it ends.', { timerDate: 'applicantDetentionDueAt' });
    s.catchEvent('Catch_ApplicantDetentionEnded', 'Gözetim sona erdi', 'Message applicant-detention-ended (grounds gone, or the criminal judge of peace, Art. 68(7)), correlated by applicationNumber.', { message: 'applicant-detention-ended' });
    s.scriptTask('Set_ApplicantReleasedAtCap', 'Sebep: azami süre', undefined, { expression: '"cap-reached"', result: 'applicantDetentionEndedAs' });
    s.scriptTask('Set_ApplicantReleased', 'Sebep: gözetim sona erdirildi', undefined, { expression: '"ended"', result: 'applicantDetentionEndedAs' });
    s.exclusive('Gateway_ApplicantRelease', 'Serbest');
    notice(s, 'Notice_ApplicantReleased', 'Gözetimin sona ermesini bildir', { noticeType: 'applicant-detention-ended', citation: 'Art. 68(5)', prefix: 'applicantRelease' });
    s.end('End_ApplicantReleased', 'Gözetim sona erdi');
    s.end('End_NoApplicantDetention', 'Gözetim yok (Md. 71 alternatifleri)');
    s.chain('Start_ApplicantDetention', 'Task_ApplicantDetentionRules', 'Gateway_MergeApplicantDetention', 'Task_ApplicantDetention', 'Guard_ApplicantDetention', 'Gateway_ApplicantDetentionGuard');
    s.flow('Gateway_ApplicantDetentionGuard', 'Gateway_MergeApplicantDetention', { name: 'Kurala aykırı — memura geri', condition: 'applicantDetentionGuard.accepted = false' });
    s.flow('Gateway_ApplicantDetentionGuard', 'Period_ApplicantDetention', { name: 'Gözetim', condition: 'applicantDetentionGuard.outcome = "detain"' });
    s.flow('Gateway_ApplicantDetentionGuard', 'End_NoApplicantDetention', { name: 'Gözetim yok', isDefault: true });
    s.chain('Period_ApplicantDetention', 'Notice_ApplicantDetention', 'Gateway_ApplicantDetained');
    s.flow('Gateway_ApplicantDetained', 'Timer_ApplicantDetentionCap');
    s.flow('Gateway_ApplicantDetained', 'Catch_ApplicantDetentionEnded');
    s.chain('Timer_ApplicantDetentionCap', 'Set_ApplicantReleasedAtCap', 'Gateway_ApplicantRelease');
    s.chain('Catch_ApplicantDetentionEnded', 'Set_ApplicantReleased', 'Gateway_ApplicantRelease');
    s.chain('Gateway_ApplicantRelease', 'Notice_ApplicantReleased', 'End_ApplicantReleased');
  }, { triggeredByEvent: true });

  b.subProcess('Event_Withdrawn', 'Başvurunun geri çekilmesi', 'Interrupting: ends every open step of the application after a withdrawal (Art. 77(1)(a)).', (s) => {
    s.start('Start_Withdrawn', 'Başvuru geri çekildi', undefined, { error: 'APPLICATION_WITHDRAWN' });
    // The withdrawal notice was sent in Event_VoluntaryReturn (Art. 77(1)(a)); here the case only closes.
    s.scriptTask('Set_Withdrawn', 'Dosyayı kapat: geri çekildi', 'Records why the application ended (Art. 77(1)(a)).', { expression: '"withdrawn"', result: 'applicationClosedAs' });
    s.end('End_ClosedWithdrawn', 'Başvuru işlemden kaldırıldı');
    s.chain('Start_Withdrawn', 'Set_Withdrawn', 'End_ClosedWithdrawn');
  }, { triggeredByEvent: true });

  return b;
}
