import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BundledResource {
  name: string;
  file: string;
  content: Buffer;
}

/** The product's own diagrams, decision tables and forms (processes/*.bpmn, processes/decisions/*.dmn, forms/*.form), deployed at start. */
export function readBundledResources(processesDir: string, formsDir: string): BundledResource[] {
  const read = (dir: string, ext: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => ({ name: f, file: path.join(dir, f), content: fs.readFileSync(path.join(dir, f)) }))
      : [];
  // Forms first: user tasks resolve their form at activation. Both runtimes take everything as one
  // deployment, so the order only keeps the log and the response stable.
  // Decisions before processes for the same reason (business-rule tasks find their decision when they run).
  return [...read(formsDir, '.form'), ...read(path.join(processesDir, 'decisions'), '.dmn'), ...read(processesDir, '.bpmn')];
}

export interface StartupDeploymentSettings {
  processesDir: string;
  formsDir: string;
  /** `YUKK_DEPLOY_AT_START=off` sets false; unset means on. */
  deployAtStart?: boolean;
}

/**
 * What either runtime deploys at start: nothing when switched off, otherwise processes/ and forms/ in one
 * deployment. Unchanged resources keep their version (the embedded engine and Camunda 8 both skip duplicates),
 * so restarts do not pile up versions.
 */
export function startupResources(settings: StartupDeploymentSettings): BundledResource[] {
  if (settings.deployAtStart === false) return [];
  return readBundledResources(settings.processesDir, settings.formsDir);
}

export interface DeployedVersions {
  processes: Array<{ id: string; version: number }>;
  forms: Array<{ id: string; version: number }>;
  decisions?: Array<{ id: string; version: number }>;
}

/** One line for the log: `processes a v2, b v1; forms f v1` (and `; decisions d v1` when there are any). */
export function describeVersions(v: DeployedVersions): string {
  const list = (items: Array<{ id: string; version: number }>) => items.map((i) => `${i.id} v${i.version}`).join(', ') || 'none';
  return `processes ${list(v.processes)}; forms ${list(v.forms)}${v.decisions?.length ? `; decisions ${list(v.decisions)}` : ''}`;
}
