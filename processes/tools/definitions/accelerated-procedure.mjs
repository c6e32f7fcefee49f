import { ProcessBuilder } from '../bpmn-builder.mjs';
import { JOB, escalation, notice, period, removalCall } from '../patterns.mjs';

export default function build() {
  const b = new ProcessBuilder(
    'accelerated-procedure',
    'Hızlandırılmış değerlendirme (Md. 79)',
    'Accelerated procedure (Law 6458 Art. 79): rule check of criteria (a)–(f) and the unaccompanied-minor exclusion (79(4)), ' +
      'interview within 3 days and decision within 5 days of the interview (79(2)), officer exit to the regular track (79(3)), ' +
      'court action within 15 days and ruling within 15 days (80(1)(ç),(d)), stay during proceedings (80(1)(e)), removal track when the window closes unused.',
  );
  const key = 'applicationNumber';
  b.message('court-action-filed', key);
  b.message('accelerated-exit-requested', key);

  b.start('Start_Accelerated', 'Hızlandırılmış usul başlatıldı', 'Started by the application process (or directly, when an Art. 79(1) ground is established later).');
  b.exclusive('Gateway_AgeDispute', 'Yaş uyuşmazlığı var mı?');
  b.userTask('Task_ResolveAge', 'Yaş tespitini sonuçlandır (Md. 79(4))', 'An age dispute is resolved first: unaccompanied minors are never in the accelerated track (Art. 79(4); brief E.5).', { form: 'ap-age-dispute' });
  b.exclusive('Gateway_AgeResolved', 'Yaş durumu belli');
  b.businessRuleTask('Decide_Grounds', 'Md. 79(1) sebepleri (karar tablosu)', 'Decision table accelerated-grounds (processes/decisions/accelerated-criteria.dmn): every Art. 79(1)(a)–(f) ground established by the facts, each row citing its article; analysts edit it in the modeler.', { decision: 'accelerated-grounds', result: 'acceleratedGroundsFound' });
  b.serviceTask('Task_CheckCriteria', 'Hızlandırılmış usul ölçütlerini denetle (Md. 79(1), (4))', 'Rule worker: the grounds the table found, each with its citation, and what a table cannot express: the Art. 79(4) exclusion of unaccompanied minors, the age dispute (E.5) and the Art. 79(3) exit.', { type: JOB.acceleratedCriteria });
  b.exclusive('Gateway_Applies', 'Hızlandırılmış usul uygulanabilir mi?');
  b.flow('Start_Accelerated', 'Gateway_AgeDispute');
  b.flow('Gateway_AgeDispute', 'Task_ResolveAge', { name: 'Evet', condition: 'facts.ageDisputed = true' });
  b.flow('Gateway_AgeDispute', 'Gateway_AgeResolved', { name: 'Hayır', isDefault: true });
  b.chain('Task_ResolveAge', 'Gateway_AgeResolved', 'Decide_Grounds', 'Task_CheckCriteria', 'Gateway_Applies');

  b.scriptTask('Set_NotApplicable', 'Sonuç: uygulanamaz', 'No Art. 79(1) criterion, or the Art. 79(4) exclusion applies.', { expression: '"not-applicable"', result: 'acceleratedOutcome' });
  b.end('End_NotApplicable', 'Olağan usule devredildi');
  b.flow('Gateway_Applies', 'Set_NotApplicable', { name: 'Hayır', isDefault: true });
  b.flow('Set_NotApplicable', 'End_NotApplicable');

  period(b, 'Period_Interview', '3 günlük görüşme süresini hesapla', { parameter: 'accelerated.interviewPeriod', from: 'acceleratedStartDate', result: 'interviewDueAt', citation: 'Art. 79(2)' });
  b.flow('Gateway_Applies', 'Period_Interview', { name: 'Evet', condition: 'acceleratedApplies = true' });

  // Interview within 3 days (Art. 79(2)); decision within 5 days of the interview (Art. 79(2), Turkish text; brief C2).
  // Process-level steps, so a missed period escalates on a branch of its own and the case never waits for it (E.3).
  b.userTask('Task_Interview', 'Hızlandırılmış usulde görüşme (Md. 79(2))', 'Personal interview in the accelerated procedure.', { form: 'ap-interview', due: 'interviewDueAt' });
  escalation(b, { host: 'Task_Interview', id: 'InterviewPeriod', timerName: '3 günlük görüşme süresi (Md. 79(2))', due: 'interviewDueAt', citation: 'Art. 79(2)', mark: 'interviewOverdue', title: '3 günlük görüşme süresi aşıldı' });
  period(b, 'Period_Decision', '5 günlük karar süresini hesapla', { parameter: 'accelerated.decisionPeriod', from: 'interviewDate', result: 'decisionDueAt', citation: 'Art. 79(2)' });
  b.userTask('Task_Decide', 'Hızlandırılmış usulde karar (Md. 79)', 'Decision with factual and legal reasons, or exit to the regular track with a reason (Art. 79(3)).', { form: 'ap-decision', due: 'decisionDueAt' });
  escalation(b, { host: 'Task_Decide', id: 'DecisionPeriod', timerName: '5 günlük karar süresi (Md. 79(2))', due: 'decisionDueAt', citation: 'Art. 79(2)', mark: 'decisionOverdue', title: '5 günlük karar süresi aşıldı' });
  b.chain('Period_Interview', 'Task_Interview', 'Period_Decision', 'Task_Decide');

  // Art. 79(3): the officer can leave the track at any time, with a reason.
  const exitDoc = 'Message accelerated-exit-requested (correlated by applicationNumber): an officer moves the case to the regular track because the examination will clearly take long (Art. 79(3)).';
  b.boundary('Message_ExitRequested', 'Olağan usule aktarma talebi (Md. 79(3))', exitDoc, { attachedTo: 'Task_Interview', message: 'accelerated-exit-requested' });
  b.boundary('Message_ExitBeforeDecision', 'Olağan usule aktarma talebi (Md. 79(3))', exitDoc, { attachedTo: 'Task_Decide', message: 'accelerated-exit-requested' });
  b.exclusive('Gateway_ExitRequested', 'Aktarma talep edildi');
  b.userTask('Task_ExitReason', 'Olağan usule aktarma gerekçesi (Md. 79(3))', 'The officer records the reason for the exit (brief E.4).', { form: 'ap-exit' });
  b.exclusive('Gateway_MergeExit', 'Olağan usule aktar');
  b.scriptTask('Set_Exited', 'Sonuç: olağan usule aktarıldı', 'Regular 30-day interview and 6-month decision periods keep their own start dates (brief E.4).', { expression: '"exited-to-regular"', result: 'acceleratedOutcome' });
  b.end('End_Exited', 'Olağan usule aktarıldı (Md. 79(3))');
  b.flow('Message_ExitRequested', 'Gateway_ExitRequested');
  b.flow('Message_ExitBeforeDecision', 'Gateway_ExitRequested');
  b.chain('Gateway_ExitRequested', 'Task_ExitReason', 'Gateway_MergeExit', 'Set_Exited', 'End_Exited');

  b.exclusive('Gateway_Decision', 'Karar?');
  b.flow('Task_Decide', 'Gateway_Decision');
  b.flow('Gateway_Decision', 'Gateway_MergeExit', { name: 'Olağan usule (Md. 79(3))', condition: 'acceleratedDecision = "exit-regular"' });
  notice(b, 'Notice_Granted', 'Olumlu kararı tebliğ et', { noticeType: 'accelerated-decision', citation: 'Art. 78(6)', prefix: 'decision' });
  b.scriptTask('Set_Granted', 'Sonuç: statü verildi', 'Positive decision; status identity document follows (Art. 83).', { expression: '"granted"', result: 'acceleratedOutcome' });
  b.end('End_Granted', 'Koruma verildi');
  b.flow('Gateway_Decision', 'Notice_Granted', { name: 'Olumlu', condition: 'acceleratedDecision = "granted"' });
  b.chain('Notice_Granted', 'Set_Granted', 'End_Granted');

  // Negative: court route only, 15 days (Art. 80(1)(a),(ç)).
  notice(b, 'Notice_Rejected', 'Ret kararını tebliğ et (Md. 78(6), 80(1)(ç))', { noticeType: 'accelerated-decision', citation: 'Art. 78(6), Art. 80(1)(ç)', prefix: 'decision', doc: 'Rejection notice with factual and legal reasons; appeal route: administrative court within 15 days, no Commission appeal (Art. 80(1)(a),(ç)).' });
  period(b, 'Period_CourtAction', '15 günlük dava açma süresini hesapla', { parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated', from: 'decisionNotifiedAt', result: 'courtActionDueAt', citation: 'Art. 80(1)(ç)' });
  b.eventBased('Gateway_Court', 'Dava açıldı mı?');
  b.catchEvent('Catch_CourtAction', 'Dava açıldı', 'Message court-action-filed (courtActionFiledAt, court), correlated by applicationNumber.', { message: 'court-action-filed' });
  b.catchEvent('Timer_CourtWindow', '15 günlük dava açma süresi (Md. 80(1)(ç))', 'Applicant deadline: 15 days from notification to bring an action (Art. 80(1)(ç)). Unused, the decision stands and the removal track opens.', { timerDate: 'courtActionDueAt' });
  b.flow('Gateway_Decision', 'Notice_Rejected', { name: 'Ret', isDefault: true });
  b.chain('Notice_Rejected', 'Period_CourtAction', 'Gateway_Court');
  b.flow('Gateway_Court', 'Catch_CourtAction');
  b.flow('Gateway_Court', 'Timer_CourtWindow');

  b.scriptTask('Task_Stay', 'Yargılama süresince kalış (Md. 80(1)(e))', 'No removal while the action is pending (Art. 80(1)(e)).', { expression: 'true', result: 'stayDuringProceedings' });
  period(b, 'Period_CourtRuling', '15 günlük yargılama süresini hesapla', { parameter: 'appeal.courtRulingPeriod', from: 'courtActionFiledAt', result: 'courtRulingDueAt', citation: 'Art. 80(1)(d)' });
  b.userTask('Task_CourtRuling', 'Mahkeme kararını kaydet', 'Officer records the final ruling (Art. 80(1)(d)).', { form: 'court-ruling', due: 'courtRulingDueAt', inputs: { courtRulingCitation: '"Art. 80(1)(ç), (d)"' } });
  escalation(b, { host: 'Task_CourtRuling', id: 'CourtRulingPeriod', timerName: '15 günlük yargılama süresi (Md. 80(1)(d))', due: 'courtRulingDueAt', citation: 'Art. 80(1)(d)', mark: 'courtRulingOverdue', title: '15 günlük yargılama süresi aşıldı' });
  b.exclusive('Gateway_CourtRuling', 'Mahkeme kararı?');
  b.chain('Catch_CourtAction', 'Task_Stay', 'Period_CourtRuling', 'Task_CourtRuling', 'Gateway_CourtRuling');
  b.scriptTask('Set_Annulled', 'Sonuç: mahkeme iptal etti', 'The application returns to the regular procedure.', { expression: '"annulled-by-court"', result: 'acceleratedOutcome' });
  b.end('End_Annulled', 'Karar iptal edildi');
  b.flow('Gateway_CourtRuling', 'Set_Annulled', { name: 'İptal', condition: 'courtRuling = "annulled"' });
  b.flow('Set_Annulled', 'End_Annulled');

  b.exclusive('Gateway_MergeFinal', 'Ret kesinleşti');
  b.flow('Gateway_CourtRuling', 'Gateway_MergeFinal', { name: 'Ret onandı', isDefault: true });
  b.flow('Timer_CourtWindow', 'Gateway_MergeFinal');
  b.serviceTask('Task_ProposeRestriction', 'Tahdit kodu öner', 'Proposes O-176 / O-177 for a negative outcome, for the officer to confirm.', { type: JOB.proposeRestriction, headers: { situation: 'ip-rejected' } });
  b.userTask('Task_RemovalAssessment', 'Sınır dışı etme değerlendirmesi (Md. 54(1)(i))', 'Removal track after the final rejection (Art. 54(1)(i), Arts. 53–57).', { form: 'removal-assessment' });
  b.scriptTask('Set_Rejected', 'Sonuç: ret kesinleşti', 'Final rejection.', { expression: '"rejected-final"', result: 'acceleratedOutcome' });
  b.exclusive('Gateway_RemovalAssessment', 'Sınır dışı etme kararı değerlendirilsin mi?');
  removalCall(b, 'Call_Removal', { caseNumber: 'applicationNumber', person: 'applicant', referredFrom: 'accelerated-procedure', facts: '{ finalNegativeProtectionDecision: true, falseInformationOrForgedDocuments: facts.misledAuthorities = true, publicOrderSecurityOrHealthThreat: facts.publicOrderThreat = true }', doc: 'The removal track after the final rejection (Art. 54(1)(i)): grounds, bars and the decision are assessed there.' });
  b.end('End_Rejected', 'Ret kesinleşti — sınır dışı yolu');
  b.chain('Gateway_MergeFinal', 'Task_ProposeRestriction', 'Task_RemovalAssessment', 'Set_Rejected', 'Gateway_RemovalAssessment');
  b.flow('Gateway_RemovalAssessment', 'Call_Removal', { name: 'Evet', condition: 'removalAssessment = "removal-decision"' });
  b.flow('Call_Removal', 'End_Rejected');
  b.flow('Gateway_RemovalAssessment', 'End_Rejected', { name: 'Hayır', isDefault: true, id: 'Flow_Gateway_RemovalAssessment_End_Rejected_NoRemoval' });
  return b;
}
