import { formValuePaths, variablesOutsideForm } from './form-bound-variables';

const schema = {
  components: [
    { type: 'text', id: 't', text: '## Başlık' },
    { type: 'textfield', id: 'a', key: 'route' },
    { type: 'checkbox', id: 'b', key: 'applicant.consented' },
    { type: 'group', id: 'g', path: 'facts', components: [{ type: 'checkbox', id: 'c', key: 'ageDisputed' }, { type: 'group', id: 'g2', components: [{ type: 'checkbox', id: 'd', key: 'misledAuthorities' }] }] },
    { type: 'dynamiclist', id: 'l', path: 'documents', components: [{ type: 'textfield', id: 'e', key: 'title' }] },
    { type: 'button', id: 's', action: 'submit' },
  ],
};

describe('form-bound completion variables', () => {
  const allowed = formValuePaths(schema);

  it('reads form-js value paths: dotted keys, group paths (a group without path adds nothing), dynamic lists as a whole', () => {
    expect([...allowed].sort()).toEqual(['applicant.consented', 'documents', 'facts.ageDisputed', 'facts.misledAuthorities', 'route']);
  });

  it('accepts the form\'s fields, groups sent as objects, and lists as a whole', () => {
    expect(variablesOutsideForm({ route: 'regular', facts: { ageDisputed: true, misledAuthorities: false }, applicant: { consented: true }, documents: [{ title: 'x' }] }, allowed)).toEqual([]);
    expect(variablesOutsideForm({}, allowed)).toEqual([]);
  });

  it('names every path the form does not have, also members smuggled inside a group object', () => {
    expect(variablesOutsideForm({ acceleratedApplies: true, facts: { ageDisputed: true, unaccompaniedMinor: true }, applicant: { fullName: 'X' } }, allowed).sort()).toEqual([
      'acceleratedApplies',
      'applicant.fullName',
      'facts.unaccompaniedMinor',
    ]);
  });

  it('refuses a scalar where the form has a group; a field\'s value is taken whole (its type is the form\'s concern)', () => {
    expect(variablesOutsideForm({ facts: true }, allowed)).toEqual(['facts']);
    expect(variablesOutsideForm({ route: { nested: 1 } }, allowed)).toEqual([]);
  });
});
