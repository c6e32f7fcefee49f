/**
 * A procedure decides with a decision table an analyst edited in the browser: the analyst opens the deployed
 * accelerated-grounds table (Art. 79(1)) in the decision table editor, narrows the row of Art. 79(1)(b) (misleading
 * the authorities now counts only together with destroyed documents) by typing in a cell, sees the lint catch a
 * malformed entry first, sends the change for review; a manager approves it; a case started afterwards with the
 * same facts as a case started before takes the other path. The real procedures, engine, workers and browser run.
 */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { answerNextDialog, launchBrowser, newUserPage, PROFILE_ROWS, PROFILES, signIn } from './support/browser';
import { ApiSession, until } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** Today in Istanbul (yyyy-MM-dd), whatever this machine's zone: start dates may not lie in the future. */
function istanbulToday(): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

interface InstanceDetail {
  activeElements: Array<{ elementId: string }>;
  history: Array<{ elementId: string }>;
  variables: Record<string, unknown>;
}

/** The cell of a rule row and a column in the decision table editor. */
const cell = (ruleId: string, columnId: string) => `[data-testid=dmn-editor] td[data-row-id="${ruleId}"][data-col-id="${columnId}"]`;

describe.each(PROFILE_ROWS)('decision table edited in the browser decides cases (%s)', (_name, profile) => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let manager: ApiSession;
  let officer: ApiSession;
  let pageErrors: string[];
  const cspViolations: string[] = [];
  let foreignRequests: string[];
  let caseNo = 0;

  /** An accelerated procedure whose applicant (synthetic) misled the authorities, nothing else. */
  const startCase = async (): Promise<string> => {
    const today = istanbulToday();
    const started = await officer.ok<{ processInstanceKey: string }>('POST', '/api/cases', {
      processDefinitionId: 'accelerated-procedure',
      variables: { applicationNumber: `DMN-2026-${String(++caseNo).padStart(4, '0')}`, registrationDate: today, acceleratedStartDate: today, applicant: { fullName: 'Sentetik Başvurucu Deneme', nationality: 'XQ' }, facts: { misledAuthorities: true } },
    });
    return started.processInstanceKey;
  };
  /** The case once the rule worker has ruled on the grounds the table found. */
  const ruled = (key: string) =>
    until(async () => {
      const d = await manager.ok<InstanceDetail>('GET', `/api/monitor/instances/${key}`);
      return 'acceleratedApplies' in d.variables ? d : undefined;
    }, `case ${key} past the criteria check`, 200);

  beforeAll(async () => {
    server = await startE2eServer({ workers: true });
    [manager, officer] = await Promise.all([USERS.manager, USERS.officer].map((u) => ApiSession.signIn(server.url, u, DEMO_PASSWORD)));
    browser = await launchBrowser();
    ({ page, pageErrors, foreignRequests } = await newUserPage(browser, server.url, profile));
    // dmn-js must run under the product's CSP as it is (no string evaluation): the browser reports every refusal
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await signIn(page, USERS.analyst);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('decides with the edited table once a second person approved it; a case decided before keeps its path', async () => {
    // given: a case decided by the table as deployed: misleading the authorities alone is an Art. 79(1)(b) ground
    const beforeKey = await startCase();
    const before = await ruled(beforeKey);
    expect(before.variables.acceleratedGroundsFound).toEqual(['misledAuthorities']);
    expect(before.variables.acceleratedApplies).toBe(true);

    // when: the analyst opens the deployed table from the list of decisions, in the table editor
    await page.goto('/#/decisions');
    await page.click('[data-drg-id="accelerated-criteria"] [data-decision-id="accelerated-grounds"]');
    await page.waitForSelector('[data-drg-id="accelerated-criteria"].active');
    await page.waitForSelector('[data-testid=dmn-views] [data-view-id="accelerated-grounds"][aria-pressed=true]');
    await page.waitForSelector('.lint-panel[data-running="false"][data-errors="0"]');
    // the editor speaks the UI's language (Turkish by default): "When" / "And" over the input columns
    expect(await page.textContent('[data-testid=dmn-editor] th[data-col-id="Input_1"] .clause')).toBe('Koşul');
    expect(await page.textContent('[data-testid=dmn-editor] th[data-col-id="Input_3"] .clause')).toBe('Ve');

    // and types a malformed entry into the row of Art. 79(1)(b), column "destroyed documents": lint names the rule
    const target = cell('Rule_2', 'Input_3');
    const type = async (text: string) => {
      await page.click(target);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    };
    await type('>> doğru');
    await page.waitForSelector('[data-testid=dmn-dirty]:not([hidden])');
    await page.waitForSelector('.lint-panel[data-running="false"] .lint-item.lint-error[data-element-id="Rule_2"]');
    expect(await page.textContent('.lint-item.lint-error[data-element-id="Rule_2"]')).toContain('geçerli bir FEEL giriş koşulu değil');
    expect(await page.isDisabled('[data-testid=deploy]')).toBe(true);

    // then corrects it: the ground now needs destroyed documents as well
    await type('true');
    await page.waitForSelector('.lint-panel[data-running="false"][data-errors="0"]');
    expect((await page.textContent(`${target} .content-editable`))?.trim()).toBe('true');
    await page.click('.lint-panel h2'); // leaves the cell: its suggestions close
    if (profile === PROFILES[0]) await page.screenshot({ path: path.join(SCREENSHOTS, 'decision-table.png') });

    // when: reviewed (XML diff against the live table) and sent for approval
    await page.click('[data-testid=deploy]');
    await page.waitForSelector('[data-testid=review-dialog][data-ready=true]');
    // both sides in the editor's layout: the one changed cell, in the context of its entry
    const diff = (await page.textContent('[data-testid=review-xml-diff]'))!.split('\n');
    expect(diff.filter((l) => /^[-+] /.test(l)).map((l) => l.replace(/\s+/g, ' ').trim()).sort()).toEqual(['+ <text>true</text>', '- <text>-</text>']);
    expect(diff.join('\n')).toContain('<inputEntry id="Rule_2_In_3">');
    await page.fill('[data-testid=review-tag]', '2026.12-dmn');
    await page.fill('[data-testid=review-note]', 'Md. 79(1)(b) yalnızca belge imhasıyla birlikte uygulanır.');
    await page.click('[data-testid=review-submit]');
    await page.waitForSelector('[data-testid=deploy-status][data-request]');
    const requestId = await page.getAttribute('[data-testid=deploy-status]', 'data-request');

    // then: nothing is live yet, and the requester cannot approve
    const pending = await ruled(await startCase());
    expect(pending.variables.acceleratedGroundsFound).toEqual(['misledAuthorities']);
    await page.goto('/#/modeler/requests');
    await page.waitForSelector(`[data-request-id="${requestId}"] [data-testid=request-note]`);
    expect(await page.locator(`[data-request-id="${requestId}"] [data-testid=approve]`).count()).toBe(0);

    // when: a manager approves on the approvals page
    const mgr = await newUserPage(browser, server.url, profile);
    await signIn(mgr.page, USERS.manager);
    await mgr.page.goto('/#/modeler/requests');
    await mgr.page.waitForSelector(`[data-request-id="${requestId}"] [data-testid=request-note]:has-text("belge imhasıyla")`);
    await mgr.page.click(`[data-request-id="${requestId}"] summary`);
    await mgr.page.waitForSelector(`[data-request-id="${requestId}"] .xml-diff .xml-add:has-text("<text>true</text>")`);
    expect(await mgr.page.locator(`[data-request-id="${requestId}"] .xml-diff .xml-add, [data-request-id="${requestId}"] .xml-diff .xml-del`).count()).toBe(2);
    await mgr.page.click(`[data-request-id="${requestId}"] [data-testid=approve]`);
    await mgr.page.waitForSelector(`[data-testid=requests-list]:not(:has([data-request-id="${requestId}"]))`);
    expect(mgr.pageErrors).toEqual([]);
    await mgr.context.close();

    // then: a case with the same facts is decided by the edited table: no ground, the regular procedure
    const afterKey = await startCase();
    const after = await ruled(afterKey);
    expect(after.variables.acceleratedGroundsFound).toEqual([]);
    expect(after.variables.acceleratedApplies).toBe(false);
    const done = await until(async () => {
      const d = await manager.ok<InstanceDetail>('GET', `/api/monitor/instances/${afterKey}`);
      return d.history.some((e) => e.elementId === 'End_NotApplicable') ? d : undefined;
    }, 'the case to end in the regular procedure');
    expect(done.variables.acceleratedOutcome).toBe('not-applicable');
    // while the case decided before keeps the accelerated path
    const kept = await manager.ok<InstanceDetail>('GET', `/api/monitor/instances/${beforeKey}`);
    expect(kept.variables.acceleratedGroundsFound).toEqual(['misledAuthorities']);
    expect(kept.history.map((e) => e.elementId)).toContain('Period_Interview');
    expect(kept.history.map((e) => e.elementId)).not.toContain('End_NotApplicable');

    // and the editor lists the new version
    await page.goto('/#/decisions');
    await page.waitForSelector('[data-drg-id="accelerated-criteria"] .nav-list-meta:has-text("v2")');
  }, 240_000);

  it('speaks English on request: the editor’s labels and the lint', async () => {
    await page.click('[data-testid=lang-switch]');
    await page.goto('/#/decisions');
    await page.click('[data-drg-id="accelerated-criteria"] [data-decision-id="accelerated-grounds"]');
    await page.waitForSelector('[data-testid=dmn-views] [data-view-id="accelerated-grounds"][aria-pressed=true]');
    await page.waitForSelector('.lint-panel[data-running="false"][data-errors="0"]');
    expect(await page.textContent('[data-testid=dmn-editor] th[data-col-id="Input_1"] .clause')).toBe('When');
    expect(await page.textContent('[data-testid=dmn-views] [data-view-type=drd]')).toBe('Decision diagram (DRD)');

    await page.click(cell('Rule_5', 'Input_1'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('[1..');
    await page.waitForSelector('.lint-panel[data-running="false"] .lint-item.lint-error[data-element-id="Rule_5"]');
    expect(await page.textContent('.lint-item.lint-error[data-element-id="Rule_5"]')).toContain('is not valid FEEL unary tests');

    // back to Turkish, dropping the edit
    const drop = answerNextDialog(page, true);
    await page.click('[data-testid=lang-switch]');
    await drop;
  });

  it('starts a new table with a DRD and a decision table view, and asks for the article of its row', async () => {
    await page.goto('/#/decisions');
    await page.click('[data-testid=new-table]');
    await page.waitForSelector('[data-testid=dmn-views] [data-view-type=drd]');
    await page.waitForSelector('[data-testid=dmn-views] [data-view-type=decisionTable]');
    // the DRD shows the decision; its table names the rule whose annotation cites no article yet
    await page.click('[data-testid=dmn-views] [data-view-type=drd]');
    await page.waitForSelector('[data-testid=dmn-editor] .djs-element[data-element-id^="Decision_"]');
    await page.waitForSelector('.lint-panel[data-running="false"] .lint-item.lint-error[data-element-id="Rule_1"]:has-text("madde")');
    expect(await page.isDisabled('[data-testid=deploy]')).toBe(true);
  });

  it('reaches no host but its own server, throws no page errors and breaks no rule of the CSP', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
