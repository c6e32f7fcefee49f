import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InvalidParameterFileError, loadParameterFiles, validateParameter } from './load';
import { listParameters } from './registry';

const good = {
  id: 'test.example',
  titleTr: 'Örnek süre',
  titleEn: 'Example period',
  citation: 'Art. 80(1)(ç)',
  unit: 'days',
  bound: 'exact',
  kind: 'applicant',
  startsFrom: 'notification',
  values: { '2014-04-11': { value: 15, reference: 'Law No. 6458' }, '2019-12-24': { value: 7, reference: 'Law No. 7196' } },
  officialText: 'Law No. 6458, consolidated text',
};

describe('parameter data files', () => {
  it('every parameter of the registry comes from a file named after its id, with the official text referenced', () => {
    const dir = path.join(__dirname, 'data');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(listParameters().map((p) => `${p.id}.json`).sort()).toEqual(files.sort());
    for (const p of listParameters()) if (p.kind !== 'product') expect(p.officialText).toMatch(/6458/);
  });

  it('adding a file is all it takes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-params-'));
    fs.writeFileSync(path.join(dir, 'test.example.json'), JSON.stringify(good));
    expect(loadParameterFiles(dir).map((p) => p.id)).toEqual(['test.example']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a count of occurrences (Art. 77(1)(b)) as a unit', () => {
    expect(validateParameter('test.example.json', { ...good, unit: 'count', bound: 'min' }).unit).toBe('count');
  });

  it.each([
    ['id not matching the file name', { ...good, id: 'other.id' }, /file name/],
    ['citation without Turkish-style lettering', { ...good, citation: 'Article 80' }, /citation/],
    ['unknown unit', { ...good, unit: 'weeks' }, /unit/],
    ['a value without its enacting law', { ...good, values: { '2014-04-11': { value: 15 } } }, /reference/],
    ['an effective date that is not a date', { ...good, values: { '2014/04/11': { value: 15, reference: 'Law No. 6458' } } }, /effective date/],
    ['a statutory parameter without the official text', { ...good, officialText: undefined }, /officialText/],
  ])('refuses %s, naming the file and the field', (_what, raw, message) => {
    expect(() => validateParameter('test.example.json', raw)).toThrow(InvalidParameterFileError);
    expect(() => validateParameter('test.example.json', raw)).toThrow(message);
  });
});
