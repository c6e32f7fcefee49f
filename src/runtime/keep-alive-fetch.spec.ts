import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { Camunda8 } from '@camunda8/sdk';
import { createKeepAliveFetch, KeepAliveFetch } from './keep-alive-fetch';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A real server on loopback: each test sets how it answers and reads what it received. */
describe('keep-alive fetch over node:http', () => {
  let server: http.Server;
  let base: string;
  let ka: KeepAliveFetch;
  let connections = 0;
  let received: Received[] = [];
  let handler: (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        handler(req, res, body);
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  beforeEach(() => {
    ka = createKeepAliveFetch();
    connections = 0;
    received = [];
    handler = (_req, res) => res.end();
  });

  afterEach(() => ka.close());

  it('round-trips a GET with JSON, headers both ways', async () => {
    // given
    handler = (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Reply', 'pong');
      res.end(JSON.stringify({ hello: 'wörld' }));
    };

    // when
    const res = await ka.fetch(`${base}/things?x=1`, { headers: { 'X-Ask': 'ping', Authorization: 'Bearer t' } });

    // then
    expect(res).toBeInstanceOf(Response);
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.statusText).toBe('OK');
    expect(res.url).toBe(`${base}/things?x=1`);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('x-reply')).toBe('pong');
    expect(await res.json()).toEqual({ hello: 'wörld' });
    expect(received[0]).toMatchObject({ method: 'GET', url: '/things?x=1', headers: expect.objectContaining({ 'x-ask': 'ping', authorization: 'Bearer t' }) });
    expect(received[0].headers['content-length']).toBeUndefined();
  });

  it('sends a POST body from a Request built the way the SDK builds it, and reads an error status', async () => {
    // given
    handler = (_req, res, body) => {
      res.writeHead(400, 'Bad Request', { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'INVALID_ARGUMENT', echo: JSON.parse(body.toString()) }));
    };
    const request = new Request(`${base}/v2/process-instances`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ processDefinitionId: 'p', variables: { n: 1 } }),
    });

    // when
    const res = await ka.fetch(request);

    // then
    expect(res.ok).toBe(false);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(JSON.stringify({ title: 'INVALID_ARGUMENT', echo: { processDefinitionId: 'p', variables: { n: 1 } } }));
    expect(received[0].method).toBe('POST');
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(received[0].headers['content-length']).toBe(String(received[0].body.length));
    expect(JSON.parse(received[0].body.toString())).toEqual({ processDefinitionId: 'p', variables: { n: 1 } });
  });

  it('gives a 204 and a HEAD response a null body', async () => {
    // given
    handler = (req, res) => {
      res.statusCode = req.method === 'HEAD' ? 200 : 204;
      res.setHeader('Content-Length', req.method === 'HEAD' ? '42' : '0');
      res.end();
    };

    // when
    const noContent = await ka.fetch(`${base}/x`, { method: 'POST' });
    const head = await ka.fetch(`${base}/x`, { method: 'HEAD' });

    // then
    expect(noContent.status).toBe(204);
    expect(noContent.body).toBeNull();
    expect(await noContent.text()).toBe('');
    expect(received[0].headers['content-length']).toBe('0');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get('content-length')).toBe('42');
  });

  it('sends a multipart FormData body intact, with its boundary in the content-type', async () => {
    // given
    const bpmn = '<?xml version="1.0"?><bpmn:definitions>ü</bpmn:definitions>';
    const form = new FormData();
    form.append('resources', new File([bpmn], 'a.bpmn', { type: 'application/octet-stream' }));
    form.append('tenantId', '<default>');

    // when
    await ka.fetch(`${base}/v2/deployments`, { method: 'POST', body: form });

    // then
    const { headers, body } = received[0];
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(headers['content-length']).toBe(String(body.length));
    const parsed = await new Request('http://parse.invalid/', { method: 'POST', headers: { 'content-type': headers['content-type']! }, body }).formData();
    const file = parsed.get('resources') as File;
    expect(file.name).toBe('a.bpmn');
    expect(await file.text()).toBe(bpmn);
    expect(parsed.get('tenantId')).toBe('<default>');
  });

  it('rejects on abort with an AbortError and closes the socket the server holds', async () => {
    // given: the server keeps the request open, like a long poll
    let serverSocketClosed!: Promise<void>;
    const arrived = new Promise<void>((r) => {
      handler = (req) => {
        serverSocketClosed = new Promise((closed) => req.socket.once('close', () => closed()));
        r();
      };
    });
    const controller = new AbortController();
    const pending = ka.fetch(`${base}/v2/jobs/activation`, { method: 'POST', body: '{}', signal: controller.signal });
    await arrived;

    // when
    controller.abort();

    // then
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await serverSocketClosed;
  });

  it('rejects with the reason given to abort, also when the signal was aborted already', async () => {
    // given
    const reason = new Error('worker stopped');
    handler = () => undefined;
    const controller = new AbortController();
    const pending = ka.fetch(`${base}/slow`, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));

    // when
    controller.abort(reason);

    // then
    await expect(pending).rejects.toBe(reason);
    await expect(ka.fetch(`${base}/x`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('rejects a refused connection with TypeError("fetch failed") and the cause', async () => {
    // given: a port nobody listens on
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));

    // when
    const error = await ka.fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);

    // then
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: expect.objectContaining({ code: 'ECONNREFUSED' }) });
  });

  it('reuses one connection for sequential requests', async () => {
    // given
    handler = (_req, res) => res.end('ok');

    // when
    for (let i = 0; i < 5; i++) {
      const res = await ka.fetch(`${base}/n/${i}`, { method: i % 2 ? 'POST' : 'GET', body: i % 2 ? 'x' : undefined });
      expect(await res.text()).toBe('ok');
    }

    // then
    expect(received).toHaveLength(5);
    expect(connections).toBe(1);
  });

  it('decodes a gzip body, as fetch does', async () => {
    // given
    handler = (_req, res) => {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(zlib.gzipSync(JSON.stringify({ zipped: true })));
    };

    // when
    const res = await ka.fetch(`${base}/z`);

    // then
    expect(await res.json()).toEqual({ zipped: true });
  });

  it('does not follow redirects: the 3xx comes back as it is', async () => {
    // given
    handler = (_req, res) => {
      res.writeHead(302, { Location: '/elsewhere' });
      res.end();
    };

    // when
    const res = await ka.fetch(`${base}/moved`);

    // then
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/elsewhere');
    expect(received).toHaveLength(1);
  });

  it('serves an SDK client through configure({ fetch }) with its address and BASIC credentials intact', async () => {
    // given
    handler = (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ brokers: [], clusterSize: 1, partitionsCount: 1, replicationFactor: 1, gatewayVersion: '8.8.0', lastCompletedChangeId: '-1' }));
    };
    const api = new Camunda8({ ZEEBE_REST_ADDRESS: base, CAMUNDA_AUTH_STRATEGY: 'BASIC', CAMUNDA_BASIC_AUTH_USERNAME: 'demo', CAMUNDA_BASIC_AUTH_PASSWORD: 'secret' } as never).getOrchestrationClusterApiClient();
    const before = api.getConfig();

    // when
    api.configure({ fetch: ka.fetch });
    const topology = await api.getTopology();

    // then
    expect(api.getConfig()).toEqual(before);
    expect(topology.clusterSize).toBe(1);
    expect(received[0].url).toBe('/v2/topology');
    expect(received[0].headers.authorization).toBe(`Basic ${Buffer.from('demo:secret').toString('base64')}`);
  });
});
