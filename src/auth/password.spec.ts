import { DUMMY_HASH, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with bcrypt and a per-password salt', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$2[aby]\$11\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batter', hash)).toBe(false);
  });

  it('has a dummy hash no password matches, so unknown users cost a comparison too', async () => {
    expect(DUMMY_HASH).toMatch(/^\$2[aby]\$11\$/);
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
  });
});
