import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CREDENTIAL_FILE, ensureRuntimeCredential, readRuntimeCredential } from './runtime-credential';

describe('runtime credential', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-cred-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is generated at first start, readable by the owner only, and the same at the next start', () => {
    const first = ensureRuntimeCredential(dir, {});
    const file = path.join(dir, CREDENTIAL_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.password.length).toBeGreaterThanOrEqual(40);
    expect(ensureRuntimeCredential(dir, {})).toEqual(first);
    expect(readRuntimeCredential(dir, {})).toEqual(first);
  });

  it('gives every data folder its own secret', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-cred-'));
    try {
      expect(ensureRuntimeCredential(other, {}).password).not.toBe(ensureRuntimeCredential(dir, {}).password);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('tightens a copied file back to 0600', () => {
    ensureRuntimeCredential(dir, {});
    const file = path.join(dir, CREDENTIAL_FILE);
    fs.chmodSync(file, 0o644);
    ensureRuntimeCredential(dir, {});
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('uses the configured credential and writes nothing then; half a configuration is an error', () => {
    const env = { YUKK_RUNTIME_USER: 'ops', YUKK_RUNTIME_PASSWORD: 'configured-secret-1' };
    expect(ensureRuntimeCredential(dir, env)).toEqual({ user: 'ops', password: 'configured-secret-1', source: 'environment' });
    expect(fs.existsSync(path.join(dir, CREDENTIAL_FILE))).toBe(false);
    expect(() => ensureRuntimeCredential(dir, { YUKK_RUNTIME_USER: 'ops' })).toThrow(/both/);
  });
});
