/**
 * Officer limits: the modeler and another group's task are refused in the browser and by the server (HTTP 403).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newUserPage, signIn } from './support/browser';
import { deployFixtures, readFixture, startSupervisionCase, waitForTask } from './support/fixtures';
import { ApiSession } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

describe('access (officer)', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let officer: ApiSession;
  let supervisor: ApiSession;

  beforeAll(async () => {
    server = await startE2eServer();
    await deployFixtures(await ApiSession.signIn(server.url, USERS.analyst, DEMO_PASSWORD));
    officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
    supervisor = await ApiSession.signIn(server.url, USERS.supervisor, DEMO_PASSWORD);
    browser = await launchBrowser();
    ({ page } = await newUserPage(browser, server.url));
    await signIn(page, USERS.officer);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
