/**
 * Officer: starts a case from the task list ("Yeni dosya"), picks a procedure, fills in its start form, sees the
 * created case, and the case's first task arrives in the queue. Incomplete forms are stopped in the browser; values
 * the server refuses are shown under their fields; neither creates a case.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser, newUserPage, PROFILE_ROWS, PROFILES, screenshot, signIn } from './support/browser';
import { waitForTask } from './support/fixtures';
import { ApiSession, until } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

let server: E2eServer;
let browser: Browser;
let officer: ApiSession;
let manager: ApiSession;

// One server and one browser for both browser profiles. The five procedures and their start forms are deployed by
// the server at start (processes/, forms/).
beforeAll(async () => {
  server = await startE2eServer();
  officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
  manager = await ApiSession.signIn(server.url, USERS.manager, DEMO_PASSWORD);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(PROFILE_ROWS)('new case (officer, %s)', (_name, profile) => {
  const n = PROFILES.indexOf(profile);
  /** Synthetic case numbers, distinct per profile (the server is shared). */
  const caseNumber = (i: number) => `XX-2026-9${n}05${String(i).padStart(2, '0')}`;
  let page: Page;
  let foreignRequests: string[];
  let pageErrors: string[];
  const caseStarts: string[] = [];

  beforeAll(async () => {
    ({ page, foreignRequests, pageErrors } = await newUserPage(browser, server.url, profile));
    page.on('request', (r: Request) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/cases') caseStarts.push(r.postData() ?? '');
    });
    await signIn(page, USERS.officer);
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  const instances = async (processDefinitionId: string): Promise<number> =>
    (await manager.ok<{ page: { totalItems: number } }>('GET', `/api/monitor/instances?processDefinitionId=${processDefinitionId}&limit=1`)).page.totalItems;

  const group = (label: string) => page.locator('.fjs-form-field-group', { has: page.locator(`text="${label}"`) });

  async function openNewCase(processDefinitionId: string): Promise<void> {
    await page.goto('/#/tasks');
    await page.click('[data-testid=new-case]');
    await page.waitForSelector(`[data-testid=case-procedure] option[value="${processDefinitionId}"]`, { state: 'attached' });
    await page.selectOption('[data-testid=case-procedure]', processDefinitionId);
    await page.waitForSelector('[data-testid=new-case-panel] [data-testid=task-form][data-ready=true]');
  }

  /** Date fields take dd.MM.yyyy in any browser locale (views/tasks/date-field.ts). */
  async function typeDate(label: RegExp, ddmmyyyy: string): Promise<void> {
    await page.getByLabel(label).fill(ddmmyyyy);
  }

  it('starts an application from the task list; the case is shown and its first task arrives in the queue', async () => {
    // given
    const before = await instances('international-protection-application');
    await openNewCase('international-protection-application');

    // when: the start form is filled in with synthetic data and submitted
    await page.getByLabel(/^Başvuru no/).fill(caseNumber(1));
    await typeDate(/^Başvuru tarihi/, '04.05.2026');
    await group('Başvuru sahibi').getByLabel(/^Adı soyadı/).fill('Deneme Başvurucu Sentetik');
    await group('Başvuru sahibi').getByLabel(/^Uyruğu/).fill('Sentetikistan');
    await group('Başvuru sahibi').getByLabel(/^Bildirim ve tercüman dili/).fill('ar');
    await page.click('[data-testid=start-case]');

    // then: the created case, with its key and procedure
    const card = await page.waitForSelector('[data-testid=case-started]');
    const caseKey = (await card.getAttribute('data-instance-key'))!;
    expect(caseKey).toMatch(/^\d+$/);
    expect(await page.textContent('[data-testid=case-key]')).toBe(caseKey);
    expect(await page.textContent('[data-testid=case-procedure-name]')).toBe('Uluslararası koruma başvurusu');
    expect(await instances('international-protection-application')).toBe(before + 1);

    // and: the first task (registration, for officers) is in the queue and linked from the card
    const register = await waitForTask(officer, caseKey, 'Task_Register');
    await page.waitForSelector(`[data-testid=task-queue] [data-task-key="${register.userTaskKey}"]`);
    await page.waitForSelector(`[data-testid=first-task][data-state=found] a[data-task-key="${register.userTaskKey}"]`);
    if (n === 0) await screenshot(page, 'new-case-started.png');

    // and: the case holds what was entered, optional fields left empty are absent (the contract is closed)
    const detail = await officer.ok<{ variables: Record<string, unknown> }>('GET', `/api/tasks/${register.userTaskKey}`);
    expect(detail.variables).toMatchObject({
      applicationNumber: caseNumber(1),
      applicationDate: '2026-05-04',
      applicant: { fullName: 'Deneme Başvurucu Sentetik', nationality: 'Sentetikistan', language: 'ar' },
    });
    expect(Object.keys(detail.variables)).not.toEqual(expect.arrayContaining(['province']));
    expect(Object.keys(detail.variables)).not.toEqual(expect.arrayContaining(['representative']));

    // and: the officer goes on to the task from the card
    await page.click(`[data-testid=first-task] a`);
    await page.waitForSelector(`[data-testid=task-detail][data-task-key="${register.userTaskKey}"]`);
  });

  it('stops a start form with a missing required field in the browser: the field says why, nothing is created', async () => {
    // given
    const before = await instances('victim-support');
    const sent = caseStarts.length;
    await openNewCase('victim-support');

    // when: the person's name is left out
    await page.getByLabel(/^Dosya no/).fill(caseNumber(2));
    await group('Olası mağdur').getByLabel(/^Uyruğu/).fill('Sentetikistan');
    await page.click('[data-testid=start-case]');

    // then
    await page.waitForSelector('[data-testid=case-invalid]:not([hidden])');
    const nameField = group('Olası mağdur').locator('.fjs-form-field-textfield', { has: page.getByLabel(/^Adı soyadı/) });
    await nameField.locator('.fjs-form-field-error li:text-is("Bu alan zorunludur.")').waitFor();
    // the picture for docs/screenshots: the top of the form, without the previous case's toast
    await page.waitForSelector('.toast', { state: 'detached' });
    await page.locator('[data-testid=new-case-panel] > header h2').scrollIntoViewIfNeeded();
    if (n === 0) await screenshot(page, 'new-case.png');
    expect(caseStarts.length).toBe(sent);
    expect(await page.$('[data-testid=case-started]')).toBeNull();
    expect(await instances('victim-support')).toBe(before);
  });

  it("shows the server's refusal under the field it names, creates nothing, and starts once corrected", async () => {
    // given: a representative with a name but no kind, which only the procedure's contract refuses
    const before = await instances('international-protection-application');
    await openNewCase('international-protection-application');
    await page.getByLabel(/^Başvuru no/).fill(caseNumber(3));
    await typeDate(/^Başvuru tarihi/, '05.05.2026');
    await group('Başvuru sahibi').getByLabel(/^Adı soyadı/).fill('Deneme Başvurucu İki');
    await group('Başvuru sahibi').getByLabel(/^Uyruğu/).fill('Sentetikistan');
    await page.getByLabel(/^Temsilcinin adı soyadı/).fill('Av. Deneme Temsilci');

    // when
    await page.click('[data-testid=start-case]');

    // then: the contract's message, in Turkish, under "Temsilci türü"; the case is not created
    await page.waitForSelector('[data-testid=case-invalid]:not([hidden])');
    const kindField = page.locator('.fjs-form-field-select', { has: page.locator('label:has-text("Temsilci türü")') });
    await kindField.locator('.fjs-form-field-error li:text-is("İzin verilen değerlerden biri seçilmelidir.")').waitFor();
    expect(await instances('international-protection-application')).toBe(before);

    // when: the kind is chosen and the form sent again
    await kindField.locator('.fjs-input-group').click();
    await kindField.locator('.fjs-dropdownlist-item:text-is("Avukat")').click();
    await page.click('[data-testid=start-case]');

    // then
    const card = await page.waitForSelector('[data-testid=case-started]');
    const caseKey = (await card.getAttribute('data-instance-key'))!;
    const register = await waitForTask(officer, caseKey, 'Task_Register');
    const detail = await until(async () => {
      const d = await officer.ok<{ variables: Record<string, unknown> }>('GET', `/api/tasks/${register.userTaskKey}`);
      return d.variables.representative ? d : null;
    }, 'representative on the new case');
    expect(detail.variables.representative).toEqual({ kind: 'lawyer', fullName: 'Av. Deneme Temsilci' });
  });

  it('offers the action in English too', async () => {
    await page.goto('/#/tasks');
    await page.click('[data-testid=lang-switch]');
    await page.waitForSelector('[data-testid=new-case]:has-text("New case")');
    await page.click('[data-testid=new-case]');
    await page.waitForSelector('[data-testid=new-case-panel] h2:text-is("Start a new case")');
    await page.click('[data-testid=lang-switch]');
    await page.waitForSelector('[data-testid=new-case]:has-text("Yeni dosya")');
  });

  it('reaches no host but its own server and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
