import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ServerProcess, startServerProcess } from '../../bench/server-process';
import { basicAuthorization } from '../../src/runtime/runtime-credential';

/** Runs the built server (`npm run build:server`) and waits for it to exit; its output and exit code. */
function runToExit(dataDir: string): Promise<{ code: number | null; output: string }> {
  const main = path.resolve(__dirname, '..', '..', 'dist', 'src', 'main.js');
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PROCESSES_DIR: path.join(dataDir, 'none'), FORMS_DIR: path.join(dataDir, 'none'), YUKK_WORKERS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('one server per data folder', () => {
  let dir: string;
  let first: ServerProcess | undefined;

  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-lock-e2e-'))));
  afterEach(async () => {
    await first?.stop('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('makes a second server on the same folder exit with a message naming the folder and the running process', async () => {
    // given
    first = await startServerProcess(dir, { YUKK_WORKERS: 'off' });

    // when
    const second = await runToExit(dir);

    // then
    expect(second.code).toBe(1);
    expect(second.output).toContain(`The data folder ${dir} is in use by another yukk-flow server (process ${first.child.pid})`);
    expect(second.output).not.toMatch(/SqliteError|at .*\.js:\d+/);
    // and the first one still answers
    expect((await fetch(`${first.url}/v2/topology`, { headers: { authorization: basicAuthorization(first.credential) } })).status).toBe(200);
  });

  it('starts after the holder was killed (the lock survives a crash and is taken over)', async () => {
    // given a server killed without a chance to clean up
    first = await startServerProcess(dir, { YUKK_WORKERS: 'off' });
    await first.stop('SIGKILL');
    expect(fs.existsSync(path.join(dir, 'server.lock'))).toBe(true);

    // when / then
    first = await startServerProcess(dir, { YUKK_WORKERS: 'off' });
    expect(fs.readFileSync(path.join(dir, 'server.lock'), 'utf8').trim()).toBe(String(first.child.pid));
  });
});
