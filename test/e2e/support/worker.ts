/**
 * A test job worker on the runtime's REST v2 (Camunda 8 shapes): it fails a job with no retries left to
 * raise an incident, the way a broken external system would.
 */
import { until } from './http';

async function v2(baseUrl: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${baseUrl}/v2${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} /v2${path} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function activateJob(baseUrl: string, type: string): Promise<{ jobKey: string; processInstanceKey: string }> {
  return until(async () => {
    const { jobs } = await v2(baseUrl, 'POST', '/jobs/activation', { type, worker: 'e2e-worker', timeout: 60_000, maxJobsToActivate: 1, requestTimeout: 500 });
    return jobs?.[0];
  }, `a job of type ${type}`);
}

export async function failJobWithoutRetries(baseUrl: string, jobKey: string, errorMessage: string): Promise<void> {
  await v2(baseUrl, 'POST', `/jobs/${jobKey}/failure`, { retries: 0, errorMessage });
}

export async function completeJob(baseUrl: string, jobKey: string, variables: Record<string, unknown> = {}): Promise<void> {
  await v2(baseUrl, 'POST', `/jobs/${jobKey}/completion`, { variables });
}
