/**
 * Every procedure scenario once more, with the runtime credential configured the way an operator sets it
 * (YUKK_RUNTIME_USER / YUKK_RUNTIME_PASSWORD, README "Security") instead of the one the server generates:
 * the server's own job workers and UI API must keep working with nothing else set. jest gives each test file
 * its own process.env, so the setting stays in this file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

process.env.YUKK_RUNTIME_USER = 'yukk-test-runtime';
process.env.YUKK_RUNTIME_PASSWORD = 'configured-test-secret-4';

const scenarios = path.resolve(__dirname, '..');
for (const file of fs.readdirSync(scenarios).filter((f) => f.endsWith('.spec.ts')).sort()) {
  describe(`runtime credential configured — ${file}`, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(scenarios, file));
  });
}
