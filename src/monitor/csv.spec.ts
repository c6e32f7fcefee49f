import { toCsv, trDate } from './csv';
import { percentile } from './durations';

describe('CSV for Turkish Excel', () => {
  it('starts with a BOM, separates with ";", uses the decimal comma and CRLF', () => {
    const text = toCsv(['Müdürlük', 'Medyan (saat)'], [['İzmir', 1.5], ['Şanlıurfa', 12]]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('Müdürlük;Medyan (saat)\r\nİzmir;1,5\r\nŞanlıurfa;12\r\n');
  });

  it('quotes separators and quotes, and defuses cells Excel would run as formulas', () => {
    expect(toCsv(['a'], [['x;y'], ['say "hi"'], ['=1+1'], [null]]).slice(1)).toBe('a\r\n"x;y"\r\n"say ""hi"""\r\n"\'=1+1"\r\n\r\n');
  });

  it('writes dates dd.MM.yyyy', () => {
    expect(trDate('2026-12-03')).toBe('03.12.2026');
  });
});

describe('percentile (nearest rank)', () => {
  it('gives the median and p90 of sorted durations', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});
