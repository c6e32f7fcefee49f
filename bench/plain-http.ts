import * as http from 'node:http';
import * as https from 'node:https';

/**
 * The bench's plain-HTTP client: JSON POSTs over node:http on one keep-alive agent, as a load tool (wrk)
 * sends them. Node's global fetch (undici and web streams) costs about a millisecond of CPU per request,
 * which on a shared two-core machine takes that CPU away from the server it measures; this client costs a
 * fraction of that, so the plain-HTTP figure is the server's.
 */
export interface PlainHttp {
  /** POSTs `body` as JSON; resolves with the status and the body text. */
  post(url: URL, body: unknown): Promise<{ status: number; text: string }>;
  close(): void;
}

export function plainHttp(headers: Record<string, string> = {}, maxSockets = 256): PlainHttp {
  const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets }), 'https:': new https.Agent({ keepAlive: true, maxSockets }) };
  const post = (url: URL, body: unknown) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const transport = url.protocol === 'https:' ? https : http;
      const req = transport.request(
        url,
        { method: 'POST', agent: agents[url.protocol as 'http:' | 'https:'], headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.once('end', () => resolve({ status: res.statusCode ?? 0, text }));
          res.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(payload);
    });
  return { post, close: () => Object.values(agents).forEach((a) => a.destroy()) };
}
