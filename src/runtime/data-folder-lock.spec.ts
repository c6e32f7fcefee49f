import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DataFolderInUseError, LOCK_FILE, lockDataFolder } from './data-folder-lock';

describe('data folder lock', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-lock-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder in this process and names the folder', () => {
    const lock = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
    expect(() => lockDataFolder(dir)).toThrow(dir);
    lock.release();
    lockDataFolder(dir).release();
  });

  it('takes over the lock of a process that crashed', () => {
    // given a lock left by a process that no longer runs
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${gone.stdout.toString()}\n`);

    // when / then
    const lock = lockDataFolder(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses while the holder runs, naming its pid', () => {
    // given a lock held by a running process (the parent of this jest worker stands in for a server)
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    try {
      lockDataFolder(dir);
      throw new Error('locked twice');
    } catch (err) {
      expect(err).toBeInstanceOf(DataFolderInUseError);
      expect((err as Error).message).toContain(`process ${process.ppid}`);
    }
  });
});
