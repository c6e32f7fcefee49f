/** A Chromium shipped inside an npm package (or CHROMIUM_PATH), driven by playwright-core; no browser is ever downloaded. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { chromiumExecutable } from './chromium-path';
import { DEMO_PASSWORD } from './server';

const RESULTS = path.resolve(__dirname, '..', '..', '..', 'test-results');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * A fresh context per user (own cookie jar). Requests leaving the test server are aborted and recorded:
 * the UI must not reach any other host.
 */
export async function newUserPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[]; pageErrors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'tr-TR', timezoneId: 'Europe/Istanbul' });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, foreignRequests, pageErrors };
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/#/signin');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('form.signin-card button[type=submit]');
  // Either the shell appears or the sign-in form shows why not (reported instead of a bare timeout).
  await page.waitForSelector('header.app-header, .signin-card .form-error:not([hidden])');
  const refused = await page.$('.signin-card .form-error:not([hidden])');
  if (refused) throw new Error(`sign-in as ${username} refused: ${await refused.textContent()}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Answers the next dialog the page opens (a confirm): yes or no. Resolves with its message. */
export function answerNextDialog(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    }),
  );
}
