import { ProcessBuilder } from '../bpmn-builder.mjs';
import { JOB, escalation, guard, notice, period, removalCall } from '../patterns.mjs';

export default function build() {
  const b = new ProcessBuilder(
    'inadmissibility-assessment',
    'Kabul edilemez başvurular (Md. 72–74)',
    'Inadmissibility assessment (Law 6458 Arts. 72–74): grounds (a)–(ç), first country of asylum (Art. 73) and safe third country (Art. 74(2), all four conditions), ' +
      'the assessment stops when a ground is found (72(2)); notice with appeal route and period (72(3)); administrative court 15 + 15 days (80(1)(ç),(d)); ' +
      'return with the right to stay until it is done, and resumption when readmission is refused (Arts. 73, 74(1)).',
  );
  const key = 'applicationNumber';
  b.message('court-action-filed', key);
  b.message('readmission-accepted', key);
  b.message('readmission-refused', key);

  b.start('Start_Inadmissibility', 'Kabul edilemezlik incelemesi başladı', 'A ground may appear at any stage of the application.');
  b.businessRuleTask('Decide_Grounds', 'Md. 72(1) sebepleri (karar tablosu)', 'Decision table inadmissibility-grounds (processes/decisions/inadmissibility-grounds.dmn): the Art. 72(1)(a)–(c) grounds and the Art. 73 first-country conditions established by the facts, each row citing its article; analysts edit it in the modeler.', { decision: 'inadmissibility-grounds', result: 'inadmissibilityGroundsFound' });
  b.serviceTask('Task_CheckGrounds', 'Kabul edilemezlik sebeplerini denetle (Md. 72–74)', 'Rule worker: the grounds the table found, each with its citation, and what a table cannot express: the safe third country (all of Art. 74(1)–(3), with the unmet conditions) and the return routes.', { type: JOB.inadmissibilityGrounds });
  b.exclusive('Gateway_MergeAssess', 'Değerlendirme');
  b.userTask('Task_Assess', 'Kabul edilemezlik değerlendirmesi (Md. 72)', 'Officer decides whether a ground applies, assessing the safe third country individually (Art. 74(3)). Once a ground is found the assessment of the merits stops (Art. 72(2)). Grounds (c) and (ç) only when the rule found Art. 73 / all of Art. 74 met; no ground despite the rule\'s finding only with reasons.', { form: 'ia-assessment' });
  guard(b, 'Guard_Ground', 'Kabul edilemezlik sebebini denetle (Md. 73, 74(2))', { decision: 'inadmissibility-ground', result: 'inadmissibilityGuard', citation: 'Art. 73, Art. 74(2)' });
  b.exclusive('Gateway_GroundGuard', 'Seçim kurala uygun mu?');
  b.exclusive('Gateway_Found', 'Kabul edilemezlik sebebi var mı?');
  b.chain('Start_Inadmissibility', 'Decide_Grounds', 'Task_CheckGrounds', 'Gateway_MergeAssess', 'Task_Assess', 'Guard_Ground', 'Gateway_GroundGuard');
  b.flow('Gateway_GroundGuard', 'Gateway_MergeAssess', { name: 'Hayır — memura geri', condition: 'inadmissibilityGuard.accepted = false' });
  b.flow('Gateway_GroundGuard', 'Gateway_Found', { name: 'Evet', isDefault: true });

  b.scriptTask('Set_Admissible', 'Sonuç: kabul edilebilir', 'No ground: the application continues in the regular procedure.', { expression: '"admissible"', result: 'inadmissibilityOutcome' });
  b.end('End_Admissible', 'İnceleme devam eder');
  b.flow('Gateway_Found', 'Set_Admissible', { name: 'Hayır', condition: 'inadmissibilityGuard.outcome = "none"' });
  b.flow('Set_Admissible', 'End_Admissible');

  notice(b, 'Notice_Decision', 'Kabul edilemezlik kararını tebliğ et (Md. 72(3))', { noticeType: 'inadmissibility-decision', citation: 'Art. 72(3)', prefix: 'decision', doc: 'Notice to the applicant, legal representative or lawyer; if unrepresented, the outcome with the appeal route (administrative court) and period (Art. 72(3), Art. 80(1)(ç)).' });
  period(b, 'Period_CourtAction', '15 günlük dava açma süresini hesapla', { parameter: 'appeal.courtActionPeriodInadmissibleOrAccelerated', from: 'decisionNotifiedAt', result: 'courtActionDueAt', citation: 'Art. 80(1)(ç)' });
  b.eventBased('Gateway_Court', 'Dava açıldı mı?');
  b.catchEvent('Catch_CourtAction', 'Dava açıldı', 'Message court-action-filed (courtActionFiledAt, court), correlated by applicationNumber.', { message: 'court-action-filed' });
  b.catchEvent('Timer_CourtWindow', '15 günlük dava açma süresi (Md. 80(1)(ç))', 'Applicant deadline: 15 days from notification (Art. 80(1)(ç)). Unused, the decision becomes final.', { timerDate: 'courtActionDueAt' });
  // (c)/(ç): the right to stay until the return is completed is told when the return starts, with the decision (Arts. 73, 74(1)).
  b.exclusive('Gateway_ThirdCountry', 'Üçüncü ülkeye geri gönderme mi?');
  notice(b, 'Notice_RightToStay', 'Geri gönderilinceye kadar kalış hakkı bildirimi (Md. 73, 74(1))', { noticeType: 'right-to-stay-pending-return', citation: 'Art. 73, Art. 74(1)', prefix: 'stay', doc: 'Arts. 73, 74(1): the applicant may stay until the return is completed and is told so when the return starts — with the decision, before the court window, not after it.' });
  b.exclusive('Gateway_MergeNotices', 'Bildirimler');
  b.flow('Gateway_Found', 'Gateway_ThirdCountry', { name: 'Evet', isDefault: true });
  b.flow('Gateway_ThirdCountry', 'Notice_RightToStay', { name: '(c) / (ç)', condition: 'inadmissibilityGuard.outcome = "c" or inadmissibilityGuard.outcome = "ç"' });
  b.flow('Gateway_ThirdCountry', 'Gateway_MergeNotices', { name: '(a) / (b)', isDefault: true });
  b.flow('Notice_RightToStay', 'Gateway_MergeNotices');
  b.chain('Gateway_MergeNotices', 'Notice_Decision', 'Period_CourtAction', 'Gateway_Court');
  b.flow('Gateway_Court', 'Catch_CourtAction');
  b.flow('Gateway_Court', 'Timer_CourtWindow');

  b.scriptTask('Task_Stay', 'Yargılama süresince kalış (Md. 80(1)(e))', 'No removal while the action is pending (Art. 80(1)(e)); a humanitarian permit is possible (Art. 46(1)(ç)).', { expression: 'true', result: 'stayDuringProceedings' });
  period(b, 'Period_CourtRuling', '15 günlük yargılama süresini hesapla', { parameter: 'appeal.courtRulingPeriod', from: 'courtActionFiledAt', result: 'courtRulingDueAt', citation: 'Art. 80(1)(d)' });
  b.userTask('Task_CourtRuling', 'Mahkeme kararını kaydet', 'Officer records the final ruling (Art. 80(1)(d)).', { form: 'court-ruling', due: 'courtRulingDueAt', inputs: { courtRulingCitation: '"Art. 80(1)(ç), (d)"' } });
  escalation(b, { host: 'Task_CourtRuling', id: 'CourtRulingPeriod', timerName: '15 günlük yargılama süresi (Md. 80(1)(d))', due: 'courtRulingDueAt', citation: 'Art. 80(1)(d)', mark: 'courtRulingOverdue', title: '15 günlük yargılama süresi aşıldı' });
  b.exclusive('Gateway_CourtRuling', 'Mahkeme kararı?');
  b.chain('Catch_CourtAction', 'Task_Stay', 'Period_CourtRuling', 'Task_CourtRuling', 'Gateway_CourtRuling');
  b.scriptTask('Set_Annulled', 'Sonuç: mahkeme iptal etti', 'The application is examined in the regular procedure.', { expression: '"admissible"', result: 'inadmissibilityOutcome' });
  b.end('End_Annulled', 'Karar iptal edildi — inceleme sürer');
  b.flow('Gateway_CourtRuling', 'Set_Annulled', { name: 'İptal', condition: 'courtRuling = "annulled"' });
  b.flow('Set_Annulled', 'End_Annulled');

  b.exclusive('Gateway_MergeFinal', 'Karar kesinleşti');
  b.exclusive('Gateway_Ground', 'Hangi sebep?');
  b.flow('Gateway_CourtRuling', 'Gateway_MergeFinal', { name: 'Ret onandı', isDefault: true });
  b.flow('Timer_CourtWindow', 'Gateway_MergeFinal');
  b.flow('Gateway_MergeFinal', 'Gateway_Ground');

  // (c)/(ç): return to the first country of asylum or the safe third country.
  b.userTask('Task_RequestReadmission', 'Geri kabul talebini ilet', 'Officer sends the readmission request to the first country of asylum or the safe third country.', { form: 'ia-readmission-request' });
  b.eventBased('Gateway_Readmission', 'Geri kabul yanıtı?');
  b.catchEvent('Catch_ReadmissionAccepted', 'Geri kabul edildi', 'Message readmission-accepted, correlated by applicationNumber.', { message: 'readmission-accepted' });
  b.catchEvent('Catch_ReadmissionRefused', 'Geri kabul reddedildi', 'Message readmission-refused, correlated by applicationNumber: the application is examined again (Arts. 73, 74(1)).', { message: 'readmission-refused' });
  b.flow('Gateway_Ground', 'Task_RequestReadmission', { name: '(c) / (ç)', condition: 'inadmissibilityGuard.outcome = "c" or inadmissibilityGuard.outcome = "ç"' });
  b.chain('Task_RequestReadmission', 'Gateway_Readmission');
  b.flow('Gateway_Readmission', 'Catch_ReadmissionAccepted');
  b.flow('Gateway_Readmission', 'Catch_ReadmissionRefused');
  b.userTask('Task_Return', 'İlk iltica ülkesine / güvenli üçüncü ülkeye gönder', 'Officer records the transfer; the person could stay until it was done (Arts. 73, 74(1)).', { form: 'ia-return-execution' });
  b.scriptTask('Set_Returned', 'Sonuç: gönderildi', 'Returned to the first country of asylum or the safe third country.', { expression: '"returned"', result: 'inadmissibilityOutcome' });
  b.end('End_Returned', 'Gönderildi — dosya kapandı');
  b.chain('Catch_ReadmissionAccepted', 'Task_Return', 'Set_Returned', 'End_Returned');
  b.scriptTask('Set_Resumed', 'Sonuç: incelemeye devam', 'Readmission refused: the application is processed (Arts. 73, 74(1)).', { expression: '"resumed"', result: 'inadmissibilityOutcome' });
  b.end('End_Resumed', 'Başvurunun incelenmesine devam edilir');
  b.chain('Catch_ReadmissionRefused', 'Set_Resumed', 'End_Resumed');

  // (a)/(b): removal track (Art. 54(1)(i)).
  b.serviceTask('Task_ProposeRestriction', 'Tahdit kodu öner', 'Proposes O-176 / O-177 for a negative Art. 72 outcome, for the officer to confirm.', { type: JOB.proposeRestriction, headers: { situation: 'ip-inadmissible' } });
  b.userTask('Task_RemovalAssessment', 'Sınır dışı etme değerlendirmesi (Md. 54(1)(i))', 'Removal track for grounds (a)/(b) (Art. 54(1)(i)).', { form: 'removal-assessment' });
  b.scriptTask('Set_Removal', 'Sonuç: sınır dışı yolu', 'Inadmissible under Art. 72(1)(a)/(b).', { expression: '"removal-track"', result: 'inadmissibilityOutcome' });
  b.end('End_Removal', 'Kabul edilemez — sınır dışı yolu');
  b.exclusive('Gateway_RemovalAssessment', 'Sınır dışı etme kararı değerlendirilsin mi?');
  removalCall(b, 'Call_Removal', { caseNumber: 'applicationNumber', person: 'applicant', referredFrom: 'inadmissibility-assessment', facts: '{ finalNegativeProtectionDecision: true }', doc: 'The removal track after the inadmissibility decision became final (Art. 54(1)(i)).' });
  b.flow('Gateway_Ground', 'Task_ProposeRestriction', { name: '(a) / (b)', isDefault: true });
  b.chain('Task_ProposeRestriction', 'Task_RemovalAssessment', 'Set_Removal', 'Gateway_RemovalAssessment');
  b.flow('Gateway_RemovalAssessment', 'Call_Removal', { name: 'Evet', condition: 'removalAssessment = "removal-decision"' });
  b.flow('Call_Removal', 'End_Removal');
  b.flow('Gateway_RemovalAssessment', 'End_Removal', { name: 'Hayır', isDefault: true, id: 'Flow_Gateway_RemovalAssessment_End_Removal_NoRemoval' });
  return b;
}
