/**
 * A test job worker on the runtime's REST v2 (Camunda 8 shapes): it fails a job with no retries left to
 * raise an incident, the way a broken external system would.
 */
import { until } from './http';

/** The server's address and its runtime credential (/v2 answers no one without it). */
export interface RuntimeTarget {
  url: string;
  runtimeAuthorization: string;
}

async function v2(target: RuntimeTarget, method: string, path: string, body?: unknown): Promise<any> {
  const headers = { 'content-type': 'application/json', authorization: target.runtimeAuthorization };
  const res = await fetch(`${target.url}/v2${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} /v2${path} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function activateJob(target: RuntimeTarget, type: string): Promise<{ jobKey: string; processInstanceKey: string }> {
  return until(async () => {
    const { jobs } = await v2(target, 'POST', '/jobs/activation', { type, worker: 'e2e-worker', timeout: 60_000, maxJobsToActivate: 1, requestTimeout: 500 });
    return jobs?.[0];
  }, `a job of type ${type}`);
}

export async function failJobWithoutRetries(target: RuntimeTarget, jobKey: string, errorMessage: string): Promise<void> {
  await v2(target, 'POST', `/jobs/${jobKey}/failure`, { retries: 0, errorMessage });
}

export async function completeJob(target: RuntimeTarget, jobKey: string, variables: Record<string, unknown> = {}): Promise<void> {
  await v2(target, 'POST', `/jobs/${jobKey}/completion`, { variables });
}
