import { clearedSessionCookie, readCookie, sessionCookie } from './cookies';

describe('session cookie', () => {
  it('is httpOnly, SameSite=Strict, site-wide, with a lifetime; Secure on demand', () => {
    expect(sessionCookie('tok', 3600, false)).toBe('yukk_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600');
    expect(sessionCookie('tok', 3600, true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toContain('Max-Age=0');
  });

  it('reads one cookie among several, and ignores malformed ones', () => {
    expect(readCookie('a=1; yukk_session=abc_-; b=2', 'yukk_session')).toBe('abc_-');
    expect(readCookie('yukk_sessionx=1', 'yukk_session')).toBeUndefined();
    expect(readCookie('yukk_session=%E0%A4%A', 'yukk_session')).toBeUndefined();
    expect(readCookie(undefined, 'yukk_session')).toBeUndefined();
  });
});
