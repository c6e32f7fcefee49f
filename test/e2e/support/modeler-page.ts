/** Actions on the modeler page that tests share: open a process, select an element, edit a property. */
import type { Page } from 'playwright-core';

export async function openDeployedProcess(page: Page, processId: string): Promise<void> {
  await page.goto('/#/modeler');
  await page.click(`[data-process-id="${processId}"] button`);
  await page.waitForSelector(`[data-process-id="${processId}"].active`);
  await lintSettled(page);
}

/** The lint panel reports a finished run (data-running=false) with this many errors, or any when omitted. */
export async function lintSettled(page: Page, errors?: number): Promise<void> {
  const sel = errors === undefined ? '.lint-panel[data-running="false"]' : `.lint-panel[data-running="false"][data-errors="${errors}"]`;
  await page.waitForSelector(sel);
}

export async function selectElement(page: Page, elementId: string): Promise<void> {
  await page.click(`[data-testid=modeler-canvas] .djs-element.djs-shape[data-element-id="${elementId}"]`);
  await page.waitForSelector(`[data-testid=modeler-canvas] .djs-element.selected[data-element-id="${elementId}"]`);
}

export async function openGroup(page: Page, groupId: string): Promise<void> {
  const header = `[data-group-id="group-${groupId}"] .bio-properties-panel-group-header`;
  await page.waitForSelector(header);
  if (!(await page.$(`${header}.open`))) await page.click(header);
  await page.waitForSelector(`${header}.open`);
}
