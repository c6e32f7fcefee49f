// Renders each diagram with the bpmn-js viewer in headless Chromium and writes PNG screenshots, to
// check by eye that the generated layout reads well. Optional; needs a Chromium binary.
// Usage: node processes/tools/render.mjs <out-dir> [chromium-path]
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.argv[2] ?? 'data/diagrams';
// Same choice as the browser tests: an explicit path, CHROMIUM_PATH, or the Chromium bundled in @sparticuz/chromium.
const executablePath = process.argv[3] ?? process.env.CHROMIUM_PATH ?? (await (await import('@sparticuz/chromium')).default.executablePath());
const viewer = await readFile(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const css = await readFile(require.resolve('bpmn-js/dist/assets/bpmn-js.css'), 'utf8');

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 3000, height: 1800 } });
for (const file of (await readdir(join(here, '..'))).filter((f) => f.endsWith('.bpmn'))) {
  const xml = await readFile(join(here, '..', file), 'utf8');
  await page.setContent(`<html><head><style>${css} html,body,#c{margin:0;width:100%;height:100%}</style></head><body><div id="c"></div></body></html>`);
  await page.addScriptTag({ content: viewer });
  const warnings = await page.evaluate(async (x) => {
    const v = new window.BpmnJS({ container: '#c' });
    const { warnings } = await v.importXML(x);
    v.get('canvas').zoom('fit-viewport');
    return warnings.map((w) => w.message);
  }, xml);
  await page.screenshot({ path: join(outDir, file.replace('.bpmn', '.png')) });
  console.log(file, warnings.length ? warnings : 'ok');
}
await browser.close();
