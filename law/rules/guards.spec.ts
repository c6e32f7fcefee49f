import { guardInadmissibilityGround, guardVictimTermination } from './guards';

const allSafe = { country: 'Ülke-A', appliedOrCouldHaveApplied: true, noThreatOnConventionGrounds: true, nonRefoulementApplied: true, canSeekRefugeeStatus: true, noRiskOfSeriousHarm: true, individualConnection: true };

describe('guards: a choice the rule forbids is refused, whatever the variables say', () => {
  it('duress: terminating is refused when the act was under coercion', () => {
    const v = guardVictimTermination({ expertReport: true, recontactedPerpetrators: true, conductVoluntary: true, underDuress: true }, true, 'Uzman raporuna göre sonlandırılmalı.');
    expect(v).toMatchObject({ accepted: false, ruleOutcome: 'continue' });
    expect(v.citation).toContain('[S2]');
  });
  it('terminating on a standing ground is accepted; not terminating needs a reason', () => {
    expect(guardVictimTermination({ expertReport: true, unwilling: true }, true, '')).toMatchObject({ accepted: true, outcome: 'terminate' });
    expect(guardVictimTermination({ expertReport: true, unwilling: true }, false, '')).toMatchObject({ accepted: false });
    expect(guardVictimTermination({ expertReport: true, unwilling: true }, undefined, 'Kişi programda kalmayı yeniden istedi.')).toMatchObject({ accepted: true, outcome: 'continue', departure: true });
  });
  it('Art. 74(2): ground (ç) is refused when a condition is unmet, naming it', () => {
    const v = guardInadmissibilityGround({ safeThirdCountry: { ...allSafe, nonRefoulementApplied: false } }, 'ç', 'x');
    expect(v).toMatchObject({ accepted: false, citation: 'Art. 74(2)' });
    // Each language's text in its own citation style: the Turkish form reads `Md.`, the English text `Art.`.
    expect(v).toMatchObject({ citationTr: 'Md. 74(2)' });
    expect(v.reasonTr).toContain('Md. 74(2)(b)');
    expect(v.reasonTr).not.toMatch(/\bArt\./);
    expect(v.reasonEn).toContain('Art. 74(2)(b)');
    expect(v.reasonEn).not.toMatch(/\bMd\./);
    expect(guardInadmissibilityGround({ safeThirdCountry: allSafe }, 'ç', '')).toMatchObject({ accepted: true, outcome: 'ç' });
  });
  it('Art. 73: ground (c) needs a first country of asylum', () => {
    expect(guardInadmissibilityGround({}, 'c', '').accepted).toBe(false);
    expect(guardInadmissibilityGround({ firstCountryOfAsylum: { sufficientEffectiveProtection: true } }, 'c', '').accepted).toBe(true);
  });
  it('choosing no ground although the rule found one is a departure with reasons', () => {
    expect(guardInadmissibilityGround({ safeThirdCountry: allSafe }, 'none', '').accepted).toBe(false);
    expect(guardInadmissibilityGround({ safeThirdCountry: allSafe }, 'none', 'Bireysel değerlendirmede bağlantı zayıf bulundu.')).toMatchObject({ accepted: true, departure: true });
  });
});
