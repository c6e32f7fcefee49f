/**
 * Manager, Operate-grade: edits a variable with a reason, moves a token on the diagram, migrates a case to a newer
 * version after a dry run, cancels a case, cancels a filtered set in a batch with a confirmation, and reads the
 * reports (heatmap, deadline charts) and downloads their CSV for Excel.
 */
import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { answerNextDialog, launchBrowser, newUserPage, PROFILE_ROWS, PROFILES, screenshot, signIn } from './support/browser';
import { completeTask, deployFixtures, deployIntakeCopy, deployReviewed, readFixture, startIntakeCase, waitForTask } from './support/fixtures';
import { ApiSession, until } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';
import { activateJob, completeJob } from './support/worker';

let server: E2eServer;
let browser: Browser;
let manager: ApiSession;
let officer: ApiSession;
let analyst: ApiSession;

// One server and one browser for both browser profiles.
beforeAll(async () => {
  server = await startE2eServer();
  analyst = await ApiSession.signIn(server.url, USERS.analyst, DEMO_PASSWORD);
  await deployFixtures(analyst);
  officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
  manager = await ApiSession.signIn(server.url, USERS.manager, DEMO_PASSWORD);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('monitor operations and reports (manager, %s)', (_name, profile) => {
  const p = PROFILES.indexOf(profile) + 1;
  const first = p === 1;
  // Each profile runs on a procedure of its own (a copy of the fixture), so its figures and batch count its cases only.
  const pid = first ? 'e2e-intake' : `e2e-intake-p${p}`;
  const numberOf = (i: number) => `XX-2026-6${p}00${i + 1}`;
  let page: Page;
  let pageErrors: string[];
  let foreignRequests: string[];
  const cases: string[] = [];

  const detail = (key: string) => manager.ok('GET', `/api/monitor/instances/${key}`);
  const openCase = async (key: string) => {
    await page.goto(`/#/monitor/instances/${key}`);
    await page.waitForSelector('[data-testid=instance-diagram][data-ready=true]');
    await page.waitForSelector('[data-testid=operations]');
  };

  beforeAll(async () => {
    if (!first) await deployIntakeCopy(analyst, pid);
    // Synthetic cases in three directorates, each waiting at the review step (registration done in time).
    const provinces = ['İstanbul', 'İzmir', 'Gaziantep', 'İstanbul', 'Ankara'];
    for (const [i, province] of provinces.entries()) {
      const applicant = { fullName: `Sentetik Başvuran ${i + 1}`, nationality: 'Sentetikistan', dateOfBirth: '1991-07-1' + i };
      const key = await startIntakeCase(officer, { applicant, caseNumber: numberOf(i), processDefinitionId: pid });
      await manager.ok('PUT', `/api/monitor/instances/${key}/variables`, { variables: { province }, reason: 'directorate of the synthetic case' });
      await completeTask(officer, (await waitForTask(officer, key, 'Task_Register')).userTaskKey, { applicantName: `Sentetik Başvuran ${i + 1}`, nationality: 'Sentetik' });
      await waitForTask(officer, key, 'Task_Review');
      cases.push(key);
    }
    // Two more that run to their end (the automated check played by the test), for durations in the reports.
    for (const province of ['İzmir', 'Ankara']) {
      const key = await startIntakeCase(officer, { processDefinitionId: pid });
      await manager.ok('PUT', `/api/monitor/instances/${key}/variables`, { variables: { province }, reason: 'directorate of the synthetic case' });
      await completeTask(officer, (await waitForTask(officer, key, 'Task_Register')).userTaskKey, { applicantName: 'Sentetik Tamamlanan', nationality: 'Sentetik' });
      await completeTask(officer, (await waitForTask(officer, key, 'Task_Review')).userTaskKey, {});
      await completeJob(server, (await activateJob(server, 'e2e-check')).jobKey);
      await until(async () => (await manager.ok('GET', `/api/monitor/instances/${key}`)).instance.state === 'COMPLETED', 'the case to complete');
    }
    ({ page, foreignRequests, pageErrors } = await newUserPage(browser, server.url, profile));
    await signIn(page, USERS.manager);
  }, 300_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('edits a variable only with a reason, and the audit trail says who and why', async () => {
    const key = cases[0];
    await openCase(key);
    // the page is about the application and the applicant; the engine key is a detail
    expect(await page.textContent('[data-testid=instance-head] h1')).toContain(numberOf(0));
    expect(await page.textContent('[data-testid=instance-head] [data-testid=case-identity]')).toContain('Sentetik Başvuran 1');
    await page.fill('[data-testid=var-name]', 'applicantName');
    await page.fill('[data-testid=var-value]', 'Düzeltilmiş Başvuran');

    // without a reason: refused next to the reason field, nothing sent
    await page.click('[data-testid=var-save]');
    await page.waitForSelector('[data-testid=ops-reason-error]:not([hidden])');
    expect((await detail(key)).variables.applicantName).toBe('Sentetik Başvuran 1');

    // with a reason
    await page.fill('[data-testid=ops-reason]', 'Pasaporttaki yazımla düzeltildi');
    await page.click('[data-testid=var-save]');
    await until(async () => (await detail(key)).variables.applicantName === 'Düzeltilmiş Başvuran', 'the variable to change');
    await page.waitForSelector('[data-testid=audit-trail] td:text("reason: Pasaporttaki yazımla düzeltildi")');
    const row = await page.textContent('[data-testid=audit-trail] tr:has(td:text("reason: Pasaporttaki yazımla düzeltildi"))');
    expect(row).toContain('demo.manager');
    expect(row).toContain('instance.variables.update');
    expect(row).not.toContain('Düzeltilmiş Başvuran');
  });

  it('moves a token: picks the target on the diagram', async () => {
    const key = cases[1];
    await openCase(key);
    await page.click('[data-testid=instance-diagram] .djs-element[data-element-id="Task_Register"]');
    expect(await page.inputValue('[data-testid=modify-to]')).toBe('Task_Register');
    await page.fill('[data-testid=ops-reason]', 'Kayıt eksik: kayıt adımına geri');
    await page.click('[data-testid=modify-apply]');
    await until(async () => {
      const d = await detail(key);
      return d.activeElements.map((e: { elementId: string }) => e.elementId).join() === 'Task_Register';
    }, 'the token to move back to the registration');
    await page.waitForSelector('[data-testid=instance-diagram] [data-token="Task_Register"]');
  });

  it('migrates a case to a newer version after a dry run', async () => {
    const key = cases[2];
    const v2 = readFixture('e2e-intake.bpmn');
    v2.content = v2.content.replace('name="Kaydı gözden geçir"', 'name="Kaydı gözden geçir (v2)"').replace('id="e2e-intake"', `id="${pid}"`).replace('bpmnElement="e2e-intake"', `bpmnElement="${pid}"`);
    const deployed = await deployReviewed(analyst, manager, [{ name: `${pid}.bpmn`, content: v2.content }], 'v2');
    const target = deployed.processes.find((d) => d.processDefinitionId === pid)!;
    await openCase(key);
    await page.waitForSelector(`[data-testid=migrate-target] option[value="${target.processDefinitionKey}"]`, { state: 'attached' });
    await page.selectOption('[data-testid=migrate-target]', target.processDefinitionKey);
    expect(await page.isDisabled('[data-testid=migrate-apply]')).toBe(true);

    // dry run: what moves, nothing changed yet
    await page.click('[data-testid=migrate-dry-run]');
    await page.waitForSelector('[data-testid=migration-plan] [data-can-migrate=true] [data-element-id="Task_Review"]');
    expect((await detail(key)).instance.processDefinitionVersion).toBe(1);

    // then migrate
    await page.fill('[data-testid=ops-reason]', 'Yeni form sürümüne geçiş');
    await page.click('[data-testid=migrate-apply]');
    await until(async () => (await detail(key)).instance.processDefinitionVersion === target.version, 'the case to be on the new version');
    const task = await waitForTask(officer, key, 'Task_Review');
    expect(task.userTaskKey).toBeTruthy();
  });

  it('cancels a case after a confirmation', async () => {
    const key = cases[3];
    await openCase(key);
    await page.fill('[data-testid=ops-reason]', 'Mükerrer başvuru');
    const question = answerNextDialog(page, true);
    await page.click('[data-testid=cancel-instance]');
    expect(await question).toContain(numberOf(3));
    await until(async () => (await detail(key)).instance.state === 'TERMINATED', 'the case to be cancelled');
  });

  it('reassigns an open task to a supervisor, with a reason', async () => {
    const key = cases[4];
    const task = await waitForTask(officer, key, 'Task_Review');
    await openCase(key);
    await page.fill(`[data-testid=reassign-to-${task.userTaskKey}]`, 'demo.supervisor');
    await page.fill('[data-testid=ops-reason]', 'Memur izinde');
    await page.click(`[data-testid=reassign-${task.userTaskKey}]`);
    await until(async () => {
      const d = await detail(key);
      return d.openTasks.find((t: { userTaskKey: string; assignee: string | null }) => t.userTaskKey === task.userTaskKey)?.assignee === 'demo.supervisor';
    }, 'the task to be reassigned');
    await page.waitForSelector('[data-testid=audit-trail] td:text("reason: Memur izinde")');
  });

  it('shows the reports: figures, heatmap, deadline charts; CSV for Excel', async () => {
    await page.goto(`/#/reports?process=${pid}`);
    await page.waitForSelector('[data-testid=report-heatmap][data-ready=true] [data-heat="Task_Register"]');
    await page.waitForSelector('[data-testid=chart-deadlines-office] rect[data-series=met]');
    await page.waitForSelector('[data-testid=chart-deadlines-month] rect[data-series=met]');
    expect(await page.textContent('[data-testid=chart-deadlines-office]')).toContain('İzmir');
    expect(await page.textContent('[data-testid=fig-started] .figure-value')).toBe('7');
    expect(await page.textContent('[data-testid=fig-completed] .figure-value')).toBe('2');
    // by count: seven registrations plus the token moved back to it
    await page.selectOption('[data-testid=heat-mode]', 'count');
    await page.waitForSelector('[data-testid=report-heatmap] [data-heat="Task_Register"][data-value="8"]');
    await page.selectOption('[data-testid=heat-mode]', 'duration');
    await page.waitForSelector('[data-testid=report-heatmap] [data-heat="Task_Check"]');
    await page.evaluate("document.querySelector('.toasts')?.remove()");
    await page.setViewportSize({ width: 1440, height: 1500 });
    if (first) await screenshot(page, 'reports.png');
    await page.setViewportSize({ width: 1440, height: 900 });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv-deadlines]')]);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Süreç;Dönem başı;Dönem sonu;Müdürlük;Karşılandı;Kaçırıldı;Risk altında;Açık');
    // İzmir: two registrations in time; the completed case's review done late (missed); the moved case's review was
    // cancelled by the move (not counted) and its new registration task is due in three days (at risk).
    // The rows may span two months, so they are summed.
    const izmir = lines.filter((l) => new RegExp(`^${pid};01\\.\\d{2}\\.\\d{4};\\d{2}\\.\\d{2}\\.\\d{4};İzmir;`).test(l)).map((l) => l.split(';').slice(4).map(Number));
    expect(izmir.reduce((sum, row) => sum.map((n, i) => n + row[i]), [0, 0, 0, 0])).toEqual([2, 1, 1, 0]);
  });

  it('cancels the rest in a batch, confirming the count, with per-item results', async () => {
    await page.goto(`/#/monitor?process=${pid}`);
    await page.waitForSelector('[data-testid=batch-panel]');
    await page.selectOption('[data-testid=batch-operation]', 'cancel');
    await page.fill('[data-testid=batch-reason]', 'Deneme verisinin temizliği');
    await page.click('[data-testid=batch-preview-button]');
    await page.waitForSelector('[data-testid=batch-preview][data-count]');
    const count = Number(await page.getAttribute('[data-testid=batch-preview]', 'data-count'));
    expect(count).toBe(4);
    const question = answerNextDialog(page, true);
    await page.click('[data-testid=batch-start]');
    expect(await question).toContain('4');
    await page.waitForSelector(`[data-testid=batch-result][data-succeeded="4"]`);
    const active = await manager.ok('GET', `/api/monitor/instances?processDefinitionId=${pid}&state=ACTIVE`);
    expect(active.items).toEqual([]);
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
