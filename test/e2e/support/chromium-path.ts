/**
 * Which Chromium the browser tests drive. No test tool downloads a browser: the default is the Chromium that
 * ships inside the `@sparticuz/chromium` npm package (Linux x64; unpacked on first use, about 2 s), and
 * `CHROMIUM_PATH` (or Playwright's own `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`) points at any other
 * Chrome/Chromium a user prefers.
 */
import * as fs from 'node:fs';

export const NO_BROWSER_HINT =
  'No Chromium for the browser tests: the bundled one (@sparticuz/chromium) runs on Linux x64 only. ' +
  'Set CHROMIUM_PATH to a Chrome or Chromium executable on this machine and run npm test again.';

export async function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = env.CHROMIUM_PATH || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROMIUM_PATH=${chosen} does not exist. ${NO_BROWSER_HINT}`);
    return chosen;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(NO_BROWSER_HINT);
  // The package's default export unpacks the brotli-compressed binary (and the shared libraries it needs)
  // into the temporary folder once and returns its path.
  const bundled = (await import('@sparticuz/chromium')).default;
  return bundled.executablePath();
}
