/**
 * Officer, real browser, real workers: a removal decision completed through /api with a departure period that
 * Art. 56(1) withholds (flight risk) is refused by the guard, and the reopened task's form shows why, with the
 * rule's findings. All data synthetic.
 */
import { sdkBasicAuth } from '../../src/runtime/runtime-credential';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createOrchestrationClient } from '../../src/runtime/sdk-client';
import { JOB_TYPES, runtimeWorkerDeps } from '../../workers/job-types';
import { SqliteOutbox } from '../../workers/notifications/outbox';
import { loadWorkerConfig } from '../../workers/support/config';
import { JobWorkerFactory, WorkerPool } from '../../workers/support/worker-pool';
import { launchBrowser, newUserPage, PROFILE_ROWS, screenshot, signIn } from './support/browser';
import { completeTask, waitForTask } from './support/fixtures';
import { ApiSession } from './support/http';
import { DEMO_PASSWORD, E2eServer, startE2eServer, USERS } from './support/server';

describe.each(PROFILE_ROWS)('removal decision guard (officer, browser, %s)', (_name, profile) => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let officer: ApiSession;
  let foreignRequests: string[];
  let pageErrors: string[];
  const pool = new WorkerPool();
  let outbox: SqliteOutbox;
  let dataDir: string;

  beforeAll(async () => {
    server = await startE2eServer();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-e2e-workers-'));
    outbox = SqliteOutbox.inDataDir(dataDir);
    const client = createOrchestrationClient({ ZEEBE_REST_ADDRESS: server.url, ...sdkBasicAuth(server.runtimeCredential) } as never);
    const quiet = { log: () => undefined, warn: () => undefined };
    pool.start(client as unknown as JobWorkerFactory, JOB_TYPES, runtimeWorkerDeps(outbox), loadWorkerConfig({ YUKK_WORKER_POLL_TIMEOUT_MS: '1000' }), quiet);
    officer = await ApiSession.signIn(server.url, USERS.officer, DEMO_PASSWORD);
    browser = await launchBrowser();
    ({ page, foreignRequests, pageErrors } = await newUserPage(browser, server.url, profile));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await pool.stop(300);
    outbox?.close();
    await server?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a departure period for a person with a flight risk; the form shows the reason and the findings', async () => {
    // given a removal case (visa overstay, flight risk) started by the officer
    const { processInstanceKey } = await officer.ok<{ processInstanceKey: string }>('POST', '/api/cases', {
      processDefinitionId: 'removal',
      variables: { caseNumber: `SD-E2E-${Date.now()}`, person: { fullName: 'Deneme Yabancı', nationality: 'QQ' }, removalFacts: { visaOverstayOrVisaCancelled: true, flightRisk: true } },
    });
    const first = await waitForTask(officer, processInstanceKey, 'Task_Decide');

    // when the task is completed through /api with 20 days to leave
    await completeTask(officer, first.userTaskKey, { removalDecision: 'remove', departureDays: 20, removalReasons: 'Vize süresi on günden fazla aşıldı.' });

    // then the decision task opens again, and its form says why and shows the rule's findings
    const again = await waitForTask(officer, processInstanceKey, 'Task_Decide');
    expect(again.userTaskKey).not.toBe(first.userTaskKey);
    await signIn(page, USERS.officer);
    await page.waitForSelector(`[data-testid=task-queue] [data-task-key="${again.userTaskKey}"]`);
    await page.click(`[data-testid=task-queue] [data-task-key="${again.userTaskKey}"] a`);
    await page.waitForSelector('[data-testid=task-form][data-ready=true]');
    const form = page.locator('[data-testid=task-form]');
    await form.getByText('Kural bu seçimi kabul etmedi').waitFor();
    const text = await form.innerText();
    expect(text).toContain('Kaçma ve kaybolma riski');
    // The reason and its citation in the Turkish style, as everywhere in the Turkish UI.
    expect(text).toContain('Md. 56(1)');
    expect(text).toContain('Md. 54(1)(e)');
    expect(text).not.toMatch(/\bArt\.\s*\d/);
    await screenshot(page, 'removal-guard.png');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
