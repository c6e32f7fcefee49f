import { ProcessBuilder } from '../bpmn-builder.mjs';
import { JOB, notice } from '../patterns.mjs';

export default function build() {
  const b = new ProcessBuilder(
    'voluntary-return',
    'Gönüllü geri dönüş (Md. 87)',
    'Voluntary return (Law 6458 Art. 87; brief A4, E.7): written request, voluntariness interview, non-refoulement screening (Art. 4), destination, ' +
      'travel documents and consular contact with consent, optional assistance in kind or cash, cooperation with IOM or another organisation (Art. 87(2)), ' +
      'withdrawal (Art. 77(1)(a)) or cessation (Art. 85) effects, exit at the border gate; V-87 only for temporary-protection returnees. No statutory deadlines.',
  );
  b.error('RETURN_NOT_VOLUNTARY', 'Gönüllülük saptanmadı');

  b.start('Start_Return', 'Gönüllü geri dönüş talebi', 'Started by another procedure (applicant, victim) or directly (status holder, temporary protection).');
  b.userTask('Task_Request', 'Yazılı talebi ve belgeleri kaydet (Md. 87)', 'Written request, identity and travel document, destination (origin or safe third country).', { form: 'vr-request' });
  b.userTask('Task_Interview', 'Gönüllülük görüşmesi', 'Voluntariness recorded in an interview; informed consent for victims ([S0] Q9).', { form: 'vr-voluntariness-interview' });
  b.serviceTask('Task_Screening', 'Geri dönüş koşullarını denetle', 'Rule worker: eligibility (Art. 87(1)), voluntariness, destination, effects (Arts. 77(1)(a), 85, V-87) with citations; BPMN error RETURN_NOT_VOLUNTARY when voluntariness is not established.', { type: JOB.voluntaryReturnScreening });
  b.boundary('Error_NotVoluntary', 'Gönüllülük saptanmadı', 'Return is never organised without a voluntary, informed request.', {
    attachedTo: 'Task_Screening',
    error: 'RETURN_NOT_VOLUNTARY',
    // A BPMN error's variables reach the process only through the catch event's output mappings (Zeebe).
    outputs: { returnRuleOutcome: 'returnRuleOutcome' },
  });
  b.scriptTask('Set_NotVoluntary', 'Sonuç: gönüllü değil', undefined, { expression: '"not-voluntary"', result: 'returnOutcome' });
  b.end('End_NotVoluntary', 'Talep işleme alınmadı');
  b.chain('Error_NotVoluntary', 'Set_NotVoluntary', 'End_NotVoluntary');

  b.userTask('Task_NonRefoulement', 'Geri gönderme yasağı değerlendirmesi (Md. 4)', 'No one is returned to a place where they would face torture, inhuman or degrading treatment or persecution (Art. 4).', { form: 'vr-non-refoulement' });
  b.exclusive('Gateway_NonRefoulement', 'Geri dönüş güvenli mi?');
  b.chain('Start_Return', 'Task_Request', 'Task_Interview', 'Task_Screening', 'Task_NonRefoulement', 'Gateway_NonRefoulement');
  b.scriptTask('Set_Risk', 'Sonuç: geri gönderme yasağı', undefined, { expression: '"refoulement-risk"', result: 'returnOutcome' });
  notice(b, 'Notice_Risk', 'Geri dönüş yapılamaz bildirimi (Md. 4)', { noticeType: 'voluntary-return-blocked', citation: 'Art. 4', prefix: 'blocked' });
  b.end('End_Risk', 'Geri dönüş yapılmadı (Md. 4)');
  b.flow('Gateway_NonRefoulement', 'Set_Risk', { name: 'Hayır', isDefault: true });
  b.chain('Set_Risk', 'Notice_Risk', 'End_Risk');

  b.parallel('Gateway_Prepare', 'Hazırlık');
  b.userTask('Task_TravelDocuments', 'Seyahat belgesi ve konsolosluk teması', 'Travel document; the consulate is contacted only with the person\'s consent ([S0] Q9; Art. 110(2)–(3)).', { form: 'vr-travel-documents' });
  b.userTask('Task_Assistance', 'Yardım ve kuruluşlarla işbirliği (Md. 87)', 'Optional assistance in kind or cash (Art. 87(1)); cooperation with IOM, UNHCR or another organisation (Arts. 87(2), 92(1)).', { form: 'vr-assistance' });
  b.parallel('Gateway_Prepared', 'Hazır');
  b.flow('Gateway_NonRefoulement', 'Gateway_Prepare', { name: 'Evet', condition: 'nonRefoulementCleared = true' });
  b.flow('Gateway_Prepare', 'Task_TravelDocuments');
  b.flow('Gateway_Prepare', 'Task_Assistance');
  b.flow('Task_TravelDocuments', 'Gateway_Prepared');
  b.flow('Task_Assistance', 'Gateway_Prepared');

  // Effects depend on who returns (brief E.7).
  // A calling case that knows the person's status better at the end of the return (an application granted
  // meanwhile) applies the effect itself: effectsByCaller = true (brief E.7).
  b.exclusive('Gateway_EffectsBy', 'Etkileri kim işler?', 'With effectsByCaller = true the calling procedure applies withdrawal or cessation when the return ends, on the status the person has then.');
  b.exclusive('Gateway_Category', 'Kişinin durumu?');
  b.exclusive('Gateway_MergeCategory', 'Etkiler işlendi');
  b.flow('Gateway_Prepared', 'Gateway_EffectsBy');
  b.flow('Gateway_EffectsBy', 'Gateway_MergeCategory', { name: 'Çağıran süreç', condition: 'effectsByCaller = true' });
  b.flow('Gateway_EffectsBy', 'Gateway_Category', { name: 'Bu süreç', isDefault: true });
  b.scriptTask('Set_Withdrawal', 'Başvuru geri çekilmiş sayılır (Md. 77(1)(a))', 'For an applicant the written request is a withdrawal (Art. 77(1)(a)).', { expression: 'true', result: 'withdrawalEffective' });
  notice(b, 'Notice_Withdrawal', 'Geri çekme bildirimi (Md. 77(1)(a))', { noticeType: 'application-withdrawn', citation: 'Art. 77(1)(a)', prefix: 'withdrawal' });
  b.flow('Gateway_Category', 'Set_Withdrawal', { name: 'Başvuru sahibi', condition: 'personCategory = "applicant"' });
  b.chain('Set_Withdrawal', 'Notice_Withdrawal', 'Gateway_MergeCategory');
  b.userTask('Task_CessationOffer', 'Statünün sona ermesi usulünü teklif et (Md. 85)', 'Voluntary re-availment/return is a cessation ground (Art. 85(1)(a),(ç)): written notice and a chance to reply (Art. 85(4)); reasoned decision with appeal information (Art. 85(5)).', { form: 'vr-cessation-offer' });
  b.flow('Gateway_Category', 'Task_CessationOffer', { name: 'Statü sahibi', condition: 'personCategory = "status-holder"' });
  b.flow('Task_CessationOffer', 'Gateway_MergeCategory');
  b.serviceTask('Task_ProposeV87', 'V-87 tahdit kodunu öner', 'V-87 applies only to temporary-protection returnees ([S3]; Art. 91 regime).', { type: JOB.proposeRestriction, headers: { situation: 'tp-voluntary-return' } });
  b.flow('Gateway_Category', 'Task_ProposeV87', { name: 'Geçici koruma', condition: 'personCategory = "temporary-protection"' });
  b.flow('Task_ProposeV87', 'Gateway_MergeCategory');
  b.flow('Gateway_Category', 'Gateway_MergeCategory', { name: 'Mağdur', isDefault: true });

  b.userTask('Task_Exit', 'Sınır kapısından çıkışı kaydet', 'Exit at the border gate closes the case (brief E.7).', { form: 'vr-exit' });
  b.exclusive('Gateway_Departed', 'Çıkış yapıldı mı?');
  b.chain('Gateway_MergeCategory', 'Task_Exit', 'Gateway_Departed');
  b.scriptTask('Set_Departed', 'Sonuç: çıkış yaptı', undefined, { expression: '"departed"', result: 'returnOutcome' });
  b.end('End_Departed', 'Çıkış yapıldı — dosya kapandı');
  b.flow('Gateway_Departed', 'Set_Departed', { name: 'Evet', condition: 'departed = true' });
  b.flow('Set_Departed', 'End_Departed');
  b.scriptTask('Set_NotDeparted', 'Sonuç: çıkış yapılmadı', undefined, { expression: '"not-departed"', result: 'returnOutcome' });
  b.end('End_NotDeparted', 'Çıkış gerçekleşmedi');
  b.flow('Gateway_Departed', 'Set_NotDeparted', { name: 'Hayır', isDefault: true });
  b.flow('Set_NotDeparted', 'End_NotDeparted');
  return b;
}
