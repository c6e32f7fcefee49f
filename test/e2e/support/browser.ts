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
 * The browsers the UI must work in: an office PC in Turkey, and an ordinary English-language browser on UTC (dates
 * and times must still be the law's: dd.MM.yyyy, Europe/Istanbul). Every browser suite runs once per profile.
 */
export interface BrowserProfile {
  name: string;
  locale: string;
  timezoneId: string;
}
export const PROFILES: BrowserProfile[] = [
  { name: 'tr-TR, Europe/Istanbul', locale: 'tr-TR', timezoneId: 'Europe/Istanbul' },
  { name: 'en-US, UTC', locale: 'en-US', timezoneId: 'UTC' },
];
/** For describe.each: `[name, profile]` rows. */
export const PROFILE_ROWS = PROFILES.map((p) => [p.name, p] as const);

/** A phone (iPhone 12–15 class, 390 × 844 CSS px), with touch. */
export const PHONE = { width: 390, height: 844 };

/**
 * A fresh context per user (own cookie jar). Requests leaving the test server are aborted and recorded:
 * the UI must not reach any other host.
 */
export async function newUserPage(
  browser: Browser,
  baseUrl: string,
  profile: BrowserProfile = PROFILES[0],
  viewport: { width: number; height: number } = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[]; pageErrors: string[] }> {
  const phone = viewport.width <= 480;
  const context = await browser.newContext({ baseURL: baseUrl, viewport, acceptDownloads: true, locale: profile.locale, timezoneId: profile.timezoneId, hasTouch: phone, isMobile: phone });
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

export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  return file;
}

/** Width the page would scroll sideways by (0 when nothing overflows the viewport). Runs in the page (no DOM types here). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth');
}

/**
 * Visible interactive elements under `scope` smaller than `min` CSS px in height (tap targets), described for the
 * failure message; `except` leaves out elements matching a selector.
 */
export function smallTapTargets(page: Page, scope: string, min = 40, except = ''): Promise<string[]> {
  const args = JSON.stringify({ scope, min, except });
  return page.evaluate<string[]>(`(() => {
    const { scope, min, except } = ${args};
    const selector = ['a[href]', 'button', 'input:not([type=checkbox]):not([type=radio])', 'select', 'textarea'].map((s) => scope + ' ' + s).join(', ');
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.offsetParent !== null && !(except && el.matches(except)))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && box.height < min)
      .map(({ el, box }) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.') + ' "' + (el.textContent || '').trim().slice(0, 30) + '" ' + Math.round(box.height) + 'px');
  })()`);
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
