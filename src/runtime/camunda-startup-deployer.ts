import type { OrchestrationClient } from './camunda-client';
import { BundledResource, DeployedVersions, describeVersions } from './bundled-resources';

/** Wait after the n-th failure: first delay, doubled each time, capped. */
export interface RetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
}
export const DEFAULT_RETRY: RetryPolicy = { firstDelayMs: 1_000, maxDelayMs: 60_000 };

export function retryDelay(failures: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.firstDelayMs * 2 ** Math.max(0, failures - 1), policy.maxDelayMs);
}

export interface DeployLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type StartupDeploymentState = 'idle' | 'deploying' | 'waiting' | 'deployed' | 'refused' | 'stopped';

export interface StartupDeploymentStatus {
  state: StartupDeploymentState;
  attempts: number;
  failures: number;
  /** Set once Camunda accepted the deployment. */
  deployed?: DeployedVersions;
}

type Deployer = Pick<OrchestrationClient, 'createDeployment'>;

/**
 * Camunda 8 mode: deploys processes/ and forms/ (as bundled-resources.ts picks them) in one deployment through the
 * SDK, after the server listens. The cluster may be unreachable or still starting, so start-up never waits for it:
 * failures are logged as warnings and retried with back-off until the deployment succeeds or the server stops.
 * Camunda skips resources whose name and content equal its latest version, so a restart adds no versions.
 *
 * A 400 (Camunda refused the resources, e.g. a BPMN it cannot run) is not retried: the same files would be refused
 * again, and they can only change with a restart.
 */
export class CamundaStartupDeployer {
  private state: StartupDeploymentState = 'idle';
  private attempts = 0;
  private failures = 0;
  private deployed?: DeployedVersions;
  private resources: BundledResource[] = [];
  private timer?: NodeJS.Timeout;
  private inFlight?: { cancel?: () => void };
  private readonly target: string;

  constructor(
    private readonly client: () => Deployer,
    /** Where the deployment goes, for the log (credentials removed). */
    target: string,
    private readonly log: DeployLog,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.target = withoutCredentials(target);
  }

  /** Begins the first attempt; later calls and an empty list do nothing. */
  start(resources: BundledResource[]): void {
    if (this.state !== 'idle' || resources.length === 0) return;
    this.resources = resources;
    void this.attempt();
  }

  status(): StartupDeploymentStatus {
    return { state: this.state, attempts: this.attempts, failures: this.failures, deployed: this.deployed };
  }

  /** No further attempts; an attempt under way is cancelled. */
  stop(): void {
    if (this.state === 'deployed' || this.state === 'refused') return;
    this.state = 'stopped';
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.cancel?.();
  }

  /**
   * Nest lifecycle hook (the instance is a provider of CamundaClientModule). Before, not on, shutdown: the runtime
   * client's sockets close on shutdown, and an attempt failing on that must not be logged and rescheduled.
   */
  beforeApplicationShutdown(): void {
    this.stop();
  }

  /** A method, not a field read: stop() may run while an attempt awaits. */
  private stopped(): boolean {
    return this.state === 'stopped';
  }

  private async attempt(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'deploying';
    this.attempts++;
    const names = this.resources.map((r) => r.name);
    try {
      const files = this.resources.map((r) => new File([new Uint8Array(r.content)], r.name, { type: 'application/octet-stream' }));
      const call = this.client().createDeployment({ resources: files });
      this.inFlight = call as { cancel?: () => void };
      const result = await call;
      if (this.stopped()) return;
      this.deployed = {
        processes: (result.deployments ?? []).flatMap((d) => (d.processDefinition ? [{ id: String(d.processDefinition.processDefinitionId), version: d.processDefinition.processDefinitionVersion }] : [])),
        forms: (result.deployments ?? []).flatMap((d) => (d.form ? [{ id: String(d.form.formId), version: d.form.version ?? 1 }] : [])),
      };
      this.state = 'deployed';
      this.log.info(`deployed ${names.length} resources to Camunda 8 at ${this.target} (deployment ${String(result.deploymentKey)}): ${describeVersions(this.deployed)}`);
    } catch (err) {
      if (this.stopped()) return;
      this.failures++;
      const reason = describeError(err);
      if (statusOf(err) === 400) {
        this.state = 'refused';
        this.log.error(`Camunda 8 at ${this.target} refused the deployment of ${names.join(', ')}: ${reason}. Not retried: fix the files and restart.`);
        return;
      }
      const delay = retryDelay(this.failures, this.policy);
      this.log.warn(`deployment of ${names.length} resources to Camunda 8 at ${this.target} failed (attempt ${this.attempts}): ${reason}; retrying in ${delay / 1000} s`);
      this.state = 'waiting';
      this.timer = setTimeout(() => void this.attempt(), delay);
      // The HTTP server keeps the process alive; a pending retry must not.
      this.timer.unref();
    } finally {
      this.inFlight = undefined;
    }
  }
}

function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Name, HTTP status, message and the innermost error code (ECONNREFUSED…): enough to act on, nothing more. */
export function describeError(err: unknown): string {
  const e = (err ?? {}) as { name?: string; message?: string; title?: string; detail?: string };
  const status = statusOf(err);
  let code: string | undefined;
  for (let c: unknown = err, depth = 0; c && typeof c === 'object' && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    const value = (c as { code?: unknown }).code;
    if (typeof value === 'string') code = value;
  }
  const message = [e.message, e.detail && e.detail !== e.message ? e.detail : undefined].filter(Boolean).join(': ') || String(err);
  const text = `${e.name ?? 'Error'}${status !== undefined ? ` ${status}` : ''}: ${message}${code ? ` (${code})` : ''}`;
  return redactSecrets(text.replace(/\s+/g, ' ').slice(0, 500));
}

/** Belt and braces: no value of a secret-looking environment variable reaches the log, whatever an error quotes. */
function redactSecrets(text: string): string {
  let out = text;
  for (const [name, value] of Object.entries(process.env)) {
    if (value && value.length >= 4 && /SECRET|PASSWORD|TOKEN|CREDENTIAL|_KEY$/i.test(name)) out = out.split(value).join('***');
  }
  return withoutCredentials(out);
}

/** `http://user:pass@host` → `http://***@host`. */
function withoutCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
}
