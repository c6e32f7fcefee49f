import { ProcessBuilder } from '../bpmn-builder.mjs';
import { JOB, escalation, guard, notice, removalCall } from '../patterns.mjs';

export default function build() {
  const b = new ProcessBuilder(
    'victim-support',
    'İnsan ticareti mağduru destek programı ve ikamet izni (Md. 48–49)',
    'Victim support programme and residence permit (Law 6458 Arts. 48–49; brief A3, E.6): 30-day recovery-and-reflection permit, renewals of up to ' +
      '6 months for safety, health or special circumstances, 3-year cap from the first grant, reminder 15 days before expiry and escalation at expiry, ' +
      'termination on the Presidency expert\'s evaluation report (seven grounds, duress override), lifting of the Art. 55(1)(ç) bar, and the offer — ' +
      'not the start — of a removal assessment or voluntary return.',
  );
  const key = 'caseNumber';
  b.message('expert-evaluation-report', key);
  b.message('voluntary-return-requested', key);
  b.error('VICTIM_RENEWAL_REFUSED', 'Yenileme yapılamaz');
  b.error('CASE_CLOSED_VOLUNTARY_RETURN', 'Gönüllü dönüşle kapandı');

  b.start('Start_Victim', 'Olası mağdur belirlendi', 'A victim, or a person who may be one on strong indications (Art. 48(1); brief C7).');
  b.userTask('Task_Grant', 'Düşünme süresi iznini ver (Md. 48)', 'Governorate grants the 30-day permit; no other permit condition applies (Art. 48(2)).', { form: 'vs-grant' });
  b.serviceTask('Task_InitialTerm', 'İzin süresini ve 3 yıllık sınırı hesapla', 'Calendar worker: permitExpiresAt (30 days, Art. 48(1)), permitReminderAt (15 days before), permitCapEndsAt (3 years from the first grant, Art. 49(1); brief E.6).', { type: JOB.victimPermitTerm, headers: { mode: 'initial' } });
  notice(b, 'Notice_Grant', 'İzin bildirimi (Md. 48(1))', { noticeType: 'victim-permit-granted', citation: 'Art. 48(1)', prefix: 'grant' });
  b.exclusive('Gateway_Period', 'İzin dönemi');
  b.subProcess('Sub_Period', 'İzin dönemi', 'One permit period: reminder 15 days before expiry, escalation at expiry (brief E.6). The expert report can arrive at any time.', (s) => {
    s.start('Start_Period', 'İzin dönemi başladı');
    s.userTask('Task_Review', 'Yenileme değerlendirmesi (Md. 49(1))', 'Before expiry the officer decides to renew (safety, health or special circumstances) or to let the permit end (brief E.6).', { form: 'vs-period-review', due: 'permitExpiresAt' });
    s.end('End_Period', 'Değerlendirildi');
    s.chain('Start_Period', 'Task_Review', 'End_Period');
    s.boundary('Timer_Reminder', 'İzin bitimine 15 gün kala', 'Reminder 15 days before the permit expires, moved back to a working day (brief E.6, parameter victim.renewalReminderLead; permit term Arts. 48(1), 49(1)).', { attachedTo: 'Task_Review', interrupting: false, timerDate: 'permitReminderAt' });
    notice(s, 'Notice_Reminder', 'Yenileme hatırlatması', { noticeType: 'victim-permit-expiry-reminder', citation: 'Art. 49(1)', prefix: 'reminder' });
    s.end('End_Reminder', 'Hatırlatıldı');
    s.chain('Timer_Reminder', 'Notice_Reminder', 'End_Reminder');
  });
  // On the permit period itself (its only open step is the review), so a renewal never waits for the supervisor (E.3).
  escalation(b, { host: 'Sub_Period', id: 'PermitExpiry', timerName: 'İzin süresi sona erdi (Md. 48(1), 49(1))', due: 'permitExpiresAt', citation: 'Art. 48(1), Art. 49(1)', mark: 'permitExpiredWithoutDecision', title: 'Mağdur izni karar verilmeden sona erdi' });
  b.exclusive('Gateway_Review', 'Yenilensin mi?');
  b.chain('Start_Victim', 'Task_Grant', 'Task_InitialTerm', 'Notice_Grant', 'Gateway_Period', 'Sub_Period', 'Gateway_Review');

  // Termination on the Presidency expert's evaluation report.
  b.boundary('Message_ExpertReport', 'Uzman değerlendirme raporu alındı', 'Message expert-evaluation-report (variable expertReport), correlated by caseNumber.', { attachedTo: 'Sub_Period', message: 'expert-evaluation-report' });
  b.serviceTask('Task_TerminationRules', 'Sonlandırma sebeplerini denetle', 'Rule worker: the seven programme-termination grounds named in the report, and the duress override — acts under coercion, threat, violence or intimidation never terminate (brief E.6).', { type: JOB.victimTermination });
  b.exclusive('Gateway_MergeTermination', 'Karar');
  b.userTask('Task_TerminationDecision', 'Destek programının sonlandırılması kararı', 'Officer decides on the report; termination needs a ground that is not overridden (duress, brief E.6). Not terminating although the rule found a ground is discretionary and needs a recorded reason.', { form: 'vs-termination-decision' });
  guard(b, 'Guard_Termination', 'Sonlandırmayı kurala göre denetle (karar E.6)', { decision: 'victim-termination', result: 'terminationGuard', citation: '[S0 Q5]; brief E.6' });
  b.exclusive('Gateway_TerminationGuard', 'Karar kurala uygun mu?');
  b.exclusive('Gateway_Terminate', 'Sonlandırılsın mı?');
  b.chain('Message_ExpertReport', 'Task_TerminationRules', 'Gateway_MergeTermination', 'Task_TerminationDecision', 'Guard_Termination', 'Gateway_TerminationGuard');
  b.flow('Gateway_TerminationGuard', 'Gateway_MergeTermination', { name: 'Hayır — memura geri', condition: 'terminationGuard.accepted = false' });
  b.flow('Gateway_TerminationGuard', 'Gateway_Terminate', { name: 'Evet', isDefault: true });
  b.flow('Gateway_Terminate', 'Gateway_Period', { name: 'Hayır', isDefault: true });

  // Renewal
  b.serviceTask('Task_RenewalRules', 'Yenileme koşullarını denetle (Md. 49(1))', 'Rule worker: at least one renewal ground (safety, health, special circumstances) and room under the 3-year cap; otherwise BPMN error VICTIM_RENEWAL_REFUSED.', { type: JOB.victimRenewal });
  b.boundary('Error_RenewalRefused', 'Yenileme yapılamaz', 'No ground, or the 3-year cap is reached (Art. 49(1)).', {
    attachedTo: 'Task_RenewalRules',
    error: 'VICTIM_RENEWAL_REFUSED',
    // A BPMN error's variables reach the process only through the catch event's output mappings (Zeebe).
    outputs: { renewalRefusal: 'renewalRefusal', renewalRefusalCitation: 'renewalRefusalCitation', renewalCriteria: 'renewalCriteria' },
  });
  b.serviceTask('Task_RenewalTerm', 'Yeni izin süresini hesapla', 'Calendar worker: new expiry = previous expiry + granted months (≤6), never beyond the 3-year cap; new reminder date.', { type: JOB.victimPermitTerm, headers: { mode: 'renewal' } });
  notice(b, 'Notice_Renewal', 'Yenileme bildirimi', { noticeType: 'victim-permit-renewed', citation: 'Art. 49(1)', prefix: 'renewal' });
  b.flow('Gateway_Review', 'Task_RenewalRules', { name: 'Yenile', condition: 'permitReviewDecision = "renew"' });
  b.chain('Task_RenewalRules', 'Task_RenewalTerm', 'Notice_Renewal', 'Gateway_Period');

  // End of the permit on any basis: the Art. 55(1)(ç) bar lapses; next steps are only offered.
  b.exclusive('Gateway_MergeEnd', 'İzin sona eriyor');
  b.scriptTask('Set_Terminated', 'Sebep: program sonlandırıldı', undefined, { expression: '"terminated"', result: 'permitEndReason' });
  b.scriptTask('Set_RenewalRefused', 'Sebep: yenilenemez', undefined, { expression: '"renewal-refused"', result: 'permitEndReason' });
  b.scriptTask('Set_NotRenewed', 'Sebep: yenilenmedi', undefined, { expression: '"not-renewed"', result: 'permitEndReason' });
  // The guard's verdict, never the form's checkbox: a variable set through the API cannot end the programme (E.6).
  b.flow('Gateway_Terminate', 'Set_Terminated', { name: 'Evet', condition: 'terminationGuard.outcome = "terminate"' });
  b.flow('Error_RenewalRefused', 'Set_RenewalRefused');
  b.flow('Gateway_Review', 'Set_NotRenewed', { name: 'Sona ersin', isDefault: true });
  b.flow('Set_Terminated', 'Gateway_MergeEnd');
  b.flow('Set_RenewalRefused', 'Gateway_MergeEnd');
  b.flow('Set_NotRenewed', 'Gateway_MergeEnd');
  b.scriptTask('Task_LiftBar', 'Md. 55(1)(ç) engelini kaldır', 'The bar on removal decisions for victims (Art. 55(1)(ç)) lapses with the permit.', { expression: 'true', result: 'removalBarLifted' });
  notice(b, 'Notice_End', 'Sona erme bildirimi (Md. 25(2))', { noticeType: 'victim-permit-ended', citation: 'Art. 25(2), Art. 49', prefix: 'end', doc: 'Refusal, non-renewal, cancellation or termination notice to the person, lawyer or legal representative, with appeal rights (Art. 25(2)).' });
  b.serviceTask('Task_ProposeRestriction', 'Tahdit kodu öner', 'Restriction codes the sources connect to a cancelled permit (V-69, uncertain), for the officer to confirm or reject.', { type: JOB.proposeRestriction, headers: { situation: 'victim-permit-ended' } });
  b.userTask('Task_NextSteps', 'Sonraki seçenekleri teklif et', 'Offer — never start — the removal assessment (Art. 54(1)(f)), voluntary return (Art. 87) or another permit (Art. 46(1)(c), student rights) (brief E.6).', { form: 'vs-next-steps' });
  b.exclusive('Gateway_NextStep', 'Kişinin tercihi?');
  b.chain('Gateway_MergeEnd', 'Task_LiftBar', 'Notice_End', 'Task_ProposeRestriction', 'Task_NextSteps', 'Gateway_NextStep');
  b.callActivity('Call_VoluntaryReturnOffer', 'Gönüllü geri dönüş (Md. 87)', 'The person accepted the offer of voluntary return.', {
    processId: 'voluntary-return',
    inputs: { caseNumber: 'caseNumber', personCategory: '"victim"', person: 'person', representative: 'representative' },
    outputs: { returnOutcome: 'returnOutcome' },
  });
  b.end('End_Returned', 'Gönüllü dönüş süreci tamamlandı');
  b.end('End_Offered', 'Seçenekler teklif edildi');
  // Brief E.6: the removal assessment is offered, never started by itself — an officer answers the question first.
  b.userTask('Task_StartRemoval', 'Sınır dışı etme değerlendirmesi başlatılsın mı?', 'The Art. 55(1)(ç) bar has lapsed; an officer decides whether to start the removal assessment (Arts. 53–57) and records the facts it rests on. Nothing starts automatically (brief E.6).', { form: 'vs-start-removal' });
  b.exclusive('Gateway_StartRemoval', 'Başlatılsın mı?');
  removalCall(b, 'Call_Removal', { caseNumber: 'caseNumber', person: 'person', referredFrom: 'victim-support', facts: 'if removalFacts = null then {} else removalFacts', doc: 'Removal assessment started by the officer after the programme ended (Art. 55(1)(ç) lapsed; brief E.6).' });
  b.end('End_RemovalStarted', 'Sınır dışı etme değerlendirmesi yapıldı');
  b.end('End_RemovalNotStarted', 'Sınır dışı etme değerlendirmesi başlatılmadı');
  b.flow('Gateway_NextStep', 'Task_StartRemoval', { name: 'Sınır dışı etme değerlendirmesi', condition: 'nextStepChosen = "removal-assessment-offered"' });
  b.chain('Task_StartRemoval', 'Gateway_StartRemoval');
  b.flow('Gateway_StartRemoval', 'Call_Removal', { name: 'Evet', condition: 'startRemovalAssessment = true' });
  b.flow('Call_Removal', 'End_RemovalStarted');
  b.flow('Gateway_StartRemoval', 'End_RemovalNotStarted', { name: 'Hayır', isDefault: true });
  b.flow('Gateway_NextStep', 'Call_VoluntaryReturnOffer', { name: 'Gönüllü dönüş', condition: 'nextStepChosen = "voluntary-return"' });
  b.flow('Call_VoluntaryReturnOffer', 'End_Returned');
  b.flow('Gateway_NextStep', 'End_Offered', { name: 'Diğer', isDefault: true });

  // A victim may ask to go home or to a safe third country at any time ([S0] Q9, Q11).
  b.subProcess('Event_VoluntaryReturn', 'Gönüllü geri dönüş talebi', 'Non-interrupting: the victim asks to return at any time ([S0] Q9, Q11; brief E.7).', (s) => {
    s.start('Start_VoluntaryReturn', 'Gönüllü geri dönüş talep edildi', 'Message voluntary-return-requested, correlated by caseNumber.', { message: 'voluntary-return-requested', interrupting: false });
    s.callActivity('Call_VoluntaryReturn', 'Gönüllü geri dönüş (Md. 87)', 'Calls voluntary-return for a victim.', {
      processId: 'voluntary-return',
      inputs: { caseNumber: 'caseNumber', personCategory: '"victim"', person: 'person', representative: 'representative' },
      outputs: { returnOutcome: 'returnOutcome' },
    });
    s.exclusive('Gateway_Departed', 'Ülkeden çıktı mı?');
    s.end('End_Departed', 'Çıkış yaptı', 'Closes the victim case.', { error: 'CASE_CLOSED_VOLUNTARY_RETURN' });
    s.end('End_Stayed', 'Program sürüyor');
    s.chain('Start_VoluntaryReturn', 'Call_VoluntaryReturn', 'Gateway_Departed');
    s.flow('Gateway_Departed', 'End_Departed', { name: 'Evet', condition: 'returnOutcome = "departed"' });
    s.flow('Gateway_Departed', 'End_Stayed', { name: 'Hayır', isDefault: true });
  }, { triggeredByEvent: true });
  b.subProcess('Event_Closed', 'Gönüllü dönüşle kapanış', 'Interrupting: the person left Turkey; every open step ends.', (s) => {
    s.start('Start_Closed', 'Kişi ülkesine döndü', undefined, { error: 'CASE_CLOSED_VOLUNTARY_RETURN' });
    s.end('End_Closed', 'Dosya kapandı');
    s.flow('Start_Closed', 'End_Closed');
  }, { triggeredByEvent: true });
  return b;
}
