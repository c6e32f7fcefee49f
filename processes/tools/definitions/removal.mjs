import { ProcessBuilder } from '../bpmn-builder.mjs';
import { JOB, escalation, guard, notice, period } from '../patterns.mjs';

export default function build() {
  const b = new ProcessBuilder(
    'removal',
    'Sınır dışı etme (Md. 53–57)',
    'Removal track (Law 6458 Arts. 53–57; brief A5, B): Art. 54 grounds and Art. 55 bars checked by a rule, reasoned decision by an officer ' +
      '(48 hours after apprehension, Art. 57(1)), notice (Art. 53(2); service under the Notification Law as amended by Law No. 7201), ' +
      'court-action window with the value in force on the notification day (15 days; 7 days from 2019-12-24, Law No. 7196, Art. 53(3)), ' +
      'stay while the window runs and while the case is pending except Art. 54(1)(b),(d),(k) and 54(2), or with consent; departure period ' +
      '15–30 days unless withheld (Art. 56(1)); administrative detention (Art. 57): 48-hour transfer, monthly review, 6 months plus at most 6 ' +
      'for non-cooperation or false information, release at the cap; restriction codes proposed for each outcome ([S3]).',
  );
  const key = 'caseNumber';
  b.message('removal-action-filed', key);
  b.message('removal-consented', key);
  b.message('removal-departure-recorded', key);
  b.message('removal-executed', key);
  b.message('detention-release-ordered', key);

  // --- Grounds, bars and the decision (Arts. 53–56)
  b.start('Start_Removal', 'Sınır dışı etme değerlendirmesi başladı', 'Started by a procedure that ends in removal (Art. 54(1)(i)), a terminated victim programme when the officer starts it (brief E.6), or directly.');
  b.serviceTask('Task_RemovalRules', 'Sınır dışı etme sebeplerini ve engelleri denetle (Md. 54, 55)', 'Rule worker: every Art. 54(1)(a)–(k) ground and 54(2) for applicants and status holders, every Art. 55(1)(a)–(d) bar, the Art. 53(3) stay exceptions, the Art. 56(1) withholding grounds and the Art. 57(2) detention grounds.', { type: JOB.removalGrounds });
  b.exclusive('Gateway_Apprehended', 'Yakalandı mı?');
  b.chain('Start_Removal', 'Task_RemovalRules', 'Gateway_Apprehended');
  period(b, 'Period_DecisionAfterApprehension', '48 saatlik karar süresini hesapla', { parameter: 'removal.decisionAfterApprehension', from: 'apprehendedAt', result: 'decisionDueAt', citation: 'Art. 57(1)' });
  b.exclusive('Gateway_WhichDecision', 'Karar adımı');
  b.flow('Gateway_Apprehended', 'Period_DecisionAfterApprehension', { name: 'Evet', condition: 'apprehendedAt != null' });
  b.flow('Gateway_Apprehended', 'Gateway_WhichDecision', { name: 'Hayır', isDefault: true });
  b.flow('Period_DecisionAfterApprehension', 'Gateway_WhichDecision');
  const decideDoc = 'Officer takes the reasoned decision (Art. 53(1)–(2)) with the rule\'s findings shown: removal only on an Art. 54 ground and never against an Art. 55 bar; the departure period of 15–30 days unless withheld (Art. 56(1)); not removing despite a ground needs a recorded reason.';
  b.userTask('Task_DecideAfterApprehension', 'Sınır dışı etme kararı (yakalama sonrası, Md. 57(1))', decideDoc, { form: 'rm-decision', due: 'decisionDueAt' });
  escalation(b, { host: 'Task_DecideAfterApprehension', id: 'DecisionAfterApprehension', timerName: '48 saatlik karar süresi (Md. 57(1))', due: 'decisionDueAt', citation: 'Art. 57(1)', mark: 'decisionOverdue', title: 'Yakalamadan sonra 48 saatlik karar süresi aşıldı' });
  b.userTask('Task_Decide', 'Sınır dışı etme kararı (Md. 53, 54)', decideDoc, { form: 'rm-decision' });
  b.exclusive('Gateway_MergeDecision', 'Karar verildi');
  b.flow('Gateway_WhichDecision', 'Task_DecideAfterApprehension', { name: 'Yakalandı', condition: 'apprehendedAt != null' });
  b.flow('Gateway_WhichDecision', 'Task_Decide', { name: 'Yakalanmadı', isDefault: true });
  b.flow('Task_DecideAfterApprehension', 'Gateway_MergeDecision');
  b.flow('Task_Decide', 'Gateway_MergeDecision');
  guard(b, 'Guard_Decision', 'Kararı kurala göre denetle (Md. 54–56)', { decision: 'removal-decision', result: 'removalGuard', citation: 'Arts. 54–56' });
  b.exclusive('Gateway_DecisionGuard', 'Karar kurala uygun mu?');
  b.chain('Gateway_MergeDecision', 'Guard_Decision', 'Gateway_DecisionGuard');
  b.flow('Gateway_DecisionGuard', 'Gateway_WhichDecision', { name: 'Hayır — memura geri', condition: 'removalGuard.accepted = false' });
  b.scriptTask('Set_NoRemoval', 'Sonuç: sınır dışı edilmez', 'No removal decision (no ground, an Art. 55 bar, or a recorded departure from the recommendation).', { expression: '"no-removal"', result: 'removalOutcome' });
  b.end('End_NoRemoval', 'Sınır dışı etme kararı alınmadı');
  b.flow('Gateway_DecisionGuard', 'Set_NoRemoval', { name: 'Karar alınmadı', condition: 'removalGuard.outcome = "no-removal"' });
  b.flow('Set_NoRemoval', 'End_NoRemoval');

  // --- Notice, court window and stay (Art. 53(2)–(3))
  notice(b, 'Notice_Decision', 'Sınır dışı etme kararını tebliğ et (Md. 53(2))', { noticeType: 'removal-decision', citation: 'Art. 53(2)', prefix: 'removal', doc: 'The decision with its reasons to the person, legal representative or lawyer; an unrepresented person is told the appeal route and period (Art. 53(2)); service as amended by Law No. 7201.' });
  period(b, 'Period_CourtAction', 'Dava açma süresini hesapla (Md. 53(3))', { parameter: 'removal.appealPeriod', from: 'removalNotifiedAt', result: 'courtActionDueAt', citation: 'Art. 53(3)' });
  b.exclusive('Gateway_DepartureGiven', 'Terk süresi verildi mi?');
  period(b, 'Period_Departure', 'Türkiye’yi terk süresini hesapla (Md. 56(1))', { parameter: 'removal.departurePeriodMin', from: 'removalNotifiedAt', result: 'departureDueAt', citation: 'Art. 56(1)', valueFrom: 'departureDays' });
  b.exclusive('Gateway_MergeDeparture', 'Süreler hesaplandı');
  b.scriptTask('Set_Stay', 'Dava süresince kalış (Md. 53(3))', 'No removal while the window runs and while a case is pending, unless Art. 54(1)(b),(d),(k) or 54(2) applies; the person may consent to leave.', { expression: 'removalStaysDuringProceedings', result: 'removalStayed' });
  b.flow('Gateway_DecisionGuard', 'Notice_Decision', { name: 'Sınır dışı etme kararı', isDefault: true });
  b.chain('Notice_Decision', 'Period_CourtAction', 'Gateway_DepartureGiven');
  b.flow('Gateway_DepartureGiven', 'Period_Departure', { name: 'Evet', condition: 'departureDays > 0' });
  b.flow('Gateway_DepartureGiven', 'Gateway_MergeDeparture', { name: 'Verilmedi (Md. 56(1))', isDefault: true });
  b.flow('Period_Departure', 'Gateway_MergeDeparture');
  b.eventBased('Gateway_Court', 'Dava açıldı mı?');
  b.chain('Gateway_MergeDeparture', 'Set_Stay', 'Gateway_Court');
  b.catchEvent('Catch_Action', 'Dava açıldı', 'Message removal-action-filed (removalActionFiledAt, court), correlated by caseNumber (Art. 53(3)).', { message: 'removal-action-filed' });
  b.catchEvent('Catch_Consent', 'Kişi ayrılmaya rıza gösterdi', 'Message removal-consented, correlated by caseNumber: the stay yields to the person\'s consent (Art. 53(3)).', { message: 'removal-consented' });
  b.catchEvent('Timer_CourtWindow', 'Dava açma süresi (Md. 53(3))', 'Applicant deadline: the action period in force on the notification day (15 days; 7 days from 2019-12-24, Law No. 7196; Art. 53(3)). Unused, the decision is enforceable.', { timerDate: 'courtActionDueAt' });
  b.flow('Gateway_Court', 'Catch_Action');
  b.flow('Gateway_Court', 'Catch_Consent');
  b.flow('Gateway_Court', 'Timer_CourtWindow');

  b.serviceTask('Task_LawsuitCodes', 'Tahdit kodu öner: V-154', 'V-154 while the action against the removal decision is pending ([S3]; Art. 53(3)), for the officer to confirm.', { type: JOB.proposeRestriction, headers: { situation: 'removal-lawsuit' } });
  b.scriptTask('Set_LawsuitPending', 'Dava devam ediyor', 'Marks the pending case (Art. 53(3)).', { expression: 'true', result: 'removalLawsuitPending' });
  period(b, 'Period_CourtRuling', '15 günlük yargılama süresini hesapla (Md. 53(3))', { parameter: 'removal.courtRulingPeriod', from: 'removalActionFiledAt', result: 'courtRulingDueAt', citation: 'Art. 53(3)' });
  b.userTask('Task_CourtRuling', 'Mahkeme kararını kaydet (Md. 53(3))', 'Officer records the final judgment of the administrative court (Art. 53(3)).', { form: 'court-ruling', due: 'courtRulingDueAt', inputs: { courtRulingCitation: '"Art. 53(3)"' } });
  escalation(b, { host: 'Task_CourtRuling', id: 'CourtRulingPeriod', timerName: '15 günlük yargılama süresi (Md. 53(3))', due: 'courtRulingDueAt', citation: 'Art. 53(3)', mark: 'courtRulingOverdue', title: 'Sınır dışı etme davasında 15 günlük yargılama süresi aşıldı' });
  b.exclusive('Gateway_CourtRuling', 'Mahkeme kararı?');
  b.chain('Catch_Action', 'Set_LawsuitPending', 'Task_LawsuitCodes', 'Period_CourtRuling', 'Task_CourtRuling', 'Gateway_CourtRuling');
  b.scriptTask('Set_Annulled', 'Sonuç: mahkeme kararı iptal etti', 'The removal decision is annulled.', { expression: '"annulled-by-court"', result: 'removalOutcome' });
  b.end('End_Annulled', 'Karar iptal edildi');
  b.flow('Gateway_CourtRuling', 'Set_Annulled', { name: 'İptal', condition: 'courtRuling = "annulled"' });
  b.flow('Set_Annulled', 'End_Annulled');

  // --- Enforceable: departure period, restriction codes, detention decision (Arts. 56, 57(2))
  b.exclusive('Gateway_Enforceable', 'Karar uygulanabilir');
  b.flow('Gateway_CourtRuling', 'Gateway_Enforceable', { name: 'Ret (karar kesinleşti)', isDefault: true });
  b.flow('Catch_Consent', 'Gateway_Enforceable');
  b.flow('Timer_CourtWindow', 'Gateway_Enforceable');
  b.scriptTask('Set_Enforceable', 'Karar uygulanabilir', 'The window closed unused, the court upheld the decision, or the person consented (Art. 53(3)).', { expression: 'true', result: 'removalEnforceable' });
  b.scriptTask('Set_LawsuitEnded', 'Dava sona erdi', 'No case pending any more (V-154 to be lifted).', { expression: 'false', result: 'removalLawsuitPending' });
  b.exclusive('Gateway_DepartureWait', 'Terk süresi işliyor mu?');
  b.chain('Gateway_Enforceable', 'Set_Enforceable', 'Set_LawsuitEnded', 'Gateway_DepartureWait');
  b.eventBased('Gateway_Departure', 'Kişi süresinde çıktı mı?');
  b.catchEvent('Catch_Departed', 'Çıkış kaydedildi', 'Message removal-departure-recorded (departedAt, borderGate), correlated by caseNumber: the person left within the departure period (Art. 56(1)).', { message: 'removal-departure-recorded' });
  b.catchEvent('Timer_DepartureWindow', 'Türkiye’yi terk süresi (Md. 56(1))', 'Applicant deadline: the departure period given with the decision (15–30 days, Art. 56(1)). Unused without an acceptable excuse, it is a detention ground (Art. 57(2)).', { timerDate: 'departureDueAt' });
  b.flow('Gateway_DepartureWait', 'Gateway_Departure', { name: 'Evet', condition: 'departureDays > 0' });
  b.flow('Gateway_Departure', 'Catch_Departed');
  b.flow('Gateway_Departure', 'Timer_DepartureWindow');
  b.scriptTask('Set_Departed', 'Sonuç: süresinde çıktı', 'Left within the departure period; an entry ban may be waived (Art. 9(5)).', { expression: '"departed"', result: 'removalOutcome' });
  b.end('End_Departed', 'Kişi Türkiye’den çıktı');
  b.chain('Catch_Departed', 'Set_Departed', 'End_Departed');
  b.scriptTask('Set_NotLeft', 'Süresinde çıkmadı (Md. 57(2))', 'Records the fact: did not leave within the departure period (a detention ground, Art. 57(2)).', { expression: 'context put(removalFacts, "notLeftWithinDeparturePeriod", true)', result: 'removalFacts' });
  b.exclusive('Gateway_MergeEnforcement', 'Uygulama');
  b.flow('Timer_DepartureWindow', 'Set_NotLeft');
  b.flow('Set_NotLeft', 'Gateway_MergeEnforcement');
  b.flow('Gateway_DepartureWait', 'Gateway_MergeEnforcement', { name: 'Süre verilmedi', isDefault: true });
  b.serviceTask('Task_EnforceableCodes', 'Tahdit kodu öner (Ç-113, Ç-150, Ç-135)', 'Restriction codes the sources connect to the enforced removal: Ç-113 unlawful entry/exit, Ç-150 false documents, Ç-135 unpaid fine ([S3]); the officer confirms.', { type: JOB.proposeRestriction, headers: { situation: 'removal-enforceable' } });
  b.exclusive('Gateway_MergeEnforcementTask', 'Memur kararı');
  b.userTask('Task_Enforcement', 'Uygulama ve idari gözetim kararı (Md. 57(2))', 'Officer confirms the restriction codes and decides on administrative detention: only on an Art. 57(2) ground (rule findings shown), with written reasons.', { form: 'rm-enforcement' });
  guard(b, 'Guard_Detention', 'İdari gözetim kararını denetle (Md. 57(2))', { decision: 'removal-detention', result: 'detentionGuard', citation: 'Art. 57(2)' });
  b.exclusive('Gateway_DetentionGuard', 'İdari gözetim?');
  b.chain('Gateway_MergeEnforcement', 'Task_EnforceableCodes', 'Gateway_MergeEnforcementTask', 'Task_Enforcement', 'Guard_Detention', 'Gateway_DetentionGuard');
  b.flow('Gateway_DetentionGuard', 'Gateway_MergeEnforcementTask', { name: 'Kurala aykırı — memura geri', condition: 'detentionGuard.accepted = false' });
  b.userTask('Task_Execute', 'Sınır dışı etmeyi uygula', 'Officer records the removal (or why it could not be carried out); the person was not detained.', { form: 'rm-execution' });
  b.scriptTask('Set_Executed', 'Sonuç: uygulandı', 'Removal carried out, or recorded as not carried out.', { expression: 'if removalExecuted = true then "removed" else "not-removed"', result: 'removalOutcome' });
  b.end('End_Executed', 'Sınır dışı etme sonuçlandı');
  b.flow('Gateway_DetentionGuard', 'Task_Execute', { name: 'Gözetim yok', isDefault: true });
  b.chain('Task_Execute', 'Set_Executed', 'End_Executed');

  // --- Administrative detention (Art. 57(2)–(6))
  b.serviceTask('Task_DetentionTerm', 'Gözetim sürelerini hesapla (Md. 57)', 'Calendar worker: 48-hour transfer (Art. 57(2)), 6-month cap and the 12-month outer limit (Art. 57(3)) as instants from the detention decision.', { type: JOB.detentionTerm, inputs: { detentionClock: 'now()' } });
  notice(b, 'Notice_Detention', 'İdari gözetim kararını tebliğ et (Md. 57(5))', { noticeType: 'removal-detention', citation: 'Art. 57(2), Art. 57(5)', prefix: 'detention', doc: 'The detention decision with reasons and duration; the right to apply to the criminal judge of peace (Art. 57(5)–(6)).' });
  b.userTask('Task_Transfer', 'Geri gönderme merkezine nakil (Md. 57(2))', 'The apprehending unit transfers the person to a removal centre within 48 hours of the detention decision (Art. 57(2)).', { form: 'rm-transfer', due: 'transferDueAt' });
  escalation(b, { host: 'Task_Transfer', id: 'TransferPeriod', timerName: '48 saatlik nakil süresi (Md. 57(2))', due: 'transferDueAt', citation: 'Art. 57(2)', mark: 'transferOverdue', title: '48 saatlik nakil süresi aşıldı' });
  b.exclusive('Gateway_ReviewLoop', 'Gözetim sürüyor');
  period(b, 'Period_Review', 'Aylık değerlendirme tarihini hesapla (Md. 57(4))', { parameter: 'removal.detentionReviewInterval', from: 'detentionReviewFrom', result: 'reviewDueAt', citation: 'Art. 57(4)' });
  b.eventBased('Gateway_Detained', 'Gözetim altında');
  b.flow('Gateway_DetentionGuard', 'Task_DetentionTerm', { name: 'İdari gözetim', condition: 'detentionGuard.outcome = "detain"' });
  b.chain('Task_DetentionTerm', 'Notice_Detention', 'Task_Transfer', 'Gateway_ReviewLoop', 'Period_Review', 'Gateway_Detained');
  b.catchEvent('Timer_Review', 'Aylık değerlendirme (Md. 57(4))', 'Every 30 days the governorate reviews whether detention is still needed (Art. 57(4)); it may review earlier.', { timerDate: 'reviewDueAt' });
  b.catchEvent('Timer_DetentionCap', 'Gözetim azami süresi (Md. 57(3))', 'Term: detention may not exceed 6 months, or 12 after an extension for non-cooperation or false information (Art. 57(3)); the person is released when it ends.', { timerDate: 'detentionCapAt' });
  b.catchEvent('Catch_Removed', 'Sınır dışı edildi', 'Message removal-executed (removedAt, borderGate), correlated by caseNumber.', { message: 'removal-executed' });
  b.catchEvent('Catch_JudgeRelease', 'Hâkim serbest bıraktı (Md. 57(6))', 'Message detention-release-ordered, correlated by caseNumber: the criminal judge of peace ordered release (Art. 57(6)).', { message: 'detention-release-ordered' });
  b.flow('Gateway_Detained', 'Timer_Review');
  b.flow('Gateway_Detained', 'Timer_DetentionCap');
  b.flow('Gateway_Detained', 'Catch_Removed');
  b.flow('Gateway_Detained', 'Catch_JudgeRelease');

  b.exclusive('Gateway_ReviewTask', 'Değerlendirme');
  b.userTask('Task_Review', 'İdari gözetimin aylık değerlendirmesi (Md. 57(4))', 'Officer reviews: continue, release (grounds gone), or extend beyond 6 months only for non-cooperation or false information about the country, once, by at most 6 months (Art. 57(3)).', { form: 'rm-detention-review' });
  b.boundary('Timer_CapDuringReview', 'Gözetim azami süresi doldu (Md. 57(3))', 'Term: the maximum detention ends while the review is open; the person is released (Art. 57(3)). Interrupting because a maximum term, unlike an authority deadline, ends the step.', { attachedTo: 'Task_Review', timerDate: 'detentionCapAt' });
  guard(b, 'Guard_Review', 'Değerlendirmeyi denetle (Md. 57(3))', { decision: 'detention-review', result: 'reviewGuard', citation: 'Art. 57(3)' });
  b.exclusive('Gateway_ReviewOutcome', 'Değerlendirme sonucu?');
  b.chain('Timer_Review', 'Gateway_ReviewTask', 'Task_Review', 'Guard_Review', 'Gateway_ReviewOutcome');
  b.flow('Gateway_ReviewOutcome', 'Gateway_ReviewTask', { name: 'Kurala aykırı — memura geri', condition: 'reviewGuard.accepted = false' });
  b.scriptTask('Set_ExtendedCap', 'Gözetimi uzat (Md. 57(3))', 'The cap moves to the outer limit: 6 more months at most.', { expression: 'detentionExtendedCapAt', result: 'detentionCapAt' });
  b.scriptTask('Set_ExtendedMark', 'Uzatıldı olarak işaretle', 'A second extension is refused (Art. 57(3)).', { expression: 'true', result: 'detentionExtended' });
  b.exclusive('Gateway_MergeReviewed', 'Değerlendirildi');
  notice(b, 'Notice_Review', 'Değerlendirme sonucunu tebliğ et (Md. 57(5))', { noticeType: 'removal-detention-review', citation: 'Art. 57(4), Art. 57(5)', prefix: 'review' });
  b.scriptTask('Set_ReviewFrom', 'Sonraki değerlendirme buradan sayılır', 'The next 30-day review counts from this one (Art. 57(4)).', { expression: 'reviewDueAt', result: 'detentionReviewFrom' });
  b.flow('Gateway_ReviewOutcome', 'Set_ExtendedCap', { name: 'Uzat', condition: 'reviewGuard.outcome = "extend"' });
  b.chain('Set_ExtendedCap', 'Set_ExtendedMark', 'Gateway_MergeReviewed');
  b.flow('Gateway_ReviewOutcome', 'Gateway_MergeReviewed', { name: 'Devam', isDefault: true });
  b.chain('Gateway_MergeReviewed', 'Notice_Review', 'Set_ReviewFrom', 'Gateway_ReviewLoop');

  b.exclusive('Gateway_Release', 'Serbest bırak');
  b.scriptTask('Set_ReleasedOnReview', 'Sebep: gerekçe kalmadı', 'Grounds no longer exist (Art. 57(4)).', { expression: '"released-on-review"', result: 'detentionEndedAs' });
  b.scriptTask('Set_ReleasedAtCap', 'Sebep: azami süre doldu', 'The 6-month (or, extended, 12-month) maximum is reached (Art. 57(3)).', { expression: '"cap-reached"', result: 'detentionEndedAs' });
  b.scriptTask('Set_ReleasedByJudge', 'Sebep: hâkim kararı', 'Release ordered by the criminal judge of peace (Art. 57(6)).', { expression: '"judge-ordered"', result: 'detentionEndedAs' });
  b.flow('Gateway_ReviewOutcome', 'Set_ReleasedOnReview', { name: 'Serbest bırak', condition: 'reviewGuard.outcome = "release"' });
  b.flow('Timer_DetentionCap', 'Set_ReleasedAtCap');
  b.flow('Timer_CapDuringReview', 'Set_ReleasedAtCap');
  b.flow('Catch_JudgeRelease', 'Set_ReleasedByJudge');
  b.flow('Set_ReleasedOnReview', 'Gateway_Release');
  b.flow('Set_ReleasedAtCap', 'Gateway_Release');
  b.flow('Set_ReleasedByJudge', 'Gateway_Release');
  notice(b, 'Notice_Release', 'Serbest bırakmayı tebliğ et (Md. 57(4))', { noticeType: 'removal-detention-ended', citation: 'Art. 57(3), Art. 57(4)', prefix: 'release', doc: 'Release notice; residence at an address and reporting may be required (Art. 57(4)).' });
  b.scriptTask('Set_Released', 'Sonuç: serbest bırakıldı', 'Released; the removal decision stands.', { expression: '"released"', result: 'removalOutcome' });
  b.end('End_Released', 'Gözetim sona erdi');
  b.chain('Gateway_Release', 'Notice_Release', 'Set_Released', 'End_Released');
  b.scriptTask('Set_Removed', 'Sonuç: sınır dışı edildi', 'Removed from Türkiye while in detention.', { expression: '"removed"', result: 'removalOutcome' });
  b.end('End_Removed', 'Sınır dışı edildi');
  b.chain('Catch_Removed', 'Set_Removed', 'End_Removed');
  return b;
}
