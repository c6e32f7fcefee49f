/**
 * Analyst's workbench in the browser: an edited timer of accelerated-procedure played in the sandbox with the real
 * workers, the deadline crossed by moving the sandbox clock, the escalation seen, nothing of it live; the workers'
 * element templates in the palette, checked by lint; a renamed job type caught before deploy; a live deploy that
 * waits for a second person's approval, with version tag and note in the audit log.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { answerNextDialog, launchBrowser, newUserPage, PROFILE_ROWS, screenshot, signIn } from './support/browser';
import { ApiSession } from './support/http';
import { lintSettled, openDeployedProcess, openGroup, selectElement } from './support/modeler-page';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** Runs `action`, answering "yes" to the unsaved-work question if it is asked (it is when an earlier test left an edit). */
async function dropping(page: Page, action: () => Promise<unknown>): Promise<void> {
  const accept = (d: { accept(): Promise<void> }) => void d.accept();
  page.on('dialog', accept);
  try {
    await action();
  } finally {
    page.off('dialog', accept);
  }
}

describe.each(PROFILE_ROWS)('analyst workbench (browser, %s)', (_name, profile) => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let analyst: ApiSession;
  let manager: ApiSession;
  let officer: ApiSession;
  let supervisor: ApiSession;
  let pageErrors: string[];
  let foreignRequests: string[];

  beforeAll(async () => {
    server = await startE2eServer();
    [analyst, manager, officer, supervisor] = await Promise.all([USERS.analyst, USERS.manager, USERS.officer, USERS.supervisor].map((u) => ApiSession.signIn(server.url, u, DEMO_PASSWORD)));
    browser = await launchBrowser();
    ({ page, pageErrors, foreignRequests } = await newUserPage(browser, server.url, profile));
    await signIn(page, USERS.analyst);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('plays an edited accelerated-procedure in the sandbox with the real workers, crosses the interview deadline and sees the escalation; nothing shows live', async () => {
    // given: the analyst changes the interview timer
    await openDeployedProcess(page, 'accelerated-procedure');
    await selectElement(page, 'Timer_InterviewPeriod');
    await openGroup(page, 'general');
    await page.fill('#bio-properties-panel-name', 'Görüşme süresi doldu (Md. 79(2))');
    await page.press('#bio-properties-panel-name', 'Tab');
    await page.waitForSelector('[data-testid=modeler-canvas] .djs-element[data-element-id="Timer_InterviewPeriod_label"] text:has-text("doldu")');
    await lintSettled(page, 0);

    // when: played in the sandbox with start variables
    await page.click('[data-testid=play]');
    await page.waitForSelector('[data-testid=play-clock][data-now]');
    const now = await page.getAttribute('[data-testid=play-clock]', 'data-now');
    const today = new Date(Date.parse(now!) + 3 * 3600_000).toISOString().slice(0, 10);
    await page.fill(
      '[data-testid=play-variables]',
      JSON.stringify({ applicationNumber: 'SB-2026-000777', registrationDate: today, acceleratedStartDate: today, interviewDate: today, applicant: { fullName: 'Deneme Kişi', nationality: 'XX' }, facts: { misledAuthorities: true } }),
    );
    await page.click('[data-testid=play-start]');

    // then: the real rule and calendar workers ran; the token sits on the interview, its deadline is listed
    await page.waitForSelector('.play-task[data-element-id="Task_Interview"]');
    await page.waitForSelector('[data-sandbox-token="Task_Interview"]');
    await page.waitForSelector('[data-testid=modeler-canvas] .djs-element.sandbox-done[data-element-id="Task_CheckCriteria"]');
    const deadline = await page.textContent('[data-deadline="interviewDueAt"]');
    expect(deadline).toMatch(/interviewDueAt \d{2}\.\d{2}\.\d{4} 23:59/);

    // when: the sandbox clock moves 10 days
    await page.fill('[data-testid=play-days]', '10');
    await page.click('[data-testid=play-advance]');

    // then: the deadline has passed and the escalation is open for supervisors
    await page.waitForSelector('.play-task[data-element-id="Supervise_InterviewPeriod"]');
    await page.waitForSelector('[data-sandbox-token="Supervise_InterviewPeriod"]');
    await page.waitForSelector('[data-testid=modeler-canvas] .djs-element.sandbox-done[data-element-id="Timer_InterviewPeriod"]');
    expect(await page.textContent('[data-testid=play-vars]')).toContain('"interviewOverdue": true');
    expect(await page.getAttribute('[data-testid=play-panel]', 'data-version')).toBe('2'); // the edited diagram, not the live one
    await page.click('[data-testid=zoom-fit]');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'modeler-play.png') });

    // when: the interview is completed in its real form
    await page.click('.play-task[data-element-id="Task_Interview"] [data-testid=play-open-task]');
    await page.waitForSelector('.play-task[data-element-id="Task_Interview"] .task-form[data-ready=true]');
    await page.fill('.play-task[data-element-id="Task_Interview"] textarea', 'Görüşme yapıldı; başvurucu ifadesini tekrarladı.');
    await page.click('.play-task[data-element-id="Task_Interview"] [data-testid=play-complete]');

    // then: the decision step and its deadline follow
    await page.waitForSelector('.play-task[data-element-id="Task_Decide"]');
    await page.waitForSelector('[data-deadline="decisionDueAt"]');

    // and nothing of it is live: no task for officers or supervisors, nothing on the monitor
    for (const who of [officer, supervisor]) {
      const { items } = await who.ok<{ items: Array<{ elementId: string; processDefinitionId: string }> }>('GET', '/api/tasks?scope=all&limit=200');
      expect(items.filter((t) => t.processDefinitionId === 'accelerated-procedure')).toEqual([]);
    }
    const instances = await manager.ok<{ items: unknown[] }>('GET', '/api/monitor/instances?processDefinitionId=accelerated-procedure');
    expect(instances.items).toEqual([]);
    // the supervisor's task list in a browser shows no escalation either
    const sup = await newUserPage(browser, server.url, profile);
    await signIn(sup.page, USERS.supervisor);
    await sup.page.goto('/#/tasks');
    await sup.page.waitForSelector('[data-view=tasks], .task-queue, main');
    await sup.page.waitForLoadState('networkidle');
    expect(await sup.page.locator('text=3 günlük görüşme süresi aşıldı').count()).toBe(0);
    await sup.context.close();

    // the edited diagram is what ran: the sandbox has a second version of the procedure, the live one still one
    const defs = await analyst.ok<{ items: Array<{ processDefinitionId: string; latest: { version: number } }> }>('GET', '/api/process-definitions');
    expect(defs.items.find((d) => d.processDefinitionId === 'accelerated-procedure')!.latest.version).toBe(1);
    await page.click('[data-testid=play]');
  }, 180_000);

  it('offers the workers’ element templates in the palette, and lint checks the values', async () => {
    // an edit left by the previous test is dropped
    await dropping(page, () => page.click('[data-testid=new-diagram]'));
    await lintSettled(page);
    // the palette speaks Turkish (bpmn-js translate service)
    expect(await page.locator('.djs-palette [aria-label="Görev oluştur"]').count()).toBe(1);
    await page.click('.djs-palette .yukk-worker-entry');
    await page.waitForSelector('.djs-popup li.entry');
    const names = await page.locator('.djs-popup .djs-popup-label').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Md. 79 ölçüt denetimi', 'Yasal süre sonunu hesapla', 'Tebligat gönder']));

    // when: "Compute legal deadline" is placed on the canvas
    await page.click('.djs-popup li[data-id="yukk-template-yukk.calendar.period-end"]');
    const box = (await page.locator('[data-testid=modeler-canvas]').boundingBox())!;
    // dropped in an empty part of the canvas, away from the start event
    const [x, y] = [box.x + box.width * 0.75, box.y + box.height * 0.75];
    await page.mouse.move(x - 20, y - 20);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    const id = await page.getAttribute('[data-testid=modeler-canvas] .djs-element.selected', 'data-element-id');
    expect(id).toBeTruthy();

    // then: the template's form is in the properties panel, and lint names the settings still missing
    await page.waitForSelector('[data-testid=properties-panel] :text("Ayarlar")');
    await page.waitForSelector(`.lint-item.lint-error[data-element-id="${id}"]:has-text("gerekli")`);
    // the element carries the template and the worker's job type (the properties panel's template header)
    await page.waitForSelector('[data-testid=properties-panel] :text("Yasal süre sonunu hesapla")');
  });

  it('runs the token simulation with its controls in Turkish', async () => {
    // when: the simulation is switched on for the diagram on the canvas
    await page.click('[data-testid=toggle-simulation]');
    await page.waitForSelector('[data-testid=toggle-simulation][aria-pressed=true]');
    await page.waitForSelector('.bts-palette:not(.hidden)');

    // then: the library's own labels (toggle, palette, log) read in Turkish, none in its English
    const labels = await page.locator('[data-testid=modeler-canvas] [class*="bts-"]').evaluateAll((els) =>
      els.flatMap((el) => [el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '', ...[...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '')]).map((s) => s.trim()).filter(Boolean),
    );
    expect(labels).toEqual(expect.arrayContaining(['Belirteç benzetimi', 'Benzetimi sıfırla', 'Benzetim günlüğünü aç/kapat']));
    expect(labels.filter((l) => /Simulation|Entries|animation speed|pause point|^Close$/.test(l))).toEqual([]);

    await page.click('[data-testid=toggle-simulation]');
    await page.waitForSelector('[data-testid=toggle-simulation][aria-pressed=false]');
  });

  it('catches a renamed job type before deploy, with the element id and a Turkish message', async () => {
    await dropping(page, () => openDeployedProcess(page, 'accelerated-procedure'));
    await lintSettled(page, 0);
    await selectElement(page, 'Task_CheckCriteria');
    await openGroup(page, 'taskDefinition');
    await page.fill('#bio-properties-panel-taskDefinitionType', 'yukk.rules.accelerated-criterion');
    await page.waitForSelector('.lint-item.lint-error[data-element-id="Task_CheckCriteria"]:has-text("iş türüne hizmet eden bir çalışan yok")');
    expect(await page.textContent('.lint-item.lint-error[data-element-id="Task_CheckCriteria"]')).toContain('yukk.rules.accelerated-criteria');
    expect(await page.isDisabled('[data-testid=deploy]')).toBe(true);
  });

  it('a live deploy waits for a second person: review with diff, tag and note; a manager approves; the audit log has both', async () => {
    // given: a fixed job type, and a changed timer name
    await page.fill('#bio-properties-panel-taskDefinitionType', 'yukk.rules.accelerated-criteria');
    await selectElement(page, 'Timer_InterviewPeriod');
    await openGroup(page, 'general');
    await page.fill('#bio-properties-panel-name', 'Görüşme süresi doldu (Md. 79(2))');
    await page.press('#bio-properties-panel-name', 'Tab');
    await lintSettled(page, 0);

    // when: reviewed and sent for approval
    await page.click('[data-testid=deploy]');
    await page.waitForSelector('[data-testid=review-dialog][data-ready=true]');
    await page.waitForSelector('[data-testid=review-new] .djs-element.diff-changed[data-element-id="Timer_InterviewPeriod"]');
    expect(await page.textContent('[data-testid=review-xml-diff]')).toContain('+ ');
    expect(await page.textContent('[data-testid=review-xml-diff]')).toContain('Görüşme süresi doldu');
    await page.fill('[data-testid=review-tag]', '2026.12-ap1');
    await page.fill('[data-testid=review-note]', 'Görüşme zamanlayıcısının adı netleştirildi.');
    await screenshot(page, 'modeler-review.png');
    await page.click('[data-testid=review-submit]');
    await page.waitForSelector('[data-testid=deploy-status][data-request]');
    const requestId = await page.getAttribute('[data-testid=deploy-status]', 'data-request');

    // then: nothing is live yet; the requester cannot approve
    let defs = await analyst.ok<{ items: Array<{ processDefinitionId: string; latest: { version: number; versionTag: string | null } }> }>('GET', '/api/process-definitions');
    expect(defs.items.find((d) => d.processDefinitionId === 'accelerated-procedure')!.latest.version).toBe(1);
    expect((await analyst.call('POST', `/api/deployment-requests/${requestId}/approve`)).status).toBe(403);

    // when: the manager approves on the approvals page
    const mgr = await newUserPage(browser, server.url, profile);
    await signIn(mgr.page, USERS.manager);
    await mgr.page.goto('/#/modeler/requests');
    await mgr.page.waitForSelector(`[data-request-id="${requestId}"] [data-testid=request-note]:has-text("netleştirildi")`);
    await mgr.page.click(`[data-request-id="${requestId}"] [data-testid=approve]`);
    await mgr.page.waitForSelector(`[data-testid=requests-list]:not(:has([data-request-id="${requestId}"]))`);
    await mgr.context.close();

    // then: live as version 2 with its tag; the audit log holds the request and the approval with tag and note
    defs = await analyst.ok('GET', '/api/process-definitions');
    expect(defs.items.find((d) => d.processDefinitionId === 'accelerated-procedure')!.latest).toMatchObject({ version: 2, versionTag: '2026.12-ap1' });
    const approvals = await manager.ok<{ items: Array<{ username: string; outcome: string; detail: string }> }>('GET', '/api/audit?action=deployment.approve');
    expect(approvals.items.filter((e) => e.outcome === 'success')).toEqual([expect.objectContaining({ username: USERS.manager, detail: expect.stringMatching(/tag 2026\.12-ap1; requested by demo\.analyst;.*note: Görüşme zamanlayıcısının adı netleştirildi\./) })]);
    const requests = await manager.ok<{ items: Array<{ username: string; detail: string }> }>('GET', '/api/audit?action=deployment.request');
    expect(requests.items[0]).toMatchObject({ username: USERS.analyst, detail: expect.stringContaining('tag 2026.12-ap1') });

    // the version list shows both versions and their running cases
    await page.goto('/#/modeler/accelerated-procedure/history');
    await page.waitForSelector('.version-list li[data-version="2"] [data-testid=running-count]');
    expect(await page.textContent('.version-list li[data-version="2"]')).toContain('2026.12-ap1');
  });

  it('reviewers comment on an element; the badge shows until the comment is resolved', async () => {
    await openDeployedProcess(page, 'accelerated-procedure');
    await selectElement(page, 'Task_Decide');
    await page.fill('[data-testid=comment-text]', 'Karar süresi 5 gün mü, iş günü mü?');
    await page.click('[data-testid=comment-add]');
    await page.waitForSelector('[data-comment-count="Task_Decide"]');
    await page.click('[data-testid=comments-list] [data-testid=comment-resolve]');
    await page.waitForSelector('[data-testid=comments-list] .comment.resolved');
    expect(await page.locator('[data-comment-count="Task_Decide"]').count()).toBe(0);
  });

  it('shows the form editor in Turkish, and a form with an error cannot be published', async () => {
    await page.goto('/#/forms?id=ap-interview');
    await page.waitForSelector('[data-testid=form-editor] .fjs-palette-container :text("Metin alanı")');
    await page.waitForSelector('[data-testid=form-publish]:not([disabled])');

    // when: the summary field gets a key that is no variable name (form-js itself refuses duplicates and empty keys)
    await page.click('[data-testid=form-editor] [data-id="Field_interviewSummary_83"]');
    await openGroup(page, 'general');
    await page.fill('#bio-properties-panel-key', '2ozet');

    // then: the problem is named next to the editor and publishing waits
    await page.waitForSelector('[data-testid=form-problems] .lint-item[data-element-id="Field_interviewSummary_83"]:has-text("2ozet")');
    expect(await page.isDisabled('[data-testid=form-publish]')).toBe(true);
    const drop = answerNextDialog(page, true);
    await page.goto('/#/modeler');
    await drop;
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
