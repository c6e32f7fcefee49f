/**
 * Builds web/dist with Vite when it is missing or older than its sources, so a test run
 * always serves the UI it is testing. A lock directory keeps parallel jest workers from building twice.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WEB = path.join(ROOT, 'web');
const BUILT = path.join(WEB, 'dist', 'index.html');

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), 0);
}

export function webIsStale(): boolean {
  if (!fs.existsSync(BUILT)) return true;
  const sources = [path.join(WEB, 'src'), path.join(WEB, 'index.html'), path.join(WEB, 'vite.config.mjs'), path.join(ROOT, 'package-lock.json')].filter((p) => fs.existsSync(p));
  return Math.max(...sources.map(newestMtime)) > fs.statSync(BUILT).mtimeMs;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function ensureWebBuilt(): Promise<void> {
  if (!webIsStale()) return;
  const lock = path.join(os.tmpdir(), `yukk-web-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (attempt > 600) throw new Error(`web build lock ${lock} held too long`);
      await sleep(500);
      if (!webIsStale()) return;
    }
  }
  try {
    if (!webIsStale()) return;
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(WEB, 'vite.config.mjs'), '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      timeout: 300_000,
    });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
