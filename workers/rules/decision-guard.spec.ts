import { decisionGuard } from './decision-guard';
import { periodEndHandler } from '../calendar/period-end';
import { detentionTerm } from '../calendar/detention-term';
import { removalGrounds } from './removal-grounds';
import { InvalidJobInputError } from '../support/job';

const job = (variables: Record<string, unknown>, customHeaders: Record<string, string> = {}) => ({ variables, customHeaders, jobKey: '1' });

describe('decision guard worker', () => {
  it('reads the facts and the choice, never a finding set by a caller', () => {
    const out = decisionGuard(job({ removalFacts: { inVictimSupportProcess: true, workingWithoutPermit: true }, removalDecision: 'remove', departureDays: 20, removalRuleOutcome: 'removable', guardClock: '2026-03-02T06:00:00Z[UTC]' }, { decision: 'removal-decision' }));
    expect(out.guard).toMatchObject({ accepted: false, ruleOutcome: 'barred', citation: 'Art. 55(1)(ç)' });
  });
  it('an unknown decision or a missing engine time is a modelling fault (incident), not a verdict', () => {
    expect(() => decisionGuard(job({}, { decision: 'nope' }))).toThrow(InvalidJobInputError);
    expect(() => decisionGuard(job({ removalDecision: 'remove' }, { decision: 'removal-decision' }))).toThrow(/guardClock/);
  });
});

describe('removal workers', () => {
  it('removal-grounds writes the rule findings', () => {
    const out = removalGrounds(job({ removalFacts: { unlawfulEntryOrExit: true, unknownFlag: true } }));
    expect(out).toMatchObject({ removalRuleOutcome: 'removable', departurePeriodWithheld: true, removalStaysDuringProceedings: true });
  });
  it('detention-term dates the detention by the engine time', () => {
    expect(detentionTerm(job({ detentionClock: '2026-01-13T07:00:00Z[UTC]' }))).toMatchObject({
      detentionStartedAt: '2026-01-13T10:00:00.000+03:00', transferDueAt: '2026-01-15T10:00:00.000+03:00', detentionCapAt: '2026-07-13T10:00:00.000+03:00',
    });
    expect(() => detentionTerm(job({}))).toThrow(InvalidJobInputError);
  });
  it('period-end with valueFrom counts the chosen departure period and refuses one below the minimum (Art. 56(1))', () => {
    const headers = { parameter: 'removal.departurePeriodMin', from: 'removalNotifiedAt', resultVariable: 'departureDueAt', citation: 'Art. 56(1)', valueFrom: 'departureDays' };
    expect(periodEndHandler(job({ removalNotifiedAt: '2026-03-02T09:00:00.000+03:00', departureDays: 15 }, headers))).toMatchObject({ departureDueAt: '2026-03-17T23:59:59.999+03:00' });
    expect(() => periodEndHandler(job({ removalNotifiedAt: '2026-03-02T09:00:00.000+03:00', departureDays: 10 }, headers))).toThrow(/≥ 15/);
  });
});
