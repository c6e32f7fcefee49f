/**
 * Which legal remedies are open against a decision, with the parameter of each period (Arts. 53(3), 68(7), 80).
 * Art. 80(1)(a): no Commission appeal against Art. 68, 72 and 79 decisions; court only.
 */
import type { ParameterId } from '../parameters/catalogue';

/** The decision appealed against. */
export type AppealableDecision =
  | 'inadmissible' // Art. 72
  | 'accelerated' // negative decision in the Art. 79 track
  | 'regular' // other international-protection decisions (e.g. Art. 78 rejection, cessation Art. 85)
  | 'applicantDetention' // Art. 68
  | 'removal'; // removal decision, Art. 53

export interface Remedy {
  code: 'commissionAppeal' | 'courtAction' | 'criminalJudgeOfPeace';
  citation: string;
  titleTr: string;
  titleEn: string;
  /** Period for filing (applicant deadline, E.3): expiry closes this path. Absent when the law sets none (Art. 68(7)). */
  filingPeriod?: ParameterId;
  /** Period for the ruling (authority deadline: escalate, never decide), when the law sets one. */
  rulingPeriod?: ParameterId;
  /** Whether filing stays removal until the ruling. */
  suspensive: boolean;
  suspensiveCitation?: string;
  /** Whether the ruling is final. */
  final: boolean;
}

export interface AppealRoutes {
  decision: AppealableDecision;
  remedies: Remedy[];
  /** Whether an appeal to the Commission is open; false for Art. 68, 72, 79 (Art. 80(1)(a)) and for removal decisions. */
  commissionAvailable: boolean;
}

/** TR, Art. 80(1)(ç)–(d), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «72 ve 79 uncu maddeler kapsamında verilen kararlara karşı, kararın tebliğinden itibaren on beş gün içinde idare mahkemesine başvurulabilir … Mahkeme on beş gün içinde karar verir; mahkemenin kararı kesindir» */
const COURT_IP = { code: 'courtAction', citation: 'Art. 80(1)(ç)', titleTr: 'İdare mahkemesinde dava', titleEn: 'Action before the administrative court' } as const;

export function appealRoutes(decision: AppealableDecision): AppealRoutes {
  switch (decision) {
    case 'inadmissible':
    case 'accelerated':
      return {
        decision,
        commissionAvailable: false,
        remedies: [{
          ...COURT_IP,
          filingPeriod: 'appeal.courtActionPeriodInadmissibleOrAccelerated',
          rulingPeriod: 'appeal.courtRulingPeriod',
          suspensive: true,
          suspensiveCitation: 'Art. 80(1)(e)',
          final: true,
        }],
      };
    case 'regular':
      return {
        decision,
        commissionAvailable: true,
        remedies: [
          {
            /** TR, Art. 80(1)(a), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «Uluslararası Koruma Değerlendirme Komisyonuna, kararın tebliğinden itibaren on gün içinde itiraz edilebilir» */
            code: 'commissionAppeal', citation: 'Art. 80(1)(a)',
            titleTr: 'Uluslararası Koruma Değerlendirme Komisyonuna itiraz', titleEn: 'Appeal to the International Protection Evaluation Commission',
            filingPeriod: 'appeal.commissionPeriod', suspensive: true, suspensiveCitation: 'Art. 80(1)(e)', final: false,
          },
          { ...COURT_IP, filingPeriod: 'appeal.courtActionPeriodOther', suspensive: true, suspensiveCitation: 'Art. 80(1)(e)', final: false },
        ],
      };
    case 'applicantDetention':
      return {
        decision,
        commissionAvailable: false,
        remedies: [{
          /** TR, Art. 68(7), Law No. 6458 as published 11.04.2013 (RG 28615) [K] — verify against the consolidated text: «İdari gözetim altına alınan kişi … idari gözetim kararına karşı sulh ceza hâkimine başvurabilir; başvuru idari gözetimi durdurmaz … sulh ceza hâkimi incelemeyi beş gün içinde sonuçlandırır» */
          code: 'criminalJudgeOfPeace', citation: 'Art. 68(7)',
          titleTr: 'Sulh ceza hâkimliğine başvuru (yürütmeyi durdurmaz)', titleEn: 'Application to the criminal judge of peace (not suspensive)',
          // The law sets no filing period, only the ruling period.
          rulingPeriod: 'applicantDetention.judgeRulingPeriod', suspensive: false, final: true,
        }],
      };
    case 'removal':
      return {
        decision,
        commissionAvailable: false,
        remedies: [{
          /** TR, Art. 53(3), as amended by Law No. 7196 (RG 24.12.2019) [K] — verify against the consolidated text: «Yabancı, kanuni temsilcisi veya avukatı, sınır dışı etme kararına karşı kararın tebliğinden itibaren yedi gün içinde idare mahkemesine başvurabilir … Mahkeme on beş gün içinde karar verir. Mahkemenin bu konuda vermiş olduğu karar kesindir.» (until 23.12.2019: «on beş gün içinde») */
          code: 'courtAction', citation: 'Art. 53(3)',
          titleTr: 'Sınır dışı etme kararına karşı idare mahkemesinde dava', titleEn: 'Action against the removal decision before the administrative court',
          filingPeriod: 'removal.appealPeriod', rulingPeriod: 'removal.courtRulingPeriod',
          // Subject to the person's consent; not for Art. 54(1)(b),(d),(k) and 54(2) cases.
          suspensive: true, suspensiveCitation: 'Art. 53(3) (except Art. 54(1)(b),(d),(k) and 54(2))', final: true,
        }],
      };
  }
}
