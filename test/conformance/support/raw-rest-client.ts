/**
 * A tiny raw-REST client (plain fetch, no SDK) for the recorded Zeebe observations in
 * test/conformance/zeebe-observations/. Its calls are the ones the observations were first made with
 * against Camunda 8.6.0 (deployments, creation with awaitCompletion, jobs, messages, clock), so the
 * scenarios stay what was recorded. Responses are read in the 8.8 shape the embedded engine serves
 * (keys as strings, the activated job's key as `jobKey`).
 */
export interface Job {
  jobKey: string;
  type: string;
  processInstanceKey: string;
  elementId: string;
  retries: number;
  deadline: number;
  worker: string;
  tenantId: string;
  variables: Record<string, unknown>;
  customHeaders: Record<string, unknown>;
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
}

/** One answer as it came over the wire. */
export interface RawResponse {
  status: number;
  contentType: string;
  /** Parsed JSON, `{ detail: text }` for a body that is not JSON, undefined for no body. */
  body: any;
}

export class RestError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly problem: Problem,
  ) {
    super(`${method} ${path} -> ${problem.status} ${problem.title ?? ''}: ${problem.detail ?? ''}`);
  }
}

/** Outcome of a process instance created with awaitCompletion. */
export type Completion = { completed: true; variables: Record<string, unknown> } | { completed: false; status: number; title?: string };

export class RawRestClient {
  /**
   * @param base address without /v2, e.g. http://127.0.0.1:8080
   * @param headers sent with every request (the embedded server's runtime credential)
   */
  constructor(
    readonly base: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Sends one request; `body` is JSON, a FormData, or a string sent as is (for malformed JSON). Never throws on a status. */
  async raw(method: string, path: string, body?: unknown): Promise<RawResponse> {
    const json = body !== undefined && !(body instanceof FormData);
    const res = await fetch(`${this.base}/v2${path}`, {
      method,
      headers: { ...this.headers, ...(json ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : body instanceof FormData || typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { detail: text };
      }
    }
    return { status: res.status, contentType: (res.headers.get('content-type') ?? '').split(';')[0], body: parsed };
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.raw(method, path, body);
    if (res.status >= 400) {
      const p = (res.body ?? {}) as Problem;
      throw new RestError(method, path, { status: res.status, title: p.title, detail: p.detail });
    }
    return res.body as T;
  }

  static deploymentForm(resources: Record<string, string>): FormData {
    const form = new FormData();
    for (const [name, xml] of Object.entries(resources)) form.append('resources', new Blob([xml], { type: 'application/xml' }), name);
    return form;
  }

  async deploy(resources: Record<string, string>): Promise<void> {
    await this.call('POST', '/deployments', RawRestClient.deploymentForm(resources));
  }

  async createInstance(processDefinitionId: string, variables: Record<string, unknown> = {}): Promise<string> {
    const body = await this.call<{ processInstanceKey: string }>('POST', '/process-instances', { processDefinitionId, variables });
    return body.processInstanceKey;
  }

  /**
   * Creates an instance and waits for its end (`awaitCompletion`). A 504 means "still running after
   * requestTimeout" (a wait state or an incident): reported as not completed, not as an error.
   */
  async runToCompletion(
    processDefinitionId: string,
    variables: Record<string, unknown> = {},
    opts: { requestTimeout?: number; fetchVariables?: string[] } = {},
  ): Promise<Completion> {
    try {
      const body = await this.call<{ variables: Record<string, unknown> }>('POST', '/process-instances', {
        processDefinitionId,
        variables,
        awaitCompletion: true,
        requestTimeout: opts.requestTimeout ?? 5_000,
        ...(opts.fetchVariables ? { fetchVariables: opts.fetchVariables } : {}),
      });
      return { completed: true, variables: body.variables ?? {} };
    } catch (e) {
      if (e instanceof RestError && e.problem.status === 504) return { completed: false, status: e.problem.status, title: e.problem.title };
      throw e;
    }
  }

  /** 204 when the instance was still active; a 404 (already ended) gives false. */
  async cancel(processInstanceKey: string): Promise<boolean> {
    try {
      await this.call('POST', `/process-instances/${processInstanceKey}/cancellation`, {});
      return true;
    } catch (e) {
      if (e instanceof RestError && e.problem.status === 404) return false;
      throw e;
    }
  }

  /**
   * One activation request. By default it does not long-poll (`requestTimeout` -1): the embedded engine fires due
   * timers, back-offs and job timeouts before it answers a clock pin, so "nothing yet" needs no waiting.
   */
  async activate(type: string, opts: { max?: number; timeout?: number; requestTimeout?: number; worker?: string } = {}): Promise<Job[]> {
    const body = await this.call<{ jobs: Job[] }>('POST', '/jobs/activation', {
      type,
      ...(opts.worker === undefined ? { worker: 'observations' } : opts.worker ? { worker: opts.worker } : {}),
      timeout: opts.timeout ?? 60_000,
      maxJobsToActivate: opts.max ?? 10,
      requestTimeout: opts.requestTimeout ?? -1,
    });
    return body.jobs ?? [];
  }

  /** Activates (long polling) until `count` jobs of `type` arrived or `withinMs` elapsed. */
  async activateAtLeast(type: string, count: number, withinMs = 10_000): Promise<Job[]> {
    const jobs: Job[] = [];
    const until = Date.now() + withinMs;
    while (jobs.length < count && Date.now() < until) {
      jobs.push(...(await this.activate(type, { max: count - jobs.length, requestTimeout: Math.max(200, Math.min(2_000, until - Date.now())) })));
    }
    return jobs;
  }

  async complete(jobKey: string, variables?: Record<string, unknown>): Promise<void> {
    await this.call('POST', `/jobs/${jobKey}/completion`, variables ? { variables } : {});
  }

  async fail(jobKey: string, retries: number, errorMessage: string, retryBackOff?: number): Promise<void> {
    await this.call('POST', `/jobs/${jobKey}/failure`, { retries, errorMessage, ...(retryBackOff !== undefined ? { retryBackOff } : {}) });
  }

  async throwError(jobKey: string, errorCode: string, errorMessage?: string, variables?: Record<string, unknown>): Promise<void> {
    await this.call('POST', `/jobs/${jobKey}/error`, { errorCode, errorMessage, ...(variables ? { variables } : {}) });
  }

  async updateRetries(jobKey: string, retries: number): Promise<void> {
    await this.call('PATCH', `/jobs/${jobKey}`, { changeset: { retries } });
  }

  async publish(name: string, correlationKey: string, timeToLive: number, variables?: Record<string, unknown>): Promise<void> {
    await this.call('POST', '/messages/publication', { name, correlationKey, timeToLive, ...(variables ? { variables } : {}) });
  }

  /** Correlates; false when no subscription matched (404). */
  async correlate(name: string, correlationKey: string, variables?: Record<string, unknown>): Promise<boolean> {
    try {
      await this.call('POST', '/messages/correlation', { name, correlationKey, ...(variables ? { variables } : {}) });
      return true;
    } catch (e) {
      if (e instanceof RestError && e.problem.status === 404) return false;
      throw e;
    }
  }

  /** Number of instances of a process (any state): how a timer start event's firings are counted. */
  async countInstances(processDefinitionId: string): Promise<number> {
    const body = await this.call<{ page: { totalItems: number } }>('POST', '/process-instances/search', { filter: { processDefinitionId } });
    return body.page.totalItems;
  }

  /** How many instances of the process currently wait at `elementId` (read model, immediate on the embedded engine). */
  async waitingAt(processDefinitionId: string, elementId: string): Promise<number> {
    const body = await this.call<{ page: { totalItems: number } }>('POST', '/element-instances/search', { filter: { processDefinitionId, elementId, state: 'ACTIVE' } });
    return body.page.totalItems;
  }

  async pinClock(timestamp: number): Promise<void> {
    await this.call('PUT', '/clock', { timestamp });
  }

  async resetClock(): Promise<void> {
    await this.call('POST', '/clock/reset', {});
  }
}
