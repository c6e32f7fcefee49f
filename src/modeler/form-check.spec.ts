import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFormContent } from './form-check';

const FORMS = path.resolve(__dirname, '..', '..', 'forms');

describe('form check', () => {
  it('finds no error in the product’s forms', () => {
    for (const f of fs.readdirSync(FORMS).filter((x) => x.endsWith('.form'))) {
      expect({ f, messages: checkFormContent(f, fs.readFileSync(path.join(FORMS, f), 'utf8'), 'tr').messages }).toEqual({ f, messages: [] });
    }
  });

  it('names duplicate keys within one value path, keys missing, choices without options', () => {
    const form = { id: 'x', components: [
      { id: 'A', type: 'textfield', key: 'name' },
      { id: 'G', type: 'group', path: 'applicant', components: [{ id: 'B', type: 'textfield', key: 'name' }, { id: 'C', type: 'textfield', key: 'name' }] },
      { id: 'D', type: 'number' },
      { id: 'E', type: 'radio', key: 'choice' },
    ] };
    const { messages } = checkFormContent('x.form', JSON.stringify(form), 'en');
    expect(messages.map((m) => [m.elementId, m.rule])).toEqual([['C', 'form/duplicate'], ['D', 'form/key'], ['E', 'form/options']]);
    expect(messages[0].message).toContain('applicant.name');
  });

  it('refuses what is not a form', () => {
    expect(checkFormContent('x.form', 'nope', 'tr').messages[0].rule).toBe('form/json');
    expect(checkFormContent('x.form', '{"components":[]}', 'tr').messages[0].rule).toBe('form/id');
  });
});
