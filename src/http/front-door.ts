import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { HostCheck } from './host-check';

/**
 * The first thing every request meets, before the /v2 hot path and express: a foreign Host is refused on every
 * route (static files, /api, /v2). Call after installRuntimeHotPath, so this check wraps it.
 */
export function installHostCheck(server: Server, check: HostCheck): void {
  const [inner] = server.listeners('request') as RequestListener[];
  if (!inner) throw new Error('installHostCheck: the server has no request listener yet');
  server.removeListener('request', inner);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const refusal = check(req);
    if (refusal === undefined) return inner(req, res);
    const body = JSON.stringify({ type: 'about:blank', title: 'Misdirected Request', status: 421, detail: refusal, instance: (req.url ?? '/').split('?')[0].slice(0, 200) });
    // The body is not read: close the connection rather than leave it for a keep-alive.
    res.writeHead(421, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body);
  });
}
