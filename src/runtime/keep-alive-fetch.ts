/**
 * A WHATWG-fetch-compatible function over node:http / node:https with one keep-alive agent per protocol.
 *
 * Why: Node 20's global fetch (bundled undici plus web streams) costs the SDK client about twice the CPU per
 * request of a plain `http.request` on a keep-alive agent, and the job workers and the server's own runtime
 * client make many small REST calls. The SDK takes the function through `client.configure({ fetch })`.
 *
 * What it does like fetch: accepts `(Request | string | URL, RequestInit?)`, sends method, headers and body,
 * resolves with a real `Response`, rejects with the signal's reason on abort and with
 * `TypeError('fetch failed', { cause })` on network errors (the SDK's retry logic keys on `TypeError`),
 * decodes gzip/deflate/br bodies.
 * What it does not: redirects are not followed (a 3xx comes back as it is; Camunda's REST API does not
 * redirect), no cookies, no CORS, no `Accept-Encoding` is sent on its own, and the response body is read
 * completely before the promise resolves (the SDK reads every body whole anyway; this avoids a web stream per
 * response).
 */
import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';

export interface KeepAliveFetchOptions {
  /** Sockets per origin and agent; the workers' long polls each hold one while they wait. */
  maxSockets?: number;
  /**
   * Idle sockets are closed after this long. It also lets Node honour a server's `Keep-Alive: timeout=…`
   * hint (the agent only applies the hint when it is shorter than its own timeout), so an idle socket is
   * dropped before the server closes it under a request.
   */
  idleTimeoutMs?: number;
  /** Agent for http: URLs instead of a TCP one (e.g. in-process-connection.ts); `close()` destroys it too. */
  httpAgent?: http.Agent;
}

export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface KeepAliveFetch {
  fetch: FetchFunction;
  /** Destroys the pooled and in-flight sockets (in-flight requests reject). Later calls open new sockets. */
  close(): void;
}

/** Statuses whose Response must have a null body (the Response constructor refuses one otherwise). */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

export function createKeepAliveFetch(options: KeepAliveFetchOptions = {}): KeepAliveFetch {
  const agentOptions: http.AgentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? 256,
    maxFreeSockets: options.maxSockets ?? 256,
    timeout: options.idleTimeoutMs ?? 60_000,
  };
  const httpAgent = options.httpAgent ?? new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  async function keepAliveFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    // The SDK passes a ready Request and no init: reuse it rather than pay for a copy.
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const signal = request.signal;
    if (signal.aborted) throw abortReason(signal);

    const url = new URL(request.url);
    const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
    if (!transport) throw new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) });

    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // arrayBuffer() also encodes FormData as multipart; the Request's content-type carries its boundary.
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    if (body) headers['content-length'] = String(body.length);
    else if (request.method !== 'GET' && request.method !== 'HEAD') headers['content-length'] = '0';
    if (signal.aborted) throw abortReason(signal);

    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      const fail = (cause: unknown) => settle(() => reject(new TypeError('fetch failed', { cause })));

      const req = transport.request(url, {
        method: request.method,
        headers,
        agent: transport === https ? httpsAgent : httpAgent,
        // No socket timeout while a request is in flight: long polls wait as long as the server lets them.
        timeout: 0,
      });
      const onAbort = () => {
        settle(() => reject(abortReason(signal)));
        req.destroy();
      };
      signal.addEventListener('abort', onAbort, { once: true });

      req.on('error', fail);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('close', () => {
          if (!res.complete) fail(new Error('socket closed before the response was complete'));
        });
        res.on('end', () => {
          try {
            const status = res.statusCode ?? 0;
            const nullBody = NULL_BODY_STATUS.has(status) || request.method === 'HEAD';
            const responseBody = nullBody ? null : decode(Buffer.concat(chunks), res.headers['content-encoding']);
            const response = new Response(responseBody, { status, statusText: res.statusMessage ?? '', headers: responseHeaders(res.rawHeaders) });
            // A constructed Response has an empty url; fetch reports the requested one.
            Object.defineProperty(response, 'url', { value: request.url });
            settle(() => resolve(response));
          } catch (e) {
            fail(e);
          }
        });
      });
      req.end(body);
    });
  }

  return {
    fetch: keepAliveFetch,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

/** fetch rejects with the signal's reason; an AbortError when the signal has none. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function responseHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  return headers;
}

/** fetch hands out decoded bodies; servers may compress even when not asked to. */
function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (!encoding || body.length === 0) return body;
  switch (encoding.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.gunzipSync(body, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      // Servers send zlib-wrapped or raw deflate under this name; the first byte tells them apart.
      return (body[0] & 0x0f) === 0x08 ? zlib.inflateSync(body) : zlib.inflateRawSync(body);
    case 'br':
      return zlib.brotliDecompressSync(body);
    default:
      return body;
  }
}
