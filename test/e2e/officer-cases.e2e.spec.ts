/**
 * Officers, every day, in an office browser (tr-TR, Istanbul) and in an ordinary English browser on UTC:
 * a date typed `03.12.2026` is 3 December 2026 from the form to the variables to the legal deadline; a future date is
 * refused under its field (in the start form and in a task form); on a 390 px phone an officer completes a task and stays on the case; the case is found by
 * the applicant's name and its page tells the whole story. The real procedures, forms and job workers run.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { periodEnd } from '../../law';
import { horizontalOverflow, launchBrowser, newUserPage, PHONE, PROFILE_ROWS, PROFILES, screenshot, signIn, smallTapTargets } from './support/browser';
import { completeTask, waitForTask } from './support/fixtures';
import { ApiSession, until } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

/** dd.MM.yyyy of an ISO calendar date, written out here so the test does not share the UI's formatter. */
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Tomorrow in Istanbul, whatever this machine's zone. */
function istanbulTomorrow(): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.now() + 24 * 3600 * 1000)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

let server: E2eServer;
let browser: Browser;
let officer: ApiSession;

// One server (with the job workers) and one browser for both profiles.
beforeAll(async () => {
  server = await startE2eServer({ workers: true });
  officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('officer: dates, phone, cases (%s)', (_name, profile) => {
  const n = PROFILES.indexOf(profile);
  const number = `XX-2026-93${n}001`;
  const applicant = `Işıl Deneme Sentetik${'ABC'[n]}`;
  let page: Page;
  let phone: Page;
  let caseKey: string;
  const pageErrors: string[][] = [];
  const foreignRequests: string[][] = [];
  const caseStarts: string[] = [];

  beforeAll(async () => {
    for (const viewport of [undefined, PHONE]) {
      const u = await newUserPage(browser, server.url, profile, viewport);
      pageErrors.push(u.pageErrors);
      foreignRequests.push(u.foreignRequests);
      u.page.on('request', (r: Request) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/cases') caseStarts.push(r.postData() ?? '');
      });
      await signIn(u.page, USERS.officer);
      if (viewport) phone = u.page;
      else page = u.page;
    }
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
    await phone?.context().close();
  });

  async function openNewCase(p: Page): Promise<void> {
    await p.goto('/#/tasks');
    await p.click('[data-testid=new-case]');
    await p.waitForSelector('[data-testid=case-procedure] option[value="international-protection-application"]', { state: 'attached' });
    await p.selectOption('[data-testid=case-procedure]', 'international-protection-application');
    await p.waitForSelector('[data-testid=new-case-panel] [data-testid=task-form][data-ready=true]');
  }
  const group = (p: Page, label: string) => p.locator('.fjs-form-field-group', { has: p.locator(`text="${label}"`) });

  it('takes 03.12.2026 typed into a date field as 3 December 2026: in the form, in the variables', async () => {
    // given
    await openNewCase(page);
    await page.getByLabel(/^Başvuru no/).fill(number);

    // when: the date is typed digit by digit (the field puts in the dots), like the birth date
    const dateInput = page.getByLabel(/^Başvuru tarihi/);
    await dateInput.pressSequentially('03122026');
    await group(page, 'Başvuru sahibi').getByLabel(/^Adı soyadı/).fill(applicant);
    await group(page, 'Başvuru sahibi').getByLabel(/^Uyruğu/).fill('Sentetikistan');
    await group(page, 'Başvuru sahibi').getByLabel(/^Doğum tarihi/).pressSequentially('04.03.1990');

    // then: the field shows the law's format in either browser
    expect(await dateInput.inputValue()).toBe('03.12.2026');
    expect(await dateInput.getAttribute('data-date-iso')).toBe('2026-12-03');

    // when
    await page.click('[data-testid=start-case]');

    // then: the case holds 2026-12-03, and the birth date as typed
    const card = await page.waitForSelector('[data-testid=case-started]');
    caseKey = (await card.getAttribute('data-instance-key'))!;
    const register = await waitForTask(officer, caseKey, 'Task_Register');
    const detail = await officer.ok<{ variables: Record<string, unknown> }>('GET', `/api/tasks/${register.userTaskKey}`);
    expect(detail.variables.applicationDate).toBe('2026-12-03');
    expect(detail.variables.applicant).toMatchObject({ fullName: applicant, dateOfBirth: '1990-03-04' });
    expect(await page.textContent('[data-testid=case-page-link]')).toBe(number);
  });

  it('refuses a future date under its field, naming it, and sends nothing', async () => {
    // given
    const sent = caseStarts.length;
    await openNewCase(page);
    await page.getByLabel(/^Başvuru no/).fill(`XX-2026-93${n}002`);
    await group(page, 'Başvuru sahibi').getByLabel(/^Adı soyadı/).fill('Deneme Gelecek');
    await group(page, 'Başvuru sahibi').getByLabel(/^Uyruğu/).fill('Sentetikistan');

    // when: tomorrow (Istanbul) as the application date
    await page.getByLabel(/^Başvuru tarihi/).fill(ddmmyyyy(istanbulTomorrow()));
    await page.click('[data-testid=start-case]');

    // then: the message sits in that field's error list and names the field
    const field = page.locator('.fjs-form-field-datetime', { has: page.getByLabel(/^Başvuru tarihi/) });
    const message = field.locator('.fjs-form-field-error li');
    await message.first().waitFor();
    expect(await message.allTextContents()).toEqual([expect.stringMatching(/^Başvuru tarihi ileri bir tarih olamaz \(bugün \d{2}\.\d{2}\.\d{4}\)\.$/)]);
    await page.waitForSelector('[data-testid=case-invalid]:not([hidden])');
    expect(caseStarts.length).toBe(sent);
  });

  it('signs in on a 390 px phone without sideways scrolling', async () => {
    const fresh = await newUserPage(browser, server.url, profile, PHONE);
    pageErrors.push(fresh.pageErrors);
    try {
      await fresh.page.goto('/#/signin');
      await fresh.page.waitForSelector('form.signin-card');
      expect(await horizontalOverflow(fresh.page)).toBeLessThanOrEqual(0);
      expect(await smallTapTargets(fresh.page, 'form.signin-card')).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });

  it('on a 390 px phone: the officer completes the registration and stays on the case, nothing scrolls sideways', async () => {
    // given: the case's registration in the phone's queue
    const register = await waitForTask(officer, caseKey, 'Task_Register');
    await phone.goto('/#/tasks?scope=unassigned');
    const card = phone.locator(`[data-testid=task-queue] [data-task-key="${register.userTaskKey}"]`);
    await card.waitFor();
    expect(await card.locator('[data-testid=case-identity]').textContent()).toContain(applicant);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // when: the officer taps the task, claims it, fills the form
    await card.locator('a').tap();
    await phone.waitForSelector(`[data-testid=task-detail][data-task-key="${register.userTaskKey}"]`);
    await phone.tap('[data-testid=claim]');
    await phone.waitForSelector('[data-testid=unclaim]');
    await phone.waitForSelector('[data-testid=task-form][data-ready=true]');
    // the form's text shows the application date as the law writes it, not as stored
    expect((await phone.locator('[data-testid=task-form] .fjs-form-field-text').allTextContents()).join(' ')).toContain('başvuru tarihi: 03.12.2026');
    await phone.getByLabel(/^Türkiye’ye geliş güzergâhı/).fill('Deneme güzergâhı, sentetik');

    // and: a registration date tomorrow (Istanbul) is refused under its field and the task stays open
    const registrationDate = phone.getByLabel(/^Kayıt tarihi/);
    await registrationDate.pressSequentially(ddmmyyyy(istanbulTomorrow()));
    await phone.tap('[data-testid=complete]');
    const dateError = phone.locator('.fjs-form-field-datetime', { has: registrationDate }).locator('.fjs-form-field-error li');
    await dateError.first().waitFor();
    expect(await dateError.allTextContents()).toEqual([expect.stringMatching(/^Kayıt tarihi ileri bir tarih olamaz \(bugün \d{2}\.\d{2}\.\d{4}\)\.$/)]);
    expect((await officer.ok<{ task: { state: string } }>('GET', `/api/tasks/${register.userTaskKey}`)).task.state).toBe('CREATED');
    await registrationDate.fill('');
    await registrationDate.pressSequentially('03.12.2026');

    // then: usable at this width, the form using the phone's width
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    expect((await phone.locator('[data-testid=task-detail] .task-form-card').boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.9);
    // (form-js's "powered by bpmn.io" mark stays as shipped: its licence asks for it to remain visible)
    expect(await smallTapTargets(phone, '[data-testid=task-detail] .task-form-card', 40, '.fjs-powered-by-link')).toEqual([]);
    expect(await smallTapTargets(phone, '[data-testid=task-detail] .task-detail-head')).toEqual([]);
    if (n === 0) await screenshot(phone, 'phone-task.png');

    // when
    await phone.tap('[data-testid=complete]');

    // then: the next step of the same case (routing, after the rule workers) opens, not another applicant's task
    const route = await waitForTask(officer, caseKey, 'Task_Route');
    await phone.waitForSelector(`[data-testid=task-detail][data-task-key="${route.userTaskKey}"]`);
    expect(phone.url()).toContain(`#/tasks/${route.userTaskKey}`);
    expect(await phone.locator('[data-testid=task-detail] [data-testid=case-identity]').textContent()).toContain(number);
    const variables = (await officer.ok<{ variables: Record<string, unknown> }>('GET', `/api/tasks/${route.userTaskKey}`)).variables;
    expect(variables.registrationDate).toBe('2026-12-03');
    // and: the routing form (rule tables) in the UI's words: no ISO dates, no English of form-js, citations as `Md.`
    await phone.waitForSelector('[data-testid=task-detail] [data-testid=task-form][data-ready=true]');
    expect(await phone.locator('[data-testid=task-detail] [data-testid=task-form]').innerText()).not.toMatch(/\bArt\. |Nothing to show|No results|\d{4}-\d{2}-\d{2}/);
  });

  it('finds the case by the applicant’s name and shows its whole story, with the deadline counted from 3 December 2026', async () => {
    // given: the interview period the calendar worker counts from the application date (Art. 75(1)), and the case as far as routing
    const expected = periodEnd({ start: '2026-12-03', parameter: 'regular.interviewPeriod' });
    // and: routed to the accelerated procedure, which the application calls as a child procedure (Art. 79)
    const route = await waitForTask(officer, caseKey, 'Task_Route');
    await completeTask(officer, route.userTaskKey, { route: 'accelerated', routeReason: 'Sentetik deneme gerekçesi' });
    const file = await until(async () => {
      const f = await officer.ok<{ instances: Array<{ processInstanceKey: string; parentProcessInstanceKey: string | null; processDefinitionId: string }> }>('GET', `/api/cases/${number}`);
      return f.instances.length === 2 ? f : null;
    }, 'the called accelerated procedure in the case');
    const child = file.instances.find((i) => i.parentProcessInstanceKey === caseKey)!;
    expect(child.processDefinitionId).toBe('accelerated-procedure');

    // when: searched by the name, typed in another casing (dotted/dotless I as Turkish has them)
    await page.goto('/#/cases');
    await page.fill('[data-testid=case-search-input]', applicant.split(' ')[0].toLocaleUpperCase('tr-TR') + ' ' + applicant.split(' ')[2].toLocaleLowerCase('tr-TR'));
    await page.press('[data-testid=case-search-input]', 'Enter');
    const hit = page.locator(`[data-testid=case-results] li[data-application-number="${number}"]`);
    await hit.waitFor();
    await hit.locator('[data-testid=case-link]').click();

    // then: the case page, with the steps so far in order, dated dd.MM.yyyy HH:mm
    await page.waitForSelector(`[data-view=case][data-application-number="${number}"]`);
    const timeline = page.locator('[data-testid=case-timeline] li');
    await timeline.first().waitFor();
    const steps = await Promise.all((await timeline.all()).map((li) => li.getAttribute('data-element-id')));
    for (const id of ['Start_ApplicationLodged', 'Task_Register', 'Period_Interview', 'Period_Decision', 'Notice_Registration', 'Task_Screen', 'Task_Route', 'Call_Accelerated']) expect(steps).toContain(id);
    expect(steps.indexOf('Task_Register')).toBeLessThan(steps.indexOf('Period_Interview'));
    // the child procedure's steps are part of the same story, after the call
    const childSteps = await page.locator(`[data-testid=case-timeline] li[data-instance-key="${child.processInstanceKey}"]`).count();
    expect(childSteps).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=case-procedures] li').count()).toBe(2);
    await page.waitForSelector(`[data-testid=case-procedures] li.child[data-instance-key="${child.processInstanceKey}"]`);
    const stamps = await page.locator('[data-testid=case-timeline] time').allTextContents();
    for (const s of stamps) expect(s).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(await page.textContent('[data-testid=case-title]')).toContain(number);

    // and: the deadline, on the legal calendar from 3 December 2026, shown as the law writes dates
    const deadline = page.locator('[data-testid=case-deadlines] li[data-variable=interviewDueAt]');
    expect(await deadline.getAttribute('data-due-date')).toBe(ddmmyyyy(expected.dueDate));
    expect(await deadline.locator('.deadline-date').textContent()).toBe(ddmmyyyy(expected.dueDate));
    expect(await deadline.locator('.citation').textContent()).toBe('Md. 75(1)');
    // the registration notice is among the documents, and the screening's outcome is in words, not an identifier
    await page.waitForSelector('[data-testid=case-documents] li[data-kind=notice]');
    await page.waitForSelector('[data-testid=case-documents] [data-outcome=admissible]:text-is("kabul edilebilir")');
    // officers do not see the audit trail
    expect(await page.textContent('[data-testid=case-audit]')).toContain('yöneticiler ve denetçiler');
    expect(await page.locator('body').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}(T\d{2}:)?/);
    if (n === 0) await screenshot(page, 'case-page.png', { fullPage: true });

    // and: the interview task (back on the regular track) is due at the end of that day in Istanbul — 23:59 in either
    // browser, although 23:59 in Istanbul is 20:59 on the UTC browser's own clock
    const interview = await waitForTask(officer, caseKey, 'Task_Interview');
    await page.goto(`/#/tasks/${interview.userTaskKey}`);
    await page.waitForSelector(`[data-testid=task-detail][data-task-key="${interview.userTaskKey}"]`);
    expect(await page.textContent('[data-testid=task-detail] [data-testid=due-date]')).toBe(`${ddmmyyyy(expected.dueDate)} 23:59`);

    // and: the same page on the phone does not scroll sideways
    await phone.goto(`/#/cases/${number}`);
    await phone.waitForSelector('[data-testid=case-timeline] li');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    if (n === 0) await screenshot(phone, 'phone-case.png');
  });

  it('keeps the monitor readable on a 768 px tablet: nothing scrolls sideways', async () => {
    const { page: tablet, pageErrors: errors } = await newUserPage(browser, server.url, profile, { width: 768, height: 1024 });
    pageErrors.push(errors);
    try {
      await signIn(tablet, USERS.manager);
      for (const [route, ready] of [
        ['/#/monitor', '[data-view] .card, .page .card'],
        [`/#/monitor/instances/${caseKey}`, '.instance-page .case-diagram'],
        ['/#/deadlines', '.deadlines-page .card, .deadlines-page .state'],
        [`/#/cases/${number}`, '[data-testid=case-timeline] li'],
      ] as const) {
        await tablet.goto(route);
        await tablet.waitForSelector(ready);
        // the route is in the comparison so a failure says which page scrolls
        expect({ route, overflow: Math.max(0, await horizontalOverflow(tablet)) }).toEqual({ route, overflow: 0 });
      }
      if (n === 0) await screenshot(tablet, 'tablet-case.png');
    } finally {
      await tablet.context().close();
    }
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests.flat()).toEqual([]);
    expect(pageErrors.flat()).toEqual([]);
  });
});
