/**
 * Officer limits: the modeler and another group's task are refused in the browser and by the server (HTTP 403).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newUserPage, PROFILE_ROWS, PROFILES, screenshot, signIn } from './support/browser';
import { deployFixtures, readFixture, startSupervisionCase, waitForTask } from './support/fixtures';
import { ApiSession } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

let server: E2eServer;
let browser: Browser;
let officer: ApiSession;
let supervisor: ApiSession;

// One server and one browser for both browser profiles.
beforeAll(async () => {
  server = await startE2eServer();
  await deployFixtures(await ApiSession.signIn(server.url, USERS.analyst, DEMO_PASSWORD));
  officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
  supervisor = await ApiSession.signIn(server.url, USERS.supervisor, DEMO_PASSWORD);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('sign-in (%s)', (_name, profile) => {
  const n = PROFILES.indexOf(profile);
  const newUser = `e2e.officer${n + 2}`;

  it('refuses a wrong password, signs in, shows only the permitted views, and signs out', async () => {
    // given
    const { page } = await newUserPage(browser, server.url, profile);
    await page.goto('/#/monitor');
    await page.waitForSelector('form.signin-card');

    // when: a wrong password
    await page.fill('#username', USERS.manager);
    await page.fill('#password', 'not-the-password');
    await page.click('form.signin-card button[type=submit]');

    // then
    await page.waitForSelector('.signin-card .form-error:not([hidden])');
    expect(await page.$('header.app-header')).toBeNull();

    // when: the right one
    await signIn(page, USERS.manager);

    // then: manager navigation only
    await page.waitForSelector('[data-nav=monitor]');
    expect(await page.$('[data-nav=tasks]')).toBeNull();
    expect(await page.$('[data-nav=modeler]')).toBeNull();

    // when: signing out
    await page.click('[data-testid=signout]');

    // then: back at sign-in, and the session is gone on the server too
    await page.waitForSelector('form.signin-card');
    await page.goto('/#/monitor');
    await page.waitForSelector('form.signin-card');
    await page.context().close();
  });

  it('lets a manager create a user who can sign in, and deactivate them again', async () => {
    // given
    const { page } = await newUserPage(browser, server.url, profile);
    await signIn(page, USERS.manager);
    await page.click('[data-nav=users]');
    await page.waitForSelector(`[data-testid=user-table] [data-username="${USERS.officer}"]`);

    // when: a new officer is created
    await page.fill('[data-testid=user-form] input[name=username]', newUser);
    await page.fill('[data-testid=user-form] input[name=displayName]', 'Sentetik Memur');
    await page.fill('[data-testid=user-form] input[name=password]', 'e2e-password-123');
    await page.check('[data-testid=user-form] input[name=roles][value=officer]');
    await page.fill('[data-testid=user-form] input[name=groups]', 'officers');
    await page.click('[data-testid=user-form] button[type=submit]');

    // then: listed, and able to sign in as an officer
    await page.waitForSelector(`[data-testid=user-table] [data-username="${newUser}"]`);
    if (n === 0) await screenshot(page, 'users.png');
    const other = await newUserPage(browser, server.url, profile);
    await signIn(other.page, newUser, 'e2e-password-123');
    await other.page.waitForSelector('[data-nav=tasks]');

    // when: deactivated
    await page.click(`[data-testid=user-table] [data-username="${newUser}"] [data-testid=toggle-active]`);
    await page.waitForSelector(`[data-testid=user-table] [data-username="${newUser}"].muted`);

    // then: the open session ends
    await other.page.goto('/#/tasks');
    await other.page.reload();
    await other.page.waitForSelector('form.signin-card');
    await other.context.close();
    await page.context().close();
  });
});

describe.each(PROFILE_ROWS)('access (officer, %s)', (_name, profile) => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await newUserPage(browser, server.url, profile));
    await signIn(page, USERS.officer);
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('cannot open the modeler', async () => {
    // when
    await page.goto('/#/modeler');

    // then: no link, a designed refusal, and the server says 403 to the modeler's calls
    await page.waitForSelector('[data-state=error][data-status="403"]');
    expect(await page.$('[data-nav=modeler]')).toBeNull();
    expect((await officer.call('GET', '/api/process-definitions')).status).toBe(403);
    expect((await officer.call('POST', '/api/deployments', { resources: [readFixture('e2e-intake.bpmn')] })).status).toBe(403);
  });

  it("cannot open another group's task", async () => {
    // given: a task for the supervisors group only
    const caseKey = await startSupervisionCase(officer);
    const task = await waitForTask(supervisor, caseKey, 'Task_Approve');

    // when
    await page.goto(`/#/tasks/${task.userTaskKey}`);

    // then: not in the queue, refused on the page and by the server
    await page.waitForSelector('.detail-host [data-state=error][data-status="403"]');
    await page.waitForSelector('.queue-host [data-testid=task-queue], .queue-host [data-state=empty]');
    expect(await page.$(`[data-task-key="${task.userTaskKey}"]`)).toBeNull();
    expect((await officer.call('GET', `/api/tasks/${task.userTaskKey}`)).status).toBe(403);
    expect((await officer.call('POST', `/api/tasks/${task.userTaskKey}/claim`)).status).toBe(403);
    expect((await officer.call('POST', `/api/tasks/${task.userTaskKey}/complete`, { variables: {} })).status).toBe(403);
  });
});
