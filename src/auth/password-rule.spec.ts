import { passwordWeakness } from './password-rule';

describe('password rule', () => {
  it.each([
    ['aaaaaaaaaa', 'repeats too few different characters'],
    ['abababababab', 'repeats too few different characters'],
    ['abcdeabcde', 'repeats the same part'],
    ['1234512345', 'repeats the same part'],
    ['1234567890', 'is a run of consecutive characters'],
    ['9876543210', 'is a run of consecutive characters'],
    ['abcdefghijk', 'is a run of consecutive characters'],
    ['password123', 'is a common password'],
    ['Galatasaray1905!', 'is a common password'],
    ['ŞİFRE123456', 'is a common password'],
    ['qwertyuiop', 'is a common password'],
    ['short', 'must have at least 10 characters'],
  ])('refuses %s (%s)', (password, why) => {
    expect(passwordWeakness(password)).toBe(why);
  });

  it('refuses a password holding the user name', () => {
    expect(passwordWeakness('ayse.yilmaz-2026', 'ayse.yilmaz')).toBe('contains the user name');
  });

  it.each(['correct horse battery', 'Kış-masası-7-mavi', 'admin-password-1'])('accepts %s', (password) => {
    expect(passwordWeakness(password, 'someone')).toBeUndefined();
  });
});
