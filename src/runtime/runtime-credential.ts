import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The credential every /v2 caller must present (HTTP Basic). /v2 bypasses the UI's roles and audit, so a request
 * must prove it is not a browser page: a page cannot know this secret. Either configured
 * (YUKK_RUNTIME_USER / YUKK_RUNTIME_PASSWORD) or generated at first start and kept in the data folder, readable by
 * the server's own account only (mode 0600). The server's job workers and UI API use it without further settings;
 * other clients on the host read it from the file (see docs/security.md).
 */
export interface RuntimeCredential {
  user: string;
  password: string;
  source: 'environment' | 'data folder';
}

export const CREDENTIAL_FILE = 'runtime-credential.json';
const GENERATED_USER = 'yukk-runtime';

function fromEnvironment(env: NodeJS.ProcessEnv): RuntimeCredential | undefined {
  const { YUKK_RUNTIME_USER: user, YUKK_RUNTIME_PASSWORD: password } = env;
  if (!user && !password) return undefined;
  if (!user || !password) throw new Error('Set both YUKK_RUNTIME_USER and YUKK_RUNTIME_PASSWORD, or neither (a credential is then generated in the data folder)');
  if (user.includes(':')) throw new Error('YUKK_RUNTIME_USER must not contain ":" (HTTP Basic)');
  return { user, password, source: 'environment' };
}

function readFile(file: string): RuntimeCredential | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const parsed = JSON.parse(text) as { user?: unknown; password?: unknown };
  if (typeof parsed.user !== 'string' || typeof parsed.password !== 'string' || !parsed.user || !parsed.password) {
    throw new Error(`${file} does not hold a runtime credential ({"user": …, "password": …}); delete it to have a new one generated`);
  }
  return { user: parsed.user, password: parsed.password, source: 'data folder' };
}

/** The credential a client on this host uses for a server on `dataDir` (read-only: for tests, benches, tools). */
export function readRuntimeCredential(dataDir: string, env: NodeJS.ProcessEnv = process.env): RuntimeCredential {
  const configured = fromEnvironment(env);
  if (configured) return configured;
  const stored = readFile(path.join(dataDir, CREDENTIAL_FILE));
  if (!stored) throw new Error(`No runtime credential in ${dataDir} (the server writes ${CREDENTIAL_FILE} at its first start)`);
  return stored;
}

/** The server's credential: configured, or the one in the data folder, generated there when missing. */
export function ensureRuntimeCredential(dataDir: string, env: NodeJS.ProcessEnv = process.env): RuntimeCredential {
  const configured = fromEnvironment(env);
  if (configured) return configured;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, CREDENTIAL_FILE);
  const stored = readFile(file);
  if (stored) {
    // A copy restored from a backup may have lost its mode: the secret is for this account only.
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return stored;
  }
  const created: RuntimeCredential = { user: GENERATED_USER, password: randomBytes(32).toString('base64url'), source: 'data folder' };
  // 'wx': if another process created it in the meantime, fail rather than overwrite the secret it uses.
  fs.writeFileSync(file, JSON.stringify({ user: created.user, password: created.password }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  return created;
}

/** The Authorization header value for the credential. */
export function basicAuthorization(credential: Pick<RuntimeCredential, 'user' | 'password'>): string {
  return `Basic ${Buffer.from(`${credential.user}:${credential.password}`, 'utf8').toString('base64')}`;
}

/** @camunda8/sdk settings for the credential. */
export function sdkBasicAuth(credential: Pick<RuntimeCredential, 'user' | 'password'>) {
  return { CAMUNDA_AUTH_STRATEGY: 'BASIC' as const, CAMUNDA_BASIC_AUTH_USERNAME: credential.user, CAMUNDA_BASIC_AUTH_PASSWORD: credential.password };
}
