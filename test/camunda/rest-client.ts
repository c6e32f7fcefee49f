/**
 * One tiny raw-REST client for the differential tier: the same calls against the embedded engine's
 * /v2 and against a real Camunda 8 (8.6 and 8.8+ shapes). It uses only endpoints that Camunda 8.6
 * serves without secondary storage (no search).
 *
 * Normalisation: 8.6 returns keys as JSON numbers and names the activated job's key `key`;
 * 8.8+ returns keys as strings and names it `jobKey`. Keys are handled as strings here. A key parsed
 * from an 8.6 number is exact only below 2^53 (partitions 1-3), which holds for a one-partition broker.
 */
export interface Job {
  jobKey: string;
  type: string;
  processInstanceKey: string;
  elementId: string;
  retries: number;
  deadline: number;
  variables: Record<string, unknown>;
  customHeaders: Record<string, unknown>;
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
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

const KEY_FIELDS = /Key$/;

/** Turns every `…Key` field (numbers in 8.6) into a string, recursively. */
export function normaliseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(normaliseKeys) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'variables' || k === 'customHeaders') out[k] = v;
      else out[k] = KEY_FIELDS.test(k) && typeof v === 'number' ? String(v) : normaliseKeys(v);
    }
    return out as T;
  }
  return value;
}

export class RawRestClient {
  /** @param base address without /v2, e.g. http://127.0.0.1:8088 */
  constructor(
    readonly base: string,
    readonly label: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}/v2${path}`, {
      method,
      headers: body === undefined || body instanceof FormData ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      ...init,
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        // Keys in 8.6 exceed 2^31 but stay below 2^53 on partition 1: JSON.parse keeps them exact.
        parsed = JSON.parse(text);
      } catch {
        parsed = { detail: text };
      }
    }
    if (res.status >= 400) {
      const p = (parsed ?? {}) as Problem;
      throw new RestError(method, path, { status: res.status, title: p.title, detail: p.detail });
    }
    return { status: res.status, body: normaliseKeys(parsed as T) };
  }

  async deploy(resources: Record<string, string>): Promise<void> {
    const form = new FormData();
    for (const [name, xml] of Object.entries(resources)) form.append('resources', new Blob([xml], { type: 'application/xml' }), name);
    await this.call('POST', '/deployments', form);
  }

  async createInstance(processDefinitionId: string, variables: Record<string, unknown> = {}): Promise<string> {
    const { body } = await this.call<{ processInstanceKey: string }>('POST', '/process-instances', { processDefinitionId, variables });
    return body.processInstanceKey;
  }

  /**
   * Creates an instance and waits for its end (`awaitCompletion`). A 504 (or 408) means "still running
   * after requestTimeout": reported as not completed, not as an error.
   */
  async runToCompletion(
    processDefinitionId: string,
    variables: Record<string, unknown> = {},
    opts: { requestTimeout?: number; fetchVariables?: string[] } = {},
  ): Promise<Completion> {
    const requestTimeout = opts.requestTimeout ?? 5_000;
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      try {
        return await this.awaitOnce(processDefinitionId, variables, opts);
      } catch (e) {
        if (!(e instanceof RestError) || e.problem.status !== 502) throw e;
        // 8.6: when several awaitCompletion requests wait past their timeout, some come back as 502
        // "the connection was cut prematurely with the broker" instead of 504. After the request timeout
        // has passed, that is the same observation: the instance did not complete in time.
        if (Date.now() - started >= requestTimeout) return { completed: false, status: 502, title: e.problem.title };
        // Earlier than that it is a transport failure: a new instance is an equally good observation.
        if (attempt === 0) continue;
        throw e;
      }
    }
  }

  private async awaitOnce(
    processDefinitionId: string,
    variables: Record<string, unknown>,
    opts: { requestTimeout?: number; fetchVariables?: string[] },
  ): Promise<Completion> {
    try {
      const { body } = await this.call<{ variables: Record<string, unknown> }>('POST', '/process-instances', {
        processDefinitionId,
        variables,
        awaitCompletion: true,
        requestTimeout: opts.requestTimeout ?? 5_000,
        ...(opts.fetchVariables ? { fetchVariables: opts.fetchVariables } : {}),
      });
      return { completed: true, variables: body.variables ?? {} };
    } catch (e) {
      // Camunda answers 504 (DEADLINE_EXCEEDED); the embedded engine answered 429 RESOURCE_EXHAUSTED
      // "… did not complete within the request timeout" (a divergence the tier reports separately).
      if (e instanceof RestError && (e.problem.status === 504 || e.problem.status === 408 || (e.problem.status === 429 && /did not complete/.test(e.problem.detail ?? '')))) {
        return { completed: false, status: e.problem.status, title: e.problem.title };
      }
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

  async activate(type: string, opts: { max?: number; timeout?: number; requestTimeout?: number; fetchVariable?: string[]; worker?: string } = {}): Promise<Job[]> {
    const { body } = await this.call<{ jobs: Array<Record<string, unknown>> }>('POST', '/jobs/activation', {
      type,
      worker: opts.worker ?? 'differential',
      timeout: opts.timeout ?? 60_000,
      maxJobsToActivate: opts.max ?? 10,
      requestTimeout: opts.requestTimeout ?? 1_000,
      ...(opts.fetchVariable ? { fetchVariable: opts.fetchVariable } : {}),
    });
    return (body.jobs ?? []).map((j) => ({
      jobKey: String(j.jobKey ?? j.key),
      type: j.type as string,
      processInstanceKey: String(j.processInstanceKey),
      elementId: j.elementId as string,
      retries: j.retries as number,
      deadline: Number(j.deadline),
      variables: (j.variables ?? {}) as Record<string, unknown>,
      customHeaders: (j.customHeaders ?? {}) as Record<string, unknown>,
    }));
  }

  /** Activates until `count` jobs of `type` arrived or `withinMs` elapsed. */
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

  async pinClock(timestamp: number): Promise<void> {
    await this.call('PUT', '/clock', { timestamp });
  }

  async resetClock(): Promise<void> {
    await this.call('POST', '/clock/reset', {});
  }

  async resolveIncident(incidentKey: string): Promise<void> {
    await this.call('POST', `/incidents/${incidentKey}/resolution`, {});
  }
}
