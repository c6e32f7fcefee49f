import * as fs from 'node:fs';
import { chromiumExecutable, NO_BROWSER_HINT } from './chromium-path';

describe('which Chromium the browser tests use', () => {
  it('takes CHROMIUM_PATH when it names an existing file', async () => {
    // given: any existing executable stands in for a user's Chrome
    const chosen = process.execPath;

    // when / then
    await expect(chromiumExecutable({ CHROMIUM_PATH: chosen })).resolves.toBe(chosen);
  });

  it('refuses a CHROMIUM_PATH that does not exist, saying what to do', async () => {
    await expect(chromiumExecutable({ CHROMIUM_PATH: '/nonexistent/chrome' })).rejects.toThrow(NO_BROWSER_HINT);
  });

  (process.platform === 'linux' && process.arch === 'x64' ? it : it.skip)('unpacks the Chromium bundled in the npm package when nothing is set (Linux x64)', async () => {
    const bundled = await chromiumExecutable({});
    expect(fs.statSync(bundled).isFile()).toBe(true);
    expect(fs.statSync(bundled).mode & 0o111).not.toBe(0);
  }, 60_000);
});
