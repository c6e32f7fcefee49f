import { FeelError, evaluateFeel, useFeelClock } from './feel';
import { needsBoundedEvaluation, stopFeelSandbox } from './bounded-eval';

describe('FEEL with limits', () => {
  afterAll(() => stopFeelSandbox());

  it('sends only expressions that can do unbounded work to the sandbox', () => {
    for (const e of ['score > 10', 'applicant.name', 'format = "x"', 'if a then b else c', 'sum([1,2,3])', 'string length(name) > 3']) expect(needsBoundedEvaluation(e)).toBe(false);
    for (const e of ['for x in xs return x', 'some x in xs satisfies x > 1', 'every x in xs satisfies x', '1..10', 'matches(a, "(a+)+$")', 'replace(a, "x", "y")', 'split(a, ",")', '{f: function(n) n}.f(1)']) {
      expect(needsBoundedEvaluation(e)).toBe(true);
    }
  });

  it('answers in the sandbox exactly as in-thread: lists, quantifiers, temporal values, built-ins, the engine clock', () => {
    useFeelClock(() => Date.parse('2026-03-02T10:00:00Z'));
    try {
      expect(evaluateFeel('for x in xs return x * 2', { xs: [1, 2, 3] }).value).toEqual([2, 4, 6]);
      expect(evaluateFeel('some x in xs satisfies x > 2', { xs: [1, 2, 3] }).value).toBe(true);
      expect(evaluateFeel('for d in [date("2024-01-01")] return d + duration("P1D")', {}).value).toEqual(['2024-01-02']);
      expect(evaluateFeel('for x in [1] return today()', {}).value).toEqual(['2026-03-02']);
      expect(evaluateFeel('for x in [a, b] return is defined(x)', { a: 1, b: null }).value).toEqual([true, false]);
      expect(evaluateFeel('matches(name, "^Z")', { name: 'Zerrin' }).value).toBe(true);
    } finally {
      useFeelClock(() => Date.now());
    }
  });

  it('stops a FEEL bomb at its limit with an error naming the expression, and evaluates the next one normally', () => {
    const bomb = 'count(for x in 1..3000, y in 1..3000 return 1)';
    let error: unknown;
    try {
      evaluateFeel(bomb, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeelError);
    expect((error as Error).message).toContain(bomb);
    expect((error as Error).message).toMatch(/exceeded its limit/);
    expect(evaluateFeel('count(for x in 1..300 return x)', {}).value).toBe(300);
  });

  it('turns a stack overflow into a FEEL error', () => {
    const deep = { v: {} as Record<string, unknown> };
    let node = deep.v;
    for (let i = 0; i < 20_000; i++) node = (node.n = {}) as Record<string, unknown>;
    expect(() => evaluateFeel('v != null', deep)).not.toThrow(RangeError);
  });

  it('keeps syntax and evaluation failures in the sandbox as FEEL errors', () => {
    expect(() => evaluateFeel('for x in [1] return x +', {})).toThrow(FeelError);
  });
});
