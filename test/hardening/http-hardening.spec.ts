import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { ApiServer, signIn, startApiServer } from '../api/support/api-server';
import { basicAuthorization } from '../../src/runtime/runtime-credential';

const WEB_DIST = path.resolve(__dirname, '..', '..', 'web', 'dist');

/** A GET whose body stays as sent (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).once('error', reject);
  });
}

describe('browser hardening and error wording of the HTTP surface', () => {
  let server: ApiServer;

  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => server?.close());

  it('sends the security headers on /, /api and /api/docs, and no X-Powered-By', async () => {
    for (const p of ['/', '/api/auth/me', '/api/docs', '/api/docs-json']) {
      const res = await fetch(`${server.url}${p}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers malformed and oversized /api bodies with problem details that do not quote the body', async () => {
    const secret = 'synthetic-secret-Zerrin';
    const malformed = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"username": ${secret}` });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await malformed.text();
    expect(JSON.parse(body)).toEqual(expect.objectContaining({ status: 400, detail: expect.stringMatching(/not valid JSON/) }));
    expect(body).not.toContain(secret);

    const huge = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'x'.repeat(11 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await huge.json()) as { detail: string }).detail).toMatch(/larger than the limit of 10 MiB/);
  });

  it('words an oversized /v2 instance as a body limit, not as a resource limit', async () => {
    const authorization = basicAuthorization(server.runtimeCredential);
    const res = await fetch(`${server.url}/v2/process-instances`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ processDefinitionId: 'x', variables: { blob: 'x'.repeat(11 * 1024 * 1024) } }) });
    expect(res.status).toBe(413);
    const detail = ((await res.json()) as { detail: string }).detail;
    expect(detail).toMatch(/request body is larger than the limit/);
    expect(detail).not.toMatch(/resource/);
  });

  it('answers unknown /api routes with a problem detail', async () => {
    const officer = await signIn(server, 'demo.officer');
    const res = await officer.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  (fs.existsSync(path.join(WEB_DIST, 'index.html')) ? it : it.skip)('serves the built UI compressed, hashed assets immutable and index.html revalidated', async () => {
    const index = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text(); // fetch decodes br/gzip
    const asset = /(assets\/[^"]+\.js)"/.exec(html)![1];

    const raw = await rawGet(`${server.url}/${asset}`, { 'accept-encoding': 'br' });
    expect(raw.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(raw.headers['content-encoding']).toBe('br');
    const compressed = raw.body;
    const gz = await rawGet(`${server.url}/${asset}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(fs.readFileSync(path.join(WEB_DIST, asset)))).toBe(true);
    const original = fs.readFileSync(path.join(WEB_DIST, asset));
    expect(zlib.brotliDecompressSync(compressed).equals(original)).toBe(true);
    expect(compressed.length).toBeLessThan(original.length);

    const again = await fetch(`${server.url}/`, { headers: { 'if-none-match': index.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${server.url}/assets/../../package.json`)).status).not.toBe(200);
  });
});
