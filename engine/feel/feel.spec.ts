import { evaluateFeel, FeelError, useFeelClock } from './feel';
import { parseExpression } from 'feelin';
import { canReference, changesParsing, fastEvalStats, setFastEvalEnabled } from './fast-eval';

type Outcome = { value: unknown; warnings: string[] } | { error: string };

function outcome(source: string, context: Record<string, unknown>): Outcome {
  try {
    return evaluateFeel(source, context);
  } catch (err) {
    expect(err).toBeInstanceOf(FeelError);
    return { error: (err as Error).message };
  }
}

/** The same evaluations with the parse cache off: what plain feelin evaluate() answers. */
function uncached(cases: [string, Record<string, unknown>][]): Outcome[] {
  setFastEvalEnabled(false);
  try {
    return cases.map(([source, context]) => outcome(source, context));
  } finally {
    setFastEvalEnabled(true);
  }
}

beforeEach(() => setFastEvalEnabled(true));
afterAll(() => useFeelClock(() => Date.now()));

describe('FEEL parse cache', () => {
  it('is active for the installed feelin and lezer-feel (a dependency upgrade switches it off until re-checked)', () => {
    expect(fastEvalStats().enabled).toBe(true);
  });

  it('reuses the parse for the same expression with different values', () => {
    // (`score > 10` alone is answered without feelin, see the comparison test below)
    expect(evaluateFeel('score * 2 > 20', { score: 12 })).toEqual({ value: true, warnings: [] });
    expect(evaluateFeel('score * 2 > 20', { score: 5 })).toEqual({ value: false, warnings: [] });
    expect(evaluateFeel('score * 2 > 20', { score: 12, other: 'x' })).toEqual({ value: true, warnings: [] });
    expect(fastEvalStats()).toMatchObject({ size: 1, hits: 2, misses: 1 });
  });

  it('parses context-sensitive names by the context they are evaluated with', () => {
    // `a-b` is a subtraction unless a variable is named `a-b`
    expect(evaluateFeel('a-b', { a: 5, b: 3 }).value).toBe(2);
    expect(evaluateFeel('a-b', { 'a-b': 7, a: 5, b: 3 }).value).toBe(7);
    expect(evaluateFeel('a-b', { a: 5, b: 3 }).value).toBe(2);
    expect(evaluateFeel('a-b', { 'a-b': 7, a: 5, b: 3 }).value).toBe(7);

    expect(evaluateFeel('first name', { 'first name': 'Ada' })).toEqual({ value: 'Ada', warnings: [] });
    expect(evaluateFeel('first name', { first: 'Ada' })).toEqual({ value: null, warnings: ["Variable 'first name' not found"] });
    expect(evaluateFeel('first name', { 'first name': 'Grace' })).toEqual({ value: 'Grace', warnings: [] });

    // nested names count too
    expect(evaluateFeel('applicant.date of birth', { applicant: { 'date of birth': '2001-02-03' } }).value).toBe('2001-02-03');
    expect(evaluateFeel('applicant.date of birth', { applicant: {} }).value).toBeNull();
  });

  it('does not let one evaluation’s warnings leak into the next', () => {
    expect(evaluateFeel('(x) > 1', {})).toEqual({ value: null, warnings: ["Variable 'x' not found"] });
    expect(evaluateFeel('(x) > 1', { x: 2 })).toEqual({ value: true, warnings: [] });
    expect(evaluateFeel('(x) > 1', {})).toEqual({ value: null, warnings: ["Variable 'x' not found"] });
    expect(fastEvalStats().hits).toBe(2);
  });

  it('does not turn a failure into a success, or a success into a failure', () => {
    expect(() => evaluateFeel('1 +', {})).toThrow(FeelError);
    expect(() => evaluateFeel('1 +', {})).toThrow(FeelError);

    // a variable named like a keyword breaks `and`, as in plain feelin; the same source still works without it
    expect(evaluateFeel('a and b', { a: true, b: true }).value).toBe(true);
    expect(() => evaluateFeel('a and b', { a: true, b: true, and: 1 })).toThrow(FeelError);
    expect(evaluateFeel('a and b', { a: true, b: true }).value).toBe(true);
    expect(() => evaluateFeel('a and b', { a: true, b: true, and: 1 })).toThrow(FeelError);
  });

  it('keeps now() and today() on the engine clock', () => {
    useFeelClock(() => Date.parse('2026-03-04T05:06:07Z'));
    expect(evaluateFeel('today()', {}).value).toBe('2026-03-04');
    useFeelClock(() => Date.parse('2027-01-01T00:00:00Z'));
    expect(evaluateFeel('today()', {}).value).toBe('2027-01-01');
    expect(evaluateFeel('string(now())', {}).value).toMatch(/^2027-01-01T00:00/);
  });

  it('is bounded', () => {
    for (let i = 0; i < 1100; i++) evaluateFeel(`x + ${i}`, { x: 1 });
    expect(fastEvalStats().size).toBe(1000);
    expect(evaluateFeel('x + 1099', { x: 1 }).value).toBe(1100);
  });

  it('evaluates contexts it cannot key (class instances) without the cache', () => {
    expect(evaluateFeel('string(d)', { d: new Date('2026-01-02T03:04:05Z') }).value).toMatch(/^2026-01-02T03:04:05/);
    expect(fastEvalStats().size).toBe(0);
  });

  it('leaves out of the key only names that cannot change a parse', () => {
    const sources = [
      'a and b', 'if x then y else z', 'x in [1..3]', 'x between 1 and 2', 'some i in l satisfies i > x',
      'for i in l return i.first name', 'x instance of list<number>', 'date("2026-01-31") + duration("P1M")',
      'count(l[item > 1])', 'get value(m, "k")', 'string length(x) + partial', 'applicant.first name',
      'function(a, b) a + b', 'a-b', 'x.y.z', 'upper case(s)', '1 +',
    ];
    const shape = (source: string, context: Record<string, unknown>) => {
      const nodes: string[] = [];
      parseExpression(source, context, undefined).iterate({ enter: (n) => void nodes.push(`${n.name}@${n.from}-${n.to}`) });
      return nodes.join(' ');
    };
    const words = new Set(sources.join(' ').match(/[A-Za-z_][A-Za-z0-9_]*/g));
    for (const w of ['item', 'partial', 'count', 'string', 'is', 'defined']) words.add(w);
    for (const word of words) {
      if (changesParsing(word)) continue;
      for (const source of sources) {
        const base = shape(source, { l: [1], m: { k: 1 } });
        expect([word, source, shape(source, { l: [1], m: { k: 1 }, [word]: { [word]: 1 } })]).toEqual([word, source, base]);
        expect([word, source, shape(source, { l: [{ [word]: 1 }], m: { k: 1, [word]: 1 } })]).toEqual([word, source, base]);
      }
    }
    for (const keyword of ['and', 'then', 'in', 'between', 'list', 'date', 'null', 'true', 'of', 'for', 'return']) {
      expect(changesParsing(keyword)).toBe(true);
    }
    expect(['first name', 'a-b', "o'neil", 'a.b', 'x+y', 'ünal', '?'].every(changesParsing)).toBe(true);
  });

  it('passes only the variables an expression can name', () => {
    expect(canReference('score > 10', 'score')).toBe(true);
    expect(canReference('score > 10', 'documents')).toBe(false);
    expect(canReference('first name = "Ada"', 'first name')).toBe(true);
    expect(canReference('first name = "Ada"', 'first  name')).toBe(true);
    expect(canReference('a - b', 'a-b')).toBe(true);
    expect(canReference('last name', 'first name')).toBe(false);
    expect(canReference('x', '?')).toBe(true);
    const proto = JSON.parse('{"__proto__": {"a": 1}, "b": 2}');
    expect(evaluateFeel('__proto__.a + b', proto)).toEqual(uncached([['__proto__.a + b', proto]])[0]);

    // the documents are neither copied nor keyed: unrelated names do not split the cache
    const documents = Array.from({ length: 200 }, (_, i) => ({ id: i, 'file name': `d${i}.pdf` }));
    expect(evaluateFeel('score * 1 > 10', { score: 12, documents })).toEqual({ value: true, warnings: [] });
    expect(evaluateFeel('score * 1 > 10', { score: 5, 'first name': 'Ada' })).toEqual({ value: false, warnings: [] });
    expect(evaluateFeel('count(documents[id > 197])', { score: 12, documents }).value).toBe(2);
    const renamed = documents.map(({ id }) => ({ id, 'document name': 'x' }));
    expect(evaluateFeel('count(documents[id > 197])', { documents: renamed }).value).toBe(2);
    expect(fastEvalStats()).toMatchObject({ hits: 2, misses: 2 });
  });

  it('answers a variable compared with a literal of its type as plain feelin does, without feelin', () => {
    const answeredHere: [string, Record<string, unknown>][] = [
      ['score > 10', { score: 12 }],
      ['score > 10', { score: 10 }],
      ['score >= 10', { score: 10 }],
      ['  score<10 ', { score: 9.5 }],
      ['score <= 0.1', { score: 0.1 }],
      ['score < -1.5', { score: -2 }],
      ['score > 10', { score: 1e300, other: 'x' }],
      ['score = 10', { score: 10 }],
      ['score != 10', { score: 10.5 }],
      ['score = 0.3', { score: 0.1 + 0.2 }],
      ['route = "accelerated"', { route: 'accelerated' }],
      ['route = "accelerated"', { route: 'Accelerated' }],
      ['route != "accelerated"', { route: 'regular' }],
      ['outcome = "ç"', { outcome: 'ç' }],
      ['accepted = false', { accepted: false }],
      ['accepted != true', { accepted: true }],
    ];
    const handedOn: [string, Record<string, unknown>][] = [
      // a value of another type, missing, a keyword, a name that changes the parse, another shape
      ['score > 10', { score: '12' }],
      ['score > 10', { score: null }],
      ['score > 10', {}],
      ['score > 10', { score: true }],
      ['route = "x"', { route: 3 }],
      ['accepted = false', { accepted: 'false' }],
      ['route < "b"', { route: 'a' }],
      ['null > 1', { null: 3 }],
      ['score > 10', { score: 12, 'score-x': 1 }],
      ['score > 10', { score: 12, 'score >': 1 }],
      ['score > 10 ', { score: [12] }],
      ['score > 1e3', { score: 2000 }],
      ['route = "a\\"b"', { route: 'a"b' }],
    ];
    const feelinCalls = () => fastEvalStats().hits + fastEvalStats().misses;
    const before = feelinCalls();
    const fast = answeredHere.map(([source, context]) => outcome(source, context));
    expect(feelinCalls()).toBe(before); // feelin was not asked
    expect(fast).toEqual(uncached(answeredHere));
    const cases = [...answeredHere, ...handedOn];
    expect(cases.map(([source, context]) => outcome(source, context))).toEqual(uncached(cases));
  });

  it('answers as plain feelin does over a mix of expressions and contexts', () => {
    // plain names only, then one name that changes parsing per context, so a key that missed it collides
    const plain = { x: 21, a: true, b: 3, first: 'F', name: 'N', nums: [1, 2, 3], applicant: { age: 17, unaccompanied: true } };
    const contexts: Record<string, unknown>[] = [
      {},
      plain,
      { x: 'a', a: { b: 5 }, applicant: { age: 30 } },
      { ...plain, 'a-b': 7 },
      { ...plain, 'first name': 'Ada' },
      { ...plain, and: 1 },
      { ...plain, then: 2 },
      { ...plain, date: '2026-01-01' },
      { ...plain, list: [1, 2] },
      { ...plain, applicant: { age: 17, 'first name': 'Ada' } },
      { ...plain, applicant: { age: 17, 'a-b': 7 } },
      { ...plain, items: [{ 'first name': 'A' }, { age: 3 }] },
      // names that reach the expression in other spellings or unnamed
      { ...plain, 'a - b': 8, 'a-b': 7 },
      { ...plain, 'first  name': 'two spaces' },
      { ...plain, '?': 5, item: 4, partial: 1 },
      { ...plain, count: 3, string: 'shadowed', 'başvuru tarihi': '2026-01-01' },
    ];
    const sources = [
      'x * 2', 'x > 5', 'a.b', 'a-b', 'a - b', 'applicant.a-b', 'first name', 'first name = "Ada"', 'a and b', 'x and true',
      'if applicant.age < 18 and applicant.unaccompanied then "minor" else "adult"', 'applicant.first name',
      'items[first name = "A"]', 'for i in items return i.first name', 'count(list)', 'nums[item > 1]', 'nums instance of list<number>',
      'date("2026-01-31") + duration("P1M")', 'date and time("2026-01-01T00:00:00Z") + duration("P1D")',
      'is defined(x)', 'get or else(x, "fallback")', '{"a": x, b: first name}', 'x instance of number',
      'some i in [1, 2] satisfies i > x', 'string length(x)', '1 +', 'foo(1)', 'if x then then else 1',
      '? > 1', 'x in (21)', 'a in (true)', 'nums[item > 1]', 'for i in nums return partial', 'başvuru tarihi', 'string(count)',
      '{inner: x}', 'function(q) q + x', 'a -b', 'count(items)', 'items[2].age', 'applicant.age',
    ];
    // every expression with every context, twice in opposite orders: a key that missed a name
    // would hand one context the parse of another
    const pairs = sources.flatMap((source) => contexts.map((context) => [source, context] as [string, Record<string, unknown>]));
    const cases = [...pairs, ...[...pairs].reverse()];
    const expected = uncached(cases);
    expect(cases.map(([source, context]) => outcome(source, context))).toEqual(expected);
    expect(fastEvalStats().hits).toBeGreaterThan(pairs.length);
  });
});
