/**
 * A deadline on a provisional (computed) bayram date, recomputed when a manager records the official date
 * (POST /api/calendar/bayrams/official): the due variable, its detail, the task's due date and the BPMN timer move,
 * and each step is audited. The whole server runs (UI API, /v2, the job workers); the engine clock is pinned
 * through PUT /v2/clock. Data is synthetic; the "official" 2031 date is invented for the test.
 */
import * as fs from 'node:fs';
import { basicAuthorization } from '../../src/runtime/runtime-credential';
import * as path from 'node:path';
import { ApiServer, Client, serverModule, signIn, startApiServer } from '../api/support/api-server';
import { eventually } from '../api/support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (dir: string) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(bpmn|dmn|form)$/.test(f)).map((name) => ({ name, content: fs.readFileSync(path.join(ROOT, dir, name), 'utf8') }));

describe('official bayram date recorded later: open deadlines recomputed, timers moved', () => {
  let server: ApiServer;
  let officer: Client;
  let manager: Client;

  const pin = async (instant: string) => {
    const r = await fetch(`${server.url}/v2/clock`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: basicAuthorization(server.runtimeCredential) }, body: JSON.stringify({ timestamp: Date.parse(instant) }) });
    expect(r.status).toBe(204);
  };
  const detail = async (pik: string) => (await manager.get(`/api/monitor/instances/${pik}`)).body as { variables: Record<string, any>; activeElements: Array<{ elementId: string }> };

  beforeAll(async () => {
    server = await startApiServer({}, { workers: true });
    const analyst = await signIn(server, 'demo.analyst');
    [officer, manager] = await Promise.all([signIn(server, 'demo.officer'), signIn(server, 'demo.manager')]);
    const deployed = await analyst.post('/api/deployments', { resources: [...read('processes'), ...read('processes/decisions'), ...read('forms')] });
    expect(deployed.status).toBe(201);
  });
  afterAll(async () => {
    server?.app.get<{ reset(): void }>(serverModule('src/ui-api/legal-clock.ts').LegalClock).reset();
    await server?.close();
    // the recorded date lives in the server's copy of law/ (shared by later servers in this jest worker)
    serverModule<typeof import('../../law/calendar/officialOverrides')>('law/calendar/officialOverrides.ts').clearOfficialOverrides();
  });

  it('only a manager may record, with a reference; a date no bayram is near is refused on the field', async () => {
    expect((await officer.post('/api/calendar/bayrams/official', { group: 'kurban', firstDay: '2031-04-03', gazetteReference: 'RG 01.01.2031/1' })).status).toBe(403);
    const noRef = await manager.post('/api/calendar/bayrams/official', { group: 'kurban', firstDay: '2031-04-03' });
    expect(noRef.status).toBe(400);
    const far = await manager.post('/api/calendar/bayrams/official', { group: 'kurban', firstDay: '2031-06-20', gazetteReference: 'RG 01.01.2031/1' });
    expect(far.status).toBe(400);
    expect(far.body.errors[0].property).toBe('firstDay');
    // everyone signed in reads the calendar, with each date's status
    const list = await officer.get('/api/calendar/bayrams?year=2031');
    expect(list.body.items).toEqual([
      expect.objectContaining({ group: 'ramazan', status: 'provisional' }),
      expect.objectContaining({ group: 'kurban', firstDay: '2031-04-02', status: 'provisional' }),
    ]);
  });

  it('moves a 3-day interview deadline from the provisional bayram to the official one', async () => {
    // given an accelerated procedure started on Sunday 30 March 2031; Kurban Bayramı 2031 is computed (2–5 April)
    await pin('2031-03-30T09:00:00+03:00');
    // the office's "today" too: the registration date may not lie in its future, and days left count from it
    server.app.get<{ set(ms: number): void }>(serverModule('src/ui-api/legal-clock.ts').LegalClock).set(Date.parse('2031-03-30T09:00:00+03:00'));
    const started = await officer.post('/api/cases', {
      processDefinitionId: 'accelerated-procedure',
      variables: { applicationNumber: 'UK-2031-000001', registrationDate: '2031-03-30', acceleratedStartDate: '2031-03-30', applicant: { fullName: 'Deneme Kişi', nationality: 'XX', language: 'ar' }, facts: { misledAuthorities: true } },
    });
    expect(started.status).toBe(201);
    const pik = started.body.processInstanceKey as string;
    const before = await eventually(async () => {
      const d = await detail(pik);
      return d.activeElements?.some((e) => e.elementId === "Task_Interview") ? d : undefined;
    });
    // day 3 (2 April) is the computed first bayram day: the period rolls to Monday 7 April, provisionally
    expect(before.variables.interviewDueAt).toBe('2031-04-07T23:59:59.999+03:00');
    expect(before.variables.interviewDueAtDetail).toMatchObject({ provisional: true, rolledOverFrom: '2031-04-02' });
    // the task list and the deadline board say the date is provisional (days left counted on 30 March 2031)
    const task = (await officer.get('/api/tasks?processDefinitionId=accelerated-procedure&limit=500')).body.items.find((t: { processInstanceKey: string }) => t.processInstanceKey === pik);
    expect(task.dueDate).toBe('2031-04-07T20:59:59.999Z');
    expect(task.daysLeft).toMatchObject({ calendarDays: 8, provisional: true });
    const board = (await manager.get('/api/monitor/deadlines?withinDays=10&processDefinitionId=accelerated-procedure')).body.items;
    // the board counts the deadline once, as the interview task whose due date interviewDueAt is
    const onBoard = board.filter((i: { processInstanceKey: string }) => i.processInstanceKey === pik);
    expect(onBoard).toEqual([expect.objectContaining({ kind: 'userTask', elementId: 'Task_Interview', dueAt: '2031-04-07T20:59:59.999Z' })]);
    expect(onBoard[0].daysLeft.provisional).toBe(true);

    // and at the end of 2 April nothing has fired
    await pin('2031-04-02T23:59:59.998+03:00');
    expect((await detail(pik)).activeElements.map((e) => e.elementId)).not.toContain('Supervise_InterviewPeriod');

    // when the manager records the announced date: Kurban Bayramı 2031 begins on 3 April (eve: 2 April, a half day)
    const recorded = await manager.post('/api/calendar/bayrams/official', { group: 'kurban', firstDay: '2031-04-03', gazetteReference: 'RG 15.03.2031/99999 (synthetic)' });

    // then the bayram is official and this case's deadline is recomputed: 2 April, an arife half day, is day 3
    expect(recorded.status).toBe(201);
    expect(recorded.body.before).toMatchObject({ firstDay: '2031-04-02', status: 'provisional' });
    expect(recorded.body.after).toMatchObject({ firstDay: '2031-04-03', arife: '2031-04-02', status: 'official' });
    expect(recorded.body.recomputed).toEqual([
      { processInstanceKey: pik, variable: 'interviewDueAt', from: '2031-04-07T23:59:59.999+03:00', to: '2031-04-02T23:59:59.999+03:00', provisional: false, timersMoved: ['Timer_InterviewPeriod'] },
    ]);
    const after = await detail(pik);
    expect(after.variables.interviewDueAtDetail).toMatchObject({ dueDate: '2031-04-02', provisional: false, rolledOverFrom: null, halfDay: { nameTr: 'Kurban Bayramı Arifesi' } });
    const movedTask = (await officer.get('/api/tasks?processDefinitionId=accelerated-procedure&limit=500')).body.items.find((t: { processInstanceKey: string }) => t.processInstanceKey === pik);
    expect(movedTask.dueDate).toBe('2031-04-02T20:59:59.999Z');
    expect(movedTask.daysLeft).toMatchObject({ calendarDays: 3, provisional: false, dueOnHalfDay: true });

    // and the moved timer fires at the end of 2 April: the supervisor is asked
    await pin('2031-04-02T23:59:59.999+03:00');
    await eventually(async () => ((await detail(pik)).activeElements.some((e) => e.elementId === 'Supervise_InterviewPeriod') ? true : undefined));

    // and who, when and the Gazette reference are in the audit log, with the recomputation
    const audit = (await manager.get(`/api/audit?action=calendar.bayram.record`)).body.items;
    expect(audit[0]).toMatchObject({ username: 'demo.manager', outcome: 'success' });
    expect(audit[0].detail).toContain('RG 15.03.2031/99999');
    const recompute = (await manager.get(`/api/audit?processInstanceKey=${pik}&action=deadline.recompute`)).body.items;
    expect(recompute[0]).toMatchObject({ username: 'demo.manager', resourceKey: 'interviewDueAt' });
    expect(recompute[0].detail).toContain('Timer_InterviewPeriod');

    // and the recorded date survives in the calendar for every later computation
    expect((await officer.get('/api/calendar/bayrams?year=2031')).body.items[1]).toMatchObject({ firstDay: '2031-04-03', status: 'official' });
  });
});
