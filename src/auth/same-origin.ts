import type { IncomingHttpHeaders } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Defence in depth behind the SameSite=Strict cookie: a state-changing request must be JSON (a cross-site form cannot
 * send that without a CORS preflight, which this server never grants) and must not come from another origin.
 * Returns the reason for refusal, or undefined when the request may proceed.
 */
export function crossSiteRefusal(method: string, headers: IncomingHttpHeaders): string | undefined {
  if (SAFE_METHODS.has(method.toUpperCase())) return undefined;
  if (headers['sec-fetch-site'] === 'cross-site') return 'cross-site request';
  const origin = headers.origin;
  if (origin && origin !== 'null') {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      return 'malformed Origin';
    }
    if (originHost !== headers.host) return 'request from another origin';
  } else if (origin === 'null') {
    return 'opaque origin';
  }
  const type = String(headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return 'a JSON body (Content-Type: application/json) is required';
  return undefined;
}
