// Imports every form into the form-js viewer in headless Chromium (catches schema errors the JSON
// alone does not show) and writes a PNG per form. Optional; needs a Chromium binary.
// Usage: node forms/tools/render.mjs <out-dir> [chromium-path]
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const formsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? 'data/forms';
const executablePath = process.argv[3] ?? process.env.CHROMIUM_PATH ?? 'chromium';
const distDir = join(dirname(require.resolve('@bpmn-io/form-js/package.json')), 'dist');
const viewer = await readFile(join(distDir, 'form-viewer.umd.js'), 'utf8');
const css = await readFile(join(distDir, 'assets', 'form-js.css'), 'utf8');

// Synthetic sample variables so tables and templates show something.
const sample = {
  applicationNumber: 'UK-2026-000123',
  applicationDate: '2026-05-04',
  interviewDueAt: '2026-06-03T23:59:59.999+03:00',
  acceleratedCriteria: [{ code: 'accelerated.misledAuthorities', citation: 'Art. 79(1)(b)', titleTr: 'Makamları yanıltmış olması' }],
  escalationTitle: '3 günlük görüşme süresi aşıldı',
  escalationCitation: 'Art. 79(2)',
};

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
let failures = 0;
for (const file of (await readdir(formsDir)).filter((f) => f.endsWith('.form')).sort()) {
  const schema = JSON.parse(await readFile(join(formsDir, file), 'utf8'));
  await page.setContent(`<html><head><style>${css}</style></head><body><div id="c"></div></body></html>`);
  await page.addScriptTag({ content: viewer });
  const result = await page.evaluate(async ({ schema, data }) => {
    try {
      const f = new window.FormViewer.Form({ container: document.querySelector('#c') });
      const { warnings } = await f.importSchema(schema, data);
      return { warnings: warnings.map((w) => String(w.message ?? w)) };
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  }, { schema, data: sample });
  if (result.error || result.warnings.length) failures++;
  await page.screenshot({ path: join(outDir, file.replace('.form', '.png')), fullPage: true });
  console.log(file, result.error ?? (result.warnings.length ? result.warnings : 'ok'));
}
await browser.close();
process.exitCode = failures ? 1 : 0;
