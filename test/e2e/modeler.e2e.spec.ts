/**
 * Analyst: opens a deployed procedure, breaks it (lint error on the canvas and in the list), fixes it,
 * deploys a new version, and sees the change in the version diff.
 */
import type { Browser, Page } from 'playwright-core';
import { answerNextDialog, launchBrowser, newUserPage, PROFILE_ROWS, screenshot, signIn } from './support/browser';
import { deployFixtures } from './support/fixtures';
import { ApiSession } from './support/http';
import { lintSettled, openDeployedProcess, openGroup, selectElement } from './support/modeler-page';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

/** The question the UI asks before unsaved work is lost, in either language. */
const UNSAVED_QUESTION = /yayımlanmadı|not deployed/;

// Once per browser profile (tr-TR/Istanbul, en-US/UTC), each on a fresh server: the versions it deploys start at 1.
describe.each(PROFILE_ROWS)('modeler (analyst, %s)', (_name, profile) => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let analyst: ApiSession;
  let foreignRequests: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    server = await startE2eServer();
    analyst = await ApiSession.signIn(server.url, USERS.analyst, DEMO_PASSWORD);
    await deployFixtures(analyst);
    browser = await launchBrowser();
    ({ page, foreignRequests, pageErrors } = await newUserPage(browser, server.url, profile));
    await signIn(page, USERS.analyst);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('edits a diagram, sees a lint error, fixes it and deploys a new version', async () => {
    // given
    await openDeployedProcess(page, 'e2e-intake');
    await lintSettled(page, 0);
    expect(await page.isEnabled('[data-testid=deploy]')).toBe(true);

    // when: the job type of the service task is removed
    await selectElement(page, 'Task_Check');
    await openGroup(page, 'taskDefinition');
    await page.fill('#bio-properties-panel-taskDefinitionType', '');

    // then: the error is on the canvas and in the list, with the element id, and deploy is blocked
    await page.waitForSelector('.lint-item.lint-error[data-element-id="Task_Check"]');
    await page.waitForSelector('.djs-overlays[data-container-id="Task_Check"] .cl-overlay-root, [data-container-id="Task_Check"] .bjsl-overlay, .djs-overlays[data-container-id="Task_Check"] [class*="lint"]');
    expect(await page.isDisabled('[data-testid=deploy]')).toBe(true);
    await screenshot(page, 'modeler.png');

    // when: fixed, and the task renamed
    await page.fill('#bio-properties-panel-taskDefinitionType', 'e2e-check');
    await openGroup(page, 'general');
    await page.fill('#bio-properties-panel-name', 'Kayıt denetimi (gözden geçirilmiş)');
    await page.press('#bio-properties-panel-name', 'Tab');
    await page.waitForSelector('[data-testid=modeler-canvas] .djs-element[data-element-id="Task_Check"] text:has-text("gözden")');
    await lintSettled(page, 0);
    await page.waitForSelector('[data-testid=deploy]:not([disabled])');
    await page.click('[data-testid=deploy]');
    // the review step: tag and note, sent for a second person's approval (test/e2e/analyst-workbench.e2e.spec.ts)
    await page.waitForSelector('[data-testid=review-dialog][data-ready=true]');
    await page.fill('[data-testid=review-tag]', 'e2e-2');
    await page.fill('[data-testid=review-note]', 'Görev adı gözden geçirildi.');
    await page.click('[data-testid=review-submit]');

    // then
    await page.waitForSelector('[data-testid=deploy-status][data-request]');
    const requestId = await page.getAttribute('[data-testid=deploy-status]', 'data-request');
    const manager = await ApiSession.signIn(server.url, USERS.manager, DEMO_PASSWORD);
    await manager.ok('POST', `/api/deployment-requests/${requestId}/approve`);
    const { items } = await analyst.ok('GET', '/api/process-definitions');
    const def = items.find((d: { processDefinitionId: string }) => d.processDefinitionId === 'e2e-intake');
    expect(def.latest.version).toBe(2);
    const { xml } = await analyst.ok('GET', `/api/process-definitions/${def.latest.processDefinitionKey}/xml`);
    expect(xml).toContain('Kayıt denetimi (gözden geçirilmiş)');
    expect(xml).toMatch(/<zeebe:taskDefinition type="e2e-check"/);

    await openDeployedProcess(page, 'voluntary-return');
    await screenshot(page, 'modeler-procedure.png');
  });

  it('shows the version history with the changed task coloured', async () => {
    // given
    await page.goto('/#/modeler/e2e-intake/history');

    // then
    await page.waitForSelector('[data-testid=diff-table] .diff-row-changed');
    expect(await page.textContent('[data-testid=diff-table]')).toContain('Task_Check');
    await page.waitForSelector('[data-testid=diff-new] .djs-element.diff-changed[data-element-id="Task_Check"]');
    await page.waitForSelector('[data-testid=diff-old] .djs-element.diff-changed[data-element-id="Task_Check"]');
    await screenshot(page, 'modeler-diff.png');
  });

  it('edits and deploys a form with the form editor', async () => {
    // given
    await page.goto('/#/forms?id=e2e-register');
    await page.waitForSelector('[data-testid=form-editor] .fjs-editor-container');

    // when: published with a tag and a note, approved by a manager
    await page.fill('[data-testid=form-tag]', 'e2e-f1');
    await page.fill('[data-testid=form-note]', 'Kayıt formu gözden geçirildi.');
    await page.click('[data-testid=form-publish]');
    await page.waitForSelector('.toolbar .toolbar-status[data-request]');
    const requestId = await page.getAttribute('.toolbar .toolbar-status[data-request]', 'data-request');
    const manager = await ApiSession.signIn(server.url, USERS.manager, DEMO_PASSWORD);
    await manager.ok('POST', `/api/deployment-requests/${requestId}/approve`);

    // then
    const { items } = await analyst.ok('GET', '/api/forms');
    expect(items.find((f: { formId: string }) => f.formId === 'e2e-register')).toMatchObject({ source: 'deployed' });
  });

  it('asks before unsaved edits are lost, and keeps them when the analyst says no', async () => {
    // given: an edit that is not deployed
    await openDeployedProcess(page, 'e2e-intake');
    await selectElement(page, 'Task_Check');
    await openGroup(page, 'general');
    await page.fill('#bio-properties-panel-name', 'Taslak ad');
    await page.press('#bio-properties-panel-name', 'Tab');
    await page.waitForSelector('.toolbar .badge-warn:not([hidden])');

    // when: the analyst leaves for the form editor and answers "no"
    const refused = answerNextDialog(page, false);
    await page.click('a[data-nav="forms"]');

    // then: still in the modeler, with the edit
    await page.waitForSelector('[data-testid=modeler-canvas] .djs-element[data-element-id="Task_Check"] text:has-text("Taslak")');
    expect(new URL(page.url()).hash).toMatch(/^#\/modeler/);
    expect(await refused).toMatch(UNSAVED_QUESTION);

    // when: a new diagram, answering "yes"
    const accepted = answerNextDialog(page, true);
    await page.click('[data-testid=new-diagram]');

    // then: the edit is gone and nothing is marked unsaved
    await page.waitForSelector('.toolbar .badge-warn[hidden]', { state: 'attached' });
    expect(await accepted).toMatch(UNSAVED_QUESTION);
    expect(await page.locator('[data-testid=modeler-canvas] .djs-element[data-element-id="Task_Check"]').count()).toBe(0);
  });

  it('asks before unsaved form edits are lost', async () => {
    // given: a label changed in the form editor, not deployed
    await page.goto('/#/forms?id=e2e-register');
    await page.waitForSelector('[data-testid=form-editor] .fjs-editor-container .fjs-form-field');
    await page.click('[data-testid=form-editor] [data-id="Field_applicantName"]');
    await openGroup(page, 'general');
    await page.fill('#bio-properties-panel-label', 'Taslak etiket');
    await page.waitForSelector('[data-view=forms] .toolbar .badge-warn:not([hidden])');

    // when: the analyst goes back to the modeler and answers "no"
    const refused = answerNextDialog(page, false);
    await page.click('a[data-nav="modeler"]');

    // then: still in the form editor, with the edit
    await page.waitForSelector('[data-testid=form-editor] .fjs-editor-container :text("Taslak etiket")');
    expect(new URL(page.url()).hash).toMatch(/^#\/forms/);
    expect(await refused).toMatch(UNSAVED_QUESTION);

    // when: leaving again, answering "yes"
    const accepted = answerNextDialog(page, true);
    await page.click('a[data-nav="modeler"]');

    // then
    await page.waitForSelector('[data-view=modeler]');
    expect(await accepted).toMatch(UNSAVED_QUESTION);
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
