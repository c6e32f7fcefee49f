/**
 * Manager: sees a case on the diagram (token on the current step, history, variables, audit trail),
 * its deadlines on the board, and resolves an incident raised by a failing job.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newUserPage, PROFILE_ROWS, PROFILES, screenshot, signIn } from './support/browser';
import { completeTask, deployFixtures, startIntakeCase, waitForTask } from './support/fixtures';
import { ApiSession, until } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';
import { activateJob, completeJob, failJobWithoutRetries } from './support/worker';

/** `dd.MM.yyyy HH:mm` in Europe/Istanbul (UTC+3 since 2016), computed without the test runner's zone. */
const istanbulDateTime = (iso: string) => {
  const d = new Date(Date.parse(iso) + 3 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
};

let server: E2eServer;
let browser: Browser;
let manager: ApiSession;
let officer: ApiSession;

// One server and one browser for both browser profiles; each profile gets cases of its own.
beforeAll(async () => {
  server = await startE2eServer();
  await deployFixtures(await ApiSession.signIn(server.url, USERS.analyst, DEMO_PASSWORD));
  officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
  manager = await ApiSession.signIn(server.url, USERS.manager, DEMO_PASSWORD);
  // A few voluntary-return cases (the procedure the server deploys from processes/) so the overview
  // shows more than the fixture; only decoration for the screenshot, so a refused start is not a failure here.
  for (let i = 1; i <= 3; i++) {
    await officer.call('POST', '/api/cases', {
      processDefinitionId: 'voluntary-return',
      variables: { caseNumber: `GGD-E2E-${i}`, personCategory: 'applicant', person: { fullName: `Sentetik Kişi ${i}`, nationality: 'Sentetik' } },
    });
  }
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('monitor (manager, %s)', (_name, profile) => {
  const p = PROFILES.indexOf(profile) + 1;
  const first = p === 1;
  // Synthetic applicants, different per profile so each profile's search finds its own case only.
  const surname = ['Beklemeoğlu', 'Sırabekler'][p - 1];
  const waitingApplicant = { fullName: `Sentetik Işıl ${surname}`, nationality: 'Sentetikistan', dateOfBirth: '1988-04-03' };
  const waitingNumber = `XX-2026-8${p}0001`;
  let page: Page;
  let waitingCase: string;
  let failingCase: string;
  let foreignRequests: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    // A case waiting at the (overdue) review step.
    waitingCase = await startIntakeCase(officer, { applicant: waitingApplicant, caseNumber: waitingNumber });
    await completeTask(officer, (await waitForTask(officer, waitingCase, 'Task_Register')).userTaskKey, { applicantName: 'Deneme Kişi', nationality: 'Sentetik' });
    await waitForTask(officer, waitingCase, 'Task_Review');

    // A case whose automated check fails with no retries left: an incident.
    failingCase = await startIntakeCase(officer);
    await completeTask(officer, (await waitForTask(officer, failingCase, 'Task_Register')).userTaskKey, { applicantName: 'Örnek Kişi', nationality: 'Sentetik' });
    await completeTask(officer, (await waitForTask(officer, failingCase, 'Task_Review')).userTaskKey, {});
    const job = await activateJob(server, 'e2e-check');
    await failJobWithoutRetries(server, job.jobKey, 'Kayıt servisi yanıt vermiyor (sentetik)');

    ({ page, foreignRequests, pageErrors } = await newUserPage(browser, server.url, profile));
    await signIn(page, USERS.manager);
  }, 300_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('shows instances per procedure and the case on its diagram', async () => {
    // given
    await page.goto('/#/monitor');
    await page.waitForSelector('[data-testid=state-chart] .bar');
    await page.waitForSelector('[data-testid=process-stats] [data-process-id="e2e-intake"]');
    await page.waitForSelector(`[data-testid=incident-table] [data-incident-key]`);
    if (first) await screenshot(page, 'monitor.png');

    // when: the procedure's instances, the case found by the applicant's name (Turkish capitals)
    await page.click('[data-testid=process-stats] [data-process-id="e2e-intake"]');
    const row = `[data-testid=instance-table] tr[data-instance-key="${waitingCase}"]`;
    await page.waitForSelector(row);
    // then: the row names the case (number, applicant, nationality, dd.MM.yyyy birth date), the key only as a detail
    expect(await page.getAttribute(row, 'data-application-number')).toBe(waitingNumber);
    const identity = await page.textContent(`${row} [data-testid=case-identity]`);
    expect(identity).toContain(waitingApplicant.fullName);
    expect(identity).toContain('Sentetikistan');
    expect(identity).toContain('03.04.1988');
    expect(await page.getAttribute(`${row} [data-testid=case-link]`, 'href')).toBe(`#/cases/${waitingNumber}`);
    expect(await page.textContent(`${row} [data-testid=engine-key]`)).toContain(waitingCase);
    // the start time in Istanbul (UTC+3 all year), whatever the browser's zone
    const { startDate } = (await manager.ok('GET', `/api/monitor/instances/${waitingCase}`)).instance;
    expect(await page.textContent(`${row} td:nth-child(4)`)).toBe(istanbulDateTime(startDate));
    await page.fill('[data-testid=instance-search]', `IŞIL ${surname.toLocaleUpperCase('tr-TR')}`);
    await page.press('[data-testid=instance-search]', 'Enter');
    // polled through locators: the CSP forbids the page evaluating strings
    const rows = page.locator('[data-testid=instance-table] tbody tr');
    await until(async () => (await rows.count()) === 1 && (await rows.first().getAttribute('data-instance-key')) === waitingCase, 'the search to narrow the list to the case');
    await page.click(`${row} td:nth-child(2)`);

    // then: the header names the case; token on the review step, the registration done, history, audit, variables on request
    await page.waitForSelector('[data-testid=instance-diagram] .djs-element.step-current[data-element-id="Task_Review"]');
    await page.waitForSelector('[data-testid=instance-diagram] [data-token="Task_Review"]');
    expect(await page.textContent('[data-testid=instance-head] h1')).toContain(waitingNumber);
    expect(await page.textContent('[data-testid=instance-head] [data-testid=case-identity]')).toContain(waitingApplicant.fullName);
    expect(await page.textContent('[data-testid=instance-head] [data-testid=engine-key]')).toContain(waitingCase);
    await page.waitForSelector('[data-testid=instance-diagram] .djs-element.step-done[data-element-id="Task_Register"]');
    await page.waitForSelector('[data-testid=active-elements] [data-element-id="Task_Review"]');
    await page.waitForSelector('[data-testid=element-history] [data-element-id="Task_Register"]');
    expect(await page.textContent('[data-testid=audit-trail]')).toContain('task.complete');
    await page.click('[data-testid=show-variables]');
    expect(await page.textContent('[data-testid=variables]')).toContain('Deneme Kişi');
    // values as a person reads them: the birth date dd.MM.yyyy in either browser profile, records as named members
    const shown = await page.locator('[data-testid=variables]').innerText();
    expect(shown).toContain('03.04.1988');
    expect(shown).not.toContain('1988-04-03');
    expect(shown).toContain('Kimlik bilgileri kayıtlı');
    expect(shown).not.toContain('{"');
    // …and exactly what the engine holds, one switch away
    await page.check('[data-testid=variables-raw]');
    expect(await page.locator('[data-testid=variables]').innerText()).toContain('"dateOfBirth":"1988-04-03"');
    if (first) await screenshot(page, 'monitor-instance.png');
  });

  it('finds the reads of the case in the audit log', async () => {
    // when: filtered to the instance reads the previous step caused
    await page.goto('/#/audit');
    await page.fill('input[name=action]', 'instance.read');
    await page.click('.audit-page form button[type=submit]');

    // then
    await page.waitForSelector(`[data-testid=audit-log] tr[data-action="instance.read"] a:text-is("${waitingCase}")`);
    expect(await page.$('[data-testid=audit-log] tr[data-action="task.complete"]')).toBeNull();
  });

  it('shows the deadlines on the board', async () => {
    // when
    await page.goto('/#/deadlines');

    // then: the review task is overdue (listed once, though its due date is also a *DueAt variable), the registration
    // completed before its deadline is met, not pending
    await page.waitForSelector(`[data-testid=deadlines-missed] [data-process-id="e2e-intake"] [data-instance-key="${waitingCase}"]`);
    await page.waitForSelector(`[data-testid=deadlines-met] [data-instance-key="${waitingCase}"][data-name="Başvuruyu kaydet"]`);
    expect(await page.$$(`[data-testid=deadlines-missed] [data-instance-key="${waitingCase}"]`)).toHaveLength(1);
    expect(await page.$(`[data-testid=deadlines-dueSoon] [data-instance-key="${waitingCase}"]`)).toBeNull();
    expect(await page.textContent('[data-testid=deadlines-missed]')).not.toMatch(/DueAt/);
    // each row says whose deadline it is, linking to the case page
    const missed = `[data-testid=deadlines-missed] [data-instance-key="${waitingCase}"]`;
    expect(await page.getAttribute(missed, 'data-application-number')).toBe(waitingNumber);
    expect(await page.textContent(`${missed} [data-testid=case-identity]`)).toContain(waitingApplicant.fullName);
    expect(await page.getAttribute(`${missed} [data-testid=case-link]`, 'href')).toBe(`#/cases/${waitingNumber}`);
    if (first) await screenshot(page, 'deadlines.png');
  });

  it('resolves an incident', async () => {
    // given: the case shows the incident on its diagram
    await page.goto(`/#/monitor/instances/${failingCase}`);
    await page.waitForSelector('[data-testid=instance-diagram] [data-incident="Task_Check"]');
    const incidentKey = await page.getAttribute('[data-testid=instance-incidents] [data-incident-key]', 'data-incident-key');
    expect(incidentKey).toBeTruthy();

    // when: the manager retries (the server gives the job a retry, as Operate does)
    await page.click('[data-testid=retry-incident]');

    // then
    await page.waitForSelector('[data-testid=incidents-none]');
    const open = await manager.ok('GET', '/api/monitor/incidents?state=ACTIVE&limit=1000');
    expect(open.items.map((i: { incidentKey: string }) => i.incidentKey)).not.toContain(incidentKey);
    const retried = await activateJob(server, 'e2e-check');
    await completeJob(server, retried.jobKey);
    await until(async () => (await manager.ok('GET', `/api/monitor/instances/${failingCase}`)).instance.state === 'COMPLETED', 'the case to complete');
  });

  it('retries all open incidents in one batch, with progress', async () => {
    // given: two more cases whose check fails
    for (const name of ['Birinci Kişi', 'İkinci Kişi']) {
      const key = await startIntakeCase(officer);
      await completeTask(officer, (await waitForTask(officer, key, 'Task_Register')).userTaskKey, { applicantName: name, nationality: 'Sentetik' });
      await completeTask(officer, (await waitForTask(officer, key, 'Task_Review')).userTaskKey, {});
      const job = await activateJob(server, 'e2e-check');
      await failJobWithoutRetries(server, job.jobKey, 'Kayıt servisi yanıt vermiyor (sentetik)');
    }
    await page.goto('/#/monitor?process=e2e-intake');
    // (A locator, not a string predicate: the UI's CSP forbids evaluating strings in the page.)
    await page.locator('[data-testid=incident-table] [data-incident-key]').nth(1).waitFor();
    expect(await page.locator('[data-testid=incident-table] [data-incident-key]').count()).toBe(2);

    // when
    await page.click('[data-testid=retry-all]');

    // then
    await page.waitForSelector('[data-testid=incidents-none]');
    const open = await manager.ok('GET', '/api/monitor/incidents?state=ACTIVE&processDefinitionId=e2e-intake');
    expect(open.items).toEqual([]);
    // the retried checks succeed now, so no job is left waiting for the next profile's cases
    for (let i = 0; i < 2; i++) await completeJob(server, (await activateJob(server, 'e2e-check')).jobKey);
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
