import { randomBytes } from 'node:crypto';
import { ApiServer, Client, serverModule, signIn, startApiServer } from '../api/support/api-server';
import { basicAuthorization } from '../../src/runtime/runtime-credential';

const BPMN = (id: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t"><bpmn:process id="${id}" isExecutable="true"><bpmn:startEvent id="s"><bpmn:outgoing>f</bpmn:outgoing></bpmn:startEvent><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent></bpmn:process></bpmn:definitions>`;

describe('errors say what happened', () => {
  let server: ApiServer;
  let authorization: string;

  beforeAll(async () => {
    server = await startApiServer();
    authorization = basicAuthorization(server.runtimeCredential);
  });
  afterAll(async () => server?.close());

  it('keeps non-ASCII upload file names', async () => {
    const form = new FormData();
    form.append('resources', new Blob([BPMN('unicode-name')]), 'ünï😀.bpmn');
    const res = await fetch(`${server.url}/v2/deployments`, { method: 'POST', body: form, headers: { authorization } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { deployments: Array<{ processDefinition: { resourceName: string } }> };
    expect(body.deployments[0].processDefinition.resourceName).toBe('ünï😀.bpmn');
  });

  it('never echoes uploaded bytes in a refusal', async () => {
    const marker = 'SYNTHETIC-PERSONAL-DATA-Zerrin';
    const junk = Buffer.concat([randomBytes(64), Buffer.from(marker), randomBytes(64)]);
    const form = new FormData();
    form.append('resources', new Blob([junk]), 'junk.bpmn');
    const res = await fetch(`${server.url}/v2/deployments`, { method: 'POST', body: form, headers: { authorization } });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain(marker);
    expect(JSON.parse(text).detail).toMatch(/junk\.bpmn/);

    const analyst = await signIn(server, 'demo.analyst');
    const api = await analyst.post('/api/deployments', { resources: [{ name: 'junk.bpmn', content: `<x>${marker}` }] });
    expect(api.status).toBeGreaterThanOrEqual(400);
    expect(api.status).toBeLessThan(500);
    expect(JSON.stringify(api.body)).not.toContain(marker);
  });

  it('answers lint of XML that cannot be parsed with an error, without echoing it', async () => {
    const analyst = await signIn(server, 'demo.analyst');
    const marker = 'SYNTHETIC-PERSONAL-DATA-Zerrin';
    for (const content of [`not xml at all ${marker}`, `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><oops ${marker}`]) {
      const res = await analyst.post('/api/deployments/lint', { resources: [{ name: 'broken.bpmn', content }] });
      expect(res.status).toBe(200);
      // Turkish by default, English on request; the upload is never quoted in either
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ resource: 'broken.bpmn', message: expect.stringMatching(/^Okunabilir bir BPMN 2.0 dosyası değil/) })]));
      expect(JSON.stringify(res.body)).not.toContain(marker);
      const en = await analyst.post('/api/deployments/lint?lang=en', { resources: [{ name: 'broken.bpmn', content }] });
      expect(en.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ resource: 'broken.bpmn', message: expect.stringMatching(/^Not a readable BPMN 2.0 file/) })]));
      expect(JSON.stringify(en.body)).not.toContain(marker);
    }
  });

  it('answers a full disk with 507 "not enough space", on /v2 and on sign-in', async () => {
    // given: the databases may not grow any further (SQLite's own limit gives the real SQLITE_FULL)
    const { ENGINE } = serverModule('src/runtime/engine.token.ts');
    const { APP_DB } = serverModule('src/auth/app-database.ts');
    const engineDb = server.app.get<{ db: { pragma(s: string, o?: object): unknown } }>(ENGINE).db;
    const appDb = server.app.get<{ pragma(s: string, o?: object): unknown }>(APP_DB);
    for (const db of [engineDb, appDb]) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    }
    try {
      // when: deployments grow the engine's database; sign-ins write sessions and audit entries
      let deploy: Response | undefined;
      for (let i = 0; i < 50 && (!deploy || deploy.status === 200); i++) {
        const form = new FormData();
        form.append('resources', new Blob([BPMN(`fill-${i}`).replace('</bpmn:definitions>', `<!-- ${'x'.repeat(20_000)} --></bpmn:definitions>`)]), `fill-${i}.bpmn`);
        deploy = await fetch(`${server.url}/v2/deployments`, { method: 'POST', body: form, headers: { authorization } });
      }
      let login: { status: number; body: any; headers: Headers } | undefined;
      for (let i = 0; i < 200 && (!login || login.status === 200); i++) login = await new Client(server.url).post('/api/auth/login', { username: 'demo.officer', password: 'demo-password-1' });

      // then
      expect(deploy!.status).toBe(507);
      expect(((await deploy!.json()) as { detail: string }).detail).toMatch(/not enough space/);
      expect(login!.status).toBe(507);
      expect(login!.body.detail).toMatch(/not enough space/);
    } finally {
      for (const db of [engineDb, appDb]) db.pragma('max_page_count = 1073741823');
    }
  });
});
