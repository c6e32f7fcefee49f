/**
 * Every procedure in processes/ opened in the browser modeler and saved again keeps all its zeebe:
 * extension elements: the modeler must never drop execution semantics it does not render.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newUserPage, PROFILE_ROWS, signIn } from './support/browser';
import { E2eServer, startE2eServer, USERS } from './support/server';
import { zeebeExtensions } from './support/zeebe-extensions';

const PROCESSES = path.resolve(__dirname, '..', '..', 'processes');
const diagrams = fs.existsSync(PROCESSES) ? fs.readdirSync(PROCESSES).filter((f) => f.endsWith('.bpmn')).sort() : [];

let server: E2eServer;
let browser: Browser;

// One server and one browser for both browser profiles.
beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('modeler round trip of processes/*.bpmn (%s)', (_name, profile) => {
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ({ page, pageErrors } = await newUserPage(browser, server.url, profile));
    await signIn(page, USERS.analyst);
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('finds the procedures', () => {
    expect(diagrams.length).toBeGreaterThan(0);
  });

  it.each(diagrams)('%s keeps its zeebe extension elements', async (file) => {
    // given
    const original = fs.readFileSync(path.join(PROCESSES, file), 'utf8');
    await page.goto('/#/modeler');
    await page.waitForSelector('[data-testid=modeler-canvas] .djs-container');

    // when
    await page.setInputFiles('[data-testid=open-file]', path.join(PROCESSES, file));
    await page.waitForSelector(`[data-testid=modeler-title]:has-text("${file}")`);
    // the diagram is on the canvas (its start event drawn) before it is exported
    const startId = /<bpmn:startEvent id="([^"]+)"/.exec(original)![1];
    await page.waitForSelector(`[data-testid=modeler-canvas] .djs-element[data-element-id="${startId}"]`, { state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xml]')]);
    const saved = fs.readFileSync((await download.path())!, 'utf8');

    // then
    const before = await zeebeExtensions(original);
    const after = await zeebeExtensions(saved);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});
