import * as http from 'node:http';
import { inProcessAgent } from './in-process-connection';
import { createKeepAliveFetch } from './keep-alive-fetch';

/**
 * The server here never listens: every answer below can only have come through the in-process connection.
 * Bodies, statuses, headers and keep-alive reuse are what the runtime client relies on.
 */
describe('in-process connections to an http.Server', () => {
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (req.url === '/missing') {
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ status: 404 }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-seen-host': req.headers.host ?? '' });
      res.end(JSON.stringify({ method: req.method, url: req.url, body }));
    });
  });
  server.on('connection', () => connections++);
  const transport = createKeepAliveFetch({ httpAgent: inProcessAgent(server) });

  afterAll(() => transport.close());

  it('carries a request and its answer, headers included, without the server listening', async () => {
    expect(server.listening).toBe(false);
    const res = await transport.fetch('http://127.0.0.1:9/v2/process-instances/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filter: { state: 'ACTIVE' } }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-seen-host')).toBe('127.0.0.1:9');
    expect(await res.json()).toEqual({ method: 'POST', url: '/v2/process-instances/search', body: '{"filter":{"state":"ACTIVE"}}' });
  });

  it('answers errors as they are and reuses the connection for the next request (keep-alive)', async () => {
    const before = connections;
    const missing = await transport.fetch('http://127.0.0.1:9/missing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ status: 404 });
    const again = await transport.fetch('http://127.0.0.1:9/again');
    expect(((await again.json()) as { url: string }).url).toBe('/again');
    expect(connections - before).toBe(0);
  });

  it('opens further connections for concurrent requests, each answered', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `/parallel/${i}`);
    const answers = await Promise.all(urls.map(async (u) => ((await (await transport.fetch(`http://127.0.0.1:9${u}`)).json()) as { url: string }).url));
    expect(answers).toEqual(urls);
    expect(connections).toBeGreaterThan(1);
  });
});
