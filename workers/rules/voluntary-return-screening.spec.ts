import { BpmnError } from '../support/job';
import { job } from '../test/input';
import { RETURN_NOT_VOLUNTARY, voluntaryReturnScreening } from './voluntary-return-screening';

const request = { writtenRequest: true, identityAndTravelDocument: true, voluntarinessRecorded: true, destination: 'origin' };
const effectCodes = (v: unknown) => (v as Array<{ code: string }>).map((e) => e.code);

describe('yukk.rules.voluntary-return-screening', () => {
  it('for an applicant: the request is a withdrawal (Art. 77(1)(a))', () => {
    const out = voluntaryReturnScreening(job({ ...request, personCategory: 'applicant' }));
    expect(out.returnEligibility).toEqual([expect.objectContaining({ citation: 'Art. 87(1)' })]);
    expect(effectCodes(out.returnEffects)).toContain('withdrawal');
    // non-refoulement is screened after this task: pending, never assumed
    expect(out.returnChecks).toEqual(expect.arrayContaining([expect.objectContaining({ citation: 'Art. 4', state: 'pending' })]));
  });

  it('for a status holder: cessation is only offered (Art. 85)', () => {
    const out = voluntaryReturnScreening(job({ ...request, personCategory: 'status-holder' }));
    expect(out.returnEffects).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cessationOffered', offerOnly: true })]));
    expect(effectCodes(out.returnEffects)).not.toContain('withdrawal');
  });

  it('for a victim: travel documents, and informed consent is required', () => {
    expect(effectCodes(voluntaryReturnScreening(job({ ...request, personCategory: 'victim', informedConsent: true })).returnEffects)).toContain('travelDocuments');
    expect(() => voluntaryReturnScreening(job({ ...request, personCategory: 'victim' }))).toThrow(BpmnError);
  });

  it('V-87 only for temporary-protection returnees', () => {
    expect(effectCodes(voluntaryReturnScreening(job({ ...request, personCategory: 'temporary-protection' })).returnEffects)).toContain('restrictionCodeV87');
    expect(effectCodes(voluntaryReturnScreening(job({ ...request, personCategory: 'applicant' })).returnEffects)).not.toContain('restrictionCodeV87');
  });

  it('throws RETURN_NOT_VOLUNTARY when voluntariness was not confirmed in the interview', () => {
    expect(() => voluntaryReturnScreening(job({ ...request, voluntarinessRecorded: false, personCategory: 'applicant' }))).toThrow(
      expect.objectContaining({ errorCode: RETURN_NOT_VOLUNTARY }),
    );
  });
});
