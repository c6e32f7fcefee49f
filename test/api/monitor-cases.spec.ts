/**
 * The manager's views by case, not by engine key: instance list, instance page and deadline board carry the case's
 * identity (one lookup per page), the list is filtered with the case search's matcher, and each read is audited
 * with the names of the identity fields, never their values or the query's text.
 */
import { ApiServer, Client, serverModule, signIn, startApiServer } from './support/api-server';
import { APPLICANT, deployFixtures, eventually, startCase } from './support/fixtures';

const IDENTITY = {
  applicationNumber: 'XX-2026-700111',
  applicant: { fullName: 'Sentetik Işıl Yıldırımoğlu', nationality: 'Sentetikistan', dateOfBirth: '1988-04-03' },
};
const OTHER = { applicationNumber: 'XX-2026-700222', applicant: { fullName: 'Sentetik Can Örnekçi', nationality: 'Örnekland', dateOfBirth: '1990-12-03' } };

type Row = { processInstanceKey: string; case: { applicationNumber: string | null; fullName: string | null; nationality: string | null; dateOfBirth: string | null } | null };
type AuditEntry = { action: string; username: string; detail: string | null; outcome: string };

describe('monitor by case: identity on rows, search, audit', () => {
  let server: ApiServer;
  let officer: Client;
  let manager: Client;
  let clock: { set(ms: number): void; reset(): void };
  let mine: string;
  let other: string;
  let anonymous: string;

  beforeAll(async () => {
    server = await startApiServer();
    const analyst = await signIn(server, 'demo.analyst');
    [officer, manager] = await Promise.all([signIn(server, 'demo.officer'), signIn(server, 'demo.manager')]);
    await deployFixtures(analyst);
    clock = server.app.get(serverModule('src/ui-api/legal-clock.ts').LegalClock);
    mine = await startCase(officer, { ...APPLICANT, ...IDENTITY });
    other = await startCase(officer, { ...APPLICANT, ...OTHER });
    anonymous = await startCase(officer);
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await server?.close();
  });

  const list = async (query = '') => (await manager.get(`/api/monitor/instances?processDefinitionId=api-test-case${query}`)).body.items as Row[];
  const auditOf = async (action: string) => ((await manager.get(`/api/audit?action=${action}&limit=500`)).body.items as AuditEntry[]).filter((e) => e.action === action);

  it('gives every instance row its case: application number, name, nationality, date of birth', async () => {
    const rows = await list();
    expect(rows.find((r) => r.processInstanceKey === mine)?.case).toEqual({ applicationNumber: IDENTITY.applicationNumber, ...IDENTITY.applicant });
    expect(rows.find((r) => r.processInstanceKey === other)?.case).toMatchObject({ applicationNumber: OTHER.applicationNumber, fullName: OTHER.applicant.fullName });
    // a case started without identity variables still lists, with empty identity
    expect(rows.find((r) => r.processInstanceKey === anonymous)?.case).toEqual({ applicationNumber: null, fullName: null, nationality: null, dateOfBirth: null });
  });

  it.each([
    ['the name in Turkish capitals', 'IŞIL YILDIRIM'],
    ['the application number', 'XX-2026-700111'],
    ['the date of birth as dd.MM.yyyy', '03.04.1988'],
    ['the nationality', 'sentetikistan'],
  ])('finds the instance by %s, with the matcher of the case search', async (_what, q) => {
    const rows = await list(`&q=${encodeURIComponent(q)}`);
    expect(rows.map((r) => r.processInstanceKey)).toEqual([mine]);
    const cases = (await manager.get(`/api/cases?q=${encodeURIComponent(q)}`)).body.items as Array<{ identity: { applicationNumber: string } }>;
    expect(cases.map((c) => c.identity.applicationNumber)).toEqual([IDENTITY.applicationNumber]);
  });

  it('answers an empty page for a search that matches nobody, and refuses a one-letter search', async () => {
    const r = await manager.get('/api/monitor/instances?q=Hiçkimse%20Yok');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ items: [], page: { totalItems: 0 } });
    expect((await manager.get('/api/monitor/instances?q=x')).status).toBe(400);
  });

  it('shows the case on the instance page and on every deadline-board row', async () => {
    const detail = await eventually(async () => {
      const r = await manager.get(`/api/monitor/instances/${mine}`);
      return r.body.activeElements?.length >= 2 ? r.body : undefined;
    });
    expect(detail.instance.case).toMatchObject({ applicationNumber: IDENTITY.applicationNumber, fullName: IDENTITY.applicant.fullName });
    clock.set(Date.parse('2026-11-28T09:00:00+03:00'));
    const board = (await manager.get('/api/monitor/deadlines?withinDays=7')).body.items as Row[];
    const rows = board.filter((d) => d.processInstanceKey === mine);
    expect(rows.length).toBeGreaterThan(0);
    for (const d of rows) expect(d.case).toMatchObject({ applicationNumber: IDENTITY.applicationNumber, fullName: IDENTITY.applicant.fullName, dateOfBirth: '1988-04-03' });
  });

  it('names the case of each incident', async () => {
    const third = { applicationNumber: 'XX-2026-700333', applicant: { fullName: 'Sentetik Olay Kişisi', nationality: 'Olaystan', dateOfBirth: '1979-01-31' } };
    const key = (await officer.post('/api/cases', { processDefinitionId: 'api-test-incident', variables: { route: 'none', ...third } })).body.processInstanceKey as string;
    const incident = await eventually(async () => ((await manager.get(`/api/monitor/incidents?processInstanceKey=${key}`)).body.items as Row[])[0]);
    expect(incident.case).toEqual({ applicationNumber: third.applicationNumber, ...third.applicant });
    const audit = await auditOf('incident.list');
    expect(audit.at(-1)?.detail ?? audit[0].detail).toMatch(/identity: applicationNumber, fullName, nationality, dateOfBirth/);
  });

  it('audits each read of identities with the field names and counts, never the values or the query', async () => {
    await list(`&q=${encodeURIComponent('IŞIL')}`);
    await manager.get('/api/monitor/deadlines?withinDays=30');
    const listed = await auditOf('instance.list');
    const board = await auditOf('deadline.board');
    expect(listed.length).toBeGreaterThan(0);
    expect(board.length).toBeGreaterThan(0);
    for (const e of [...listed, ...board]) {
      expect(e).toMatchObject({ username: 'demo.manager', outcome: 'success' });
      expect(e.detail).toMatch(/identity: applicationNumber, fullName, nationality, dateOfBirth; \d+ rows, \d+ cases/);
    }
    expect(listed.some((e) => e.detail?.startsWith('query of 4 characters'))).toBe(true);
    const text = JSON.stringify((await manager.get('/api/audit?limit=1000')).body.items);
    for (const value of [IDENTITY.applicant.fullName, IDENTITY.applicant.nationality, IDENTITY.applicationNumber, OTHER.applicant.fullName, '1988-04-03', 'IŞIL']) expect(text).not.toContain(value);
  });

  it('keeps the instance list and board to managers', async () => {
    expect((await officer.get('/api/monitor/instances?q=ab')).status).toBe(403);
    expect((await officer.get('/api/monitor/deadlines')).status).toBe(403);
  });
});
