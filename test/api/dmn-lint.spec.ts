/**
 * Decision tables through the UI API: the deployed tables listed and read for the modeler, the DMN lint (FEEL input
 * entries with the engine's parser, hit policies the engine evaluates, a cited article on every rule row, decisions
 * the procedures call), Turkish by default and English on request, and a changed live table that waits for a second
 * person's approval, as a changed diagram does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiServer, Client, signIn, startApiServer } from './support/api-server';
import { basicAuthorization } from '../../src/runtime/runtime-credential';

const ROOT = path.resolve(__dirname, '..', '..');
const table = (name: string) => ({ name, content: fs.readFileSync(path.join(ROOT, 'processes', 'decisions', name), 'utf8') });
const ACCELERATED = 'accelerated-criteria.dmn';

/** The accelerated-grounds table with `edit` applied to one rule row (by rule id). */
function editRule(ruleId: string, edit: (row: string) => string) {
  const r = table(ACCELERATED);
  const row = new RegExp(`<rule id="${ruleId}">[\\s\\S]*?</rule>`);
  const before = row.exec(r.content)![0];
  const after = edit(before);
  expect(after).not.toBe(before);
  return { ...r, content: r.content.replace(before, after) };
}

describe('decision tables: list, lint and reviewed deployment (UI API)', () => {
  let server: ApiServer;
  let analyst: Client;
  let manager: Client;
  let officer: Client;

  beforeAll(async () => {
    // The product's procedures, decision tables and forms, deployed at start as `npm start` does.
    server = await startApiServer({}, { processesDir: path.join(ROOT, 'processes'), formsDir: path.join(ROOT, 'forms') });
    [analyst, manager, officer] = await Promise.all(['demo.analyst', 'demo.manager', 'demo.officer'].map((u) => signIn(server, u)));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('lists the deployed tables with their decisions and serves their XML, to analysts and managers', async () => {
    const list = await analyst.get('/api/decision-requirements');
    expect(list.status).toBe(200);
    const accelerated = list.body.items.find((d: { decisionRequirementsId: string }) => d.decisionRequirementsId === 'accelerated-criteria');
    expect(accelerated).toMatchObject({ latest: { version: 1, resourceName: ACCELERATED }, decisions: [{ decisionDefinitionId: 'accelerated-grounds', name: 'Md. 79(1) sebepleri' }] });
    expect(list.body.items.map((d: { decisionRequirementsId: string }) => d.decisionRequirementsId)).toContain('inadmissibility-criteria');
    const xml = await analyst.get(`/api/decision-requirements/${accelerated.latest.decisionRequirementsKey}/xml`);
    expect(xml.body.xml).toBe(table(ACCELERATED).content);
    expect((await manager.get('/api/decision-requirements')).status).toBe(200);
    expect((await officer.get('/api/decision-requirements')).status).toBe(403);
  });

  it('finds nothing in the product’s own tables', async () => {
    const lint = await analyst.post('/api/deployments/lint', { resources: [table(ACCELERATED), table('inadmissibility-grounds.dmn')] });
    expect(lint.status).toBe(200);
    expect(lint.body).toEqual({ errors: [], warnings: [] });
  });

  it('names the rule with an input entry that is no FEEL unary test, and the row without an article, in Turkish or English', async () => {
    const broken = editRule('Rule_2', (row) => row.replace('<inputEntry id="Rule_2_In_2"><text>true</text>', '<inputEntry id="Rule_2_In_2"><text>&gt;&gt; doğru</text>').replace('<description>Art. 79(1)(b)</description>', '<description>yanıltma</description>'));
    const tr = await analyst.post('/api/deployments/lint', { resources: [broken] });
    expect(tr.body.errors).toEqual([
      { resource: ACCELERATED, elementId: 'Rule_2', rule: 'dmn/unary-tests', category: 'error', message: expect.stringMatching(/^"Makamları yanıltma \/ olumsuz bilgiyi saklama" sütunundaki ">> doğru" geçerli bir FEEL giriş koşulu değil/) },
      { resource: ACCELERATED, elementId: 'Rule_2', rule: 'dmn/citation', category: 'error', message: expect.stringContaining('Kuralın açıklamasında madde yok') },
    ]);
    const en = await analyst.post('/api/deployments/lint?lang=en', { resources: [broken] });
    expect(en.body.errors.map((m: { message: string }) => m.message)).toEqual([expect.stringMatching(/^">> doğru" in column "Makamları yanıltma .*" is not valid FEEL unary tests/), expect.stringMatching(/^The rule's annotation cites no article/)]);
    const refused = await analyst.post('/api/deployments', { resources: [broken] });
    expect(refused.status).toBe(422);
    expect(refused.body.lint.map((m: { elementId: string; rule: string }) => `${m.elementId} ${m.rule}`)).toEqual(['Rule_2 dmn/unary-tests', 'Rule_2 dmn/citation']);
  });

  it('refuses a hit policy the engine does not evaluate, naming the decision', async () => {
    const r = table(ACCELERATED);
    const priority = { ...r, content: r.content.replace('hitPolicy="COLLECT"', 'hitPolicy="PRIORITY"') };
    const lint = await analyst.post('/api/deployments/lint', { resources: [priority] });
    expect(lint.body.errors).toEqual([expect.objectContaining({ elementId: 'accelerated-grounds', rule: 'dmn/hit-policy', message: expect.stringMatching(/"PRIORITY" isabet politikası motorca desteklenmiyor\. Desteklenenler: UNIQUE, FIRST, ANY, COLLECT, RULE ORDER\./) })]);
  });

  it('refuses a table that drops a decision a procedure calls, naming the procedure', async () => {
    const r = table(ACCELERATED);
    const renamed = { ...r, content: r.content.replace(/"accelerated-grounds"/g, '"accelerated-grounds-v2"') };
    const lint = await analyst.post('/api/deployments/lint?lang=en', { resources: [renamed] });
    expect(lint.body.errors).toEqual([expect.objectContaining({ elementId: 'accelerated-criteria', rule: 'dmn/missing-decision', message: 'Decision "accelerated-grounds" is not in this file, but process accelerated-procedure calls it (zeebe:calledDecision): the process would raise an incident.' })]);
  });

  it('reports what else the engine would refuse, so that a clean lint deploys', async () => {
    const short = editRule('Rule_4', (row) => row.replace(/\s*<inputEntry id="Rule_4_In_8"><text>-<\/text><\/inputEntry>/, ''));
    const lint = await analyst.post('/api/deployments/lint', { resources: [short] });
    expect(lint.body.errors).toEqual([expect.objectContaining({ elementId: 'accelerated-criteria', rule: 'dmn/engine', message: expect.stringMatching(/^Motor bu dosyayı yayımlamaz: .*Rule_4.*7 input entries for 8 inputs/) })]);
  });

  it('reports an unreadable file without quoting it', async () => {
    const lint = await analyst.post('/api/deployments/lint', { resources: [{ name: 'x.dmn', content: 'not xml Synthetic Applicant' }] });
    expect(lint.body.errors).toEqual([expect.objectContaining({ elementId: null, rule: 'dmn/xml', message: expect.stringMatching(/^Okunabilir bir DMN 1\.3 dosyası değil/) })]);
    expect(JSON.stringify(lint.body)).not.toContain('Synthetic Applicant');
  });

  it('a changed live table waits for a second person; approved, the procedures decide with it', async () => {
    // an identical table replaces nothing: deployed directly, no new version
    expect((await analyst.post('/api/deployments', { resources: [table(ACCELERATED)] })).status).toBe(201);
    const narrowed = editRule('Rule_2', (row) => row.replace('<inputEntry id="Rule_2_In_3"><text>-</text>', '<inputEntry id="Rule_2_In_3"><text>true</text>'));

    const direct = await analyst.post('/api/deployments', { resources: [narrowed] });
    expect(direct.status).toBe(409);
    expect(direct.body).toMatchObject({ approvalRequired: true, changes: { processes: [], forms: [], decisions: ['accelerated-criteria'] } });

    const asked = await analyst.post('/api/deployment-requests', { resources: [narrowed], versionTag: '2026.12-dmn1', note: 'Md. 79(1)(b) yalnızca belge imhasıyla birlikte.' });
    expect(asked.status).toBe(201);
    expect(asked.body.changes).toEqual({ processes: [], forms: [], decisions: ['accelerated-criteria'] });
    const detail = await manager.get(`/api/deployment-requests/${asked.body.id}`);
    expect(detail.body.live).toEqual([{ name: ACCELERATED, content: table(ACCELERATED).content }]);
    expect((await analyst.post(`/api/deployment-requests/${asked.body.id}/approve`, {})).status).toBe(403);

    const approved = await manager.post(`/api/deployment-requests/${asked.body.id}/approve`, { note: 'uygun' });
    expect(approved.status).toBe(200);
    expect(approved.body.decisions).toEqual([expect.objectContaining({ decisionDefinitionId: 'accelerated-grounds', version: 2, decisionRequirementsId: 'accelerated-criteria' })]);
    const list = await analyst.get('/api/decision-requirements');
    expect(list.body.items.find((d: { decisionRequirementsId: string }) => d.decisionRequirementsId === 'accelerated-criteria').latest.version).toBe(2);

    // the live engine evaluates the new version: misleading alone is no longer a ground
    const auth = { authorization: basicAuthorization(server.runtimeCredential), 'content-type': 'application/json' };
    const evaluate = async (facts: Record<string, boolean>) => {
      const res = await fetch(`${server.url}/v2/decision-definitions/evaluation`, { method: 'POST', headers: auth, body: JSON.stringify({ decisionDefinitionId: 'accelerated-grounds', variables: { facts } }) });
      return (await res.json()) as { output: string; decisionVersion: number };
    };
    expect(JSON.parse((await evaluate({ misledAuthorities: true })).output)).toEqual([]);
    expect(JSON.parse((await evaluate({ misledAuthorities: true, destroyedDocuments: true })).output)).toEqual(['misledAuthorities', 'destroyedDocuments']);
  });
});
