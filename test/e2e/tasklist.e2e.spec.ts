/**
 * Officer: signs in, claims a task from the group queue, is stopped by form validation, completes it,
 * and the case moves on to its next step.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newUserPage, PROFILE_ROWS, PROFILES, screenshot, signIn } from './support/browser';
import { deployFixtures, startIntakeCase, waitForTask } from './support/fixtures';
import { ApiSession, until } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

let server: E2eServer;
let browser: Browser;
let officer: ApiSession;

// One server and one browser for both browser profiles.
beforeAll(async () => {
  server = await startE2eServer();
  await deployFixtures(await ApiSession.signIn(server.url, USERS.analyst, DEMO_PASSWORD));
  officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('task list (officer, %s)', (_name, profile) => {
  const first = PROFILES.indexOf(profile) === 0;
  let page: Page;
  let caseKey: string;
  let foreignRequests: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    caseKey = await startIntakeCase(officer);
    ({ page, foreignRequests, pageErrors } = await newUserPage(browser, server.url, profile));
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('claims a task, is stopped by validation, completes it, and the case moves on', async () => {
    // given
    const register = await waitForTask(officer, caseKey, 'Task_Register');
    await signIn(page, USERS.officer);
    await page.waitForSelector('[data-nav=tasks]');
    expect(await page.$('[data-nav=modeler]')).toBeNull();
    await page.waitForSelector(`[data-testid=task-queue] [data-task-key="${register.userTaskKey}"]`);

    // when: the officer opens and claims it
    await page.click(`[data-testid=task-queue] [data-task-key="${register.userTaskKey}"] a`);
    await page.waitForSelector(`[data-testid=task-detail][data-task-key="${register.userTaskKey}"]`);
    await page.waitForSelector('[data-testid=task-detail] [data-testid=days-left]');
    await page.waitForSelector('[data-testid=rule-results] .citation');
    await page.click('[data-testid=claim]');
    await page.waitForSelector('[data-testid=unclaim]');
    expect(await page.textContent('[data-testid=assignee]')).toBe(USERS.officer);

    // when: completing with the required fields empty
    await page.waitForSelector('[data-testid=task-form][data-ready=true]');
    await page.click('[data-testid=complete]');

    // then: stopped in the browser, nothing sent
    await page.waitForSelector('[data-testid=form-invalid]:not([hidden])');
    await page.waitForSelector('[data-testid=task-form] .fjs-form-field-error li:text-is("Bu alan zorunludur.")');
    if (first) await screenshot(page, 'tasklist.png');
    const still = await officer.ok('GET', `/api/tasks/${register.userTaskKey}`);
    expect(still.task.state).toBe('CREATED');

    // when: filled in and completed
    await page.getByLabel('Başvuru sahibinin adı').fill('Deneme Kişi');
    await page.getByLabel('Uyruk').fill('Sentetik');
    await page.waitForSelector('[data-testid=form-invalid][hidden]', { state: 'attached' });
    await page.click('[data-testid=complete]');

    // then: the case moves on to the review step, with the submitted data
    const review = await waitForTask(officer, caseKey, 'Task_Review');
    await page.waitForSelector(`[data-testid=task-queue] [data-task-key="${review.userTaskKey}"]`);
    expect(await page.$(`[data-testid=task-queue] [data-task-key="${register.userTaskKey}"]`)).toBeNull();
    const detail = await until(async () => {
      const d = await officer.ok('GET', `/api/tasks/${review.userTaskKey}`);
      return d.variables.applicantName ? d : null;
    }, 'submitted variables on the next task');
    expect(detail.variables).toMatchObject({ applicantName: 'Deneme Kişi', nationality: 'Sentetik' });
  });

  it("shows the case's diagram with the current step highlighted", async () => {
    // given: the review task of the case, opened by the officer
    const review = await waitForTask(officer, caseKey, 'Task_Review');
    await page.goto(`/#/tasks/${review.userTaskKey}`);

    // then: the diagram, or the state shown when the server gives no XML to this role
    await page.waitForSelector('.diagram-host [data-testid=task-diagram][data-ready=true], .diagram-host .state:not(.state-loading)');
    if (!(await page.$('[data-testid=task-diagram][data-ready=true]'))) {
      const xml = await officer.call('GET', `/api/process-definitions/${(review as unknown as { processDefinitionKey: string }).processDefinitionKey}/xml`);
      throw new Error(`no case diagram for the officer: no xml in the task detail, and GET /api/process-definitions/{key}/xml → ${xml.status}`);
    }
    await page.waitForSelector('[data-testid=task-diagram] .djs-element.step-current[data-element-id="Task_Review"]');
    await page.waitForSelector('[data-testid=task-diagram] [data-token="Task_Review"]');
    await page.locator('[data-testid=task-diagram]').scrollIntoViewIfNeeded();
    if (first) await screenshot(page, 'tasklist-diagram.png');
  });

  it('switches the UI to English', async () => {
    await page.click('[data-testid=lang-switch]');
    await page.waitForSelector('[data-nav=tasks]:text-is("Tasks")');
    await page.click('[data-testid=lang-switch]');
    await page.waitForSelector('[data-nav=tasks]:text-is("Görevler")');
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
