import { variableNames } from './audit-details';

describe('audit details', () => {
  it('lists variable names, sorted, never values', () => {
    const detail = variableNames({ nationality: 'synthetic-XQ', applicantName: 'Synthetic Person' });
    expect(detail).toBe('variables: applicantName, nationality');
    expect(detail).not.toContain('Synthetic');
    expect(variableNames({})).toBe('variables: (none)');
    expect(variableNames(undefined)).toBe('variables: (none)');
  });
});
