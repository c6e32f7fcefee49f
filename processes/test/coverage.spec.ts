import * as fs from 'node:fs';
import * as path from 'node:path';
import { getParameter } from '../../law';
import { START_CONTRACTS } from '../contracts';
import { JOB_TYPES } from '../../workers/job-types';
import { NOTICE_TYPES } from '../../workers/notifications/notice';
import { SITUATIONS } from '../../workers/restrictions/propose-codes';
import { Diagram, El, ext, FORMS_DIR, loadDiagrams } from './model';

const docOf = (el: El) => (el.documentation ?? []).map((d) => d.text).join(' ');

describe('processes are backed by forms and workers', () => {
  let diagrams: Diagram[];
  const all = () => diagrams.flatMap((d) => d.elements.map((el) => ({ file: d.file, el })));

  beforeAll(async () => {
    diagrams = await loadDiagrams();
  });

  it('each file holds the process of the same name', () => {
    for (const d of diagrams) expect(`${d.processId}.bpmn`).toBe(d.file);
  });

  it('every user task is a Zeebe user task with a form in forms/ and a candidate group', () => {
    const tasks = all().filter(({ el }) => el.$type === 'bpmn:UserTask');
    expect(tasks.length).toBeGreaterThan(20);
    for (const { file, el } of tasks) {
      const formId = ext<{ formId: string }>(el, 'zeebe:FormDefinition')?.formId;
      expect({ file, id: el.id, zeebeUserTask: !!ext(el, 'zeebe:UserTask') }).toEqual({ file, id: el.id, zeebeUserTask: true });
      const formFile = path.join(FORMS_DIR, `${formId}.form`);
      expect({ id: el.id, formExists: fs.existsSync(formFile) }).toEqual({ id: el.id, formExists: true });
      const form = JSON.parse(fs.readFileSync(formFile, 'utf8'));
      expect(form).toMatchObject({ id: formId, executionPlatform: 'Camunda Cloud', executionPlatformVersion: '8.8.0', type: 'default' });
      const groups = ext<{ candidateGroups: string }>(el, 'zeebe:AssignmentDefinition')?.candidateGroups;
      expect(['officers', 'supervisors']).toContain(groups);
    }
  });

  it('escalation tasks go to supervisors, every other user task to officers', () => {
    for (const { el } of all().filter(({ el }) => el.$type === 'bpmn:UserTask')) {
      const groups = ext<{ candidateGroups: string }>(el, 'zeebe:AssignmentDefinition')?.candidateGroups;
      expect({ id: el.id, groups }).toEqual({ id: el.id, groups: el.id.startsWith('Supervise_') ? 'supervisors' : 'officers' });
    }
  });

  it('every form in forms/ is used by a user task, or is the start form of a process with a start contract', () => {
    const used = new Set(all().map(({ el }) => ext<{ formId: string }>(el, 'zeebe:FormDefinition')?.formId).filter(Boolean));
    // The officer's "New case" screen finds a procedure's start form by this name (src/tasks/startable.service.ts).
    Object.keys(START_CONTRACTS).forEach((id) => used.add(`start-${id}`));
    const forms = fs.readdirSync(FORMS_DIR).filter((f) => f.endsWith('.form')).map((f) => f.replace(/\.form$/, ''));
    expect(forms.filter((f) => !used.has(f))).toEqual([]);
  });

  it('every service and send task job type has a worker in workers/job-types.ts, and every worker is used', () => {
    const registered = new Set(JOB_TYPES.map((j) => j.type));
    const used = new Set<string>();
    for (const { el } of all().filter(({ el }) => el.$type === 'bpmn:ServiceTask' || el.$type === 'bpmn:SendTask')) {
      const type = ext<{ type: string }>(el, 'zeebe:TaskDefinition')?.type;
      expect({ id: el.id, type, registered: registered.has(type!) }).toEqual({ id: el.id, type, registered: true });
      expect(type).toMatch(/^yukk\.(rules|calendar|notifications|restrictions)\.[a-z-]+$/);
      used.add(type!);
    }
    expect([...registered].filter((t) => !used.has(t))).toEqual([]);
  });

  it('BPMN errors thrown by workers are caught where those workers run', () => {
    for (const def of JOB_TYPES.filter((j) => j.errors?.length)) {
      const tasks = all().filter(({ el }) => ext<{ type: string }>(el, 'zeebe:TaskDefinition')?.type === def.type);
      for (const { el } of tasks) {
        const caught = all()
          .filter(({ el: b }) => b.$type === 'bpmn:BoundaryEvent' && b.attachedToRef?.id === el.id)
          .flatMap(({ el: b }) => (b.eventDefinitions ?? []).map((e) => e.errorRef?.errorCode));
        // the renewal term task runs after the rule task has already refused; it re-throws only defensively
        if (def.type === 'yukk.calendar.victim-permit-term') continue;
        expect({ id: el.id, caught }).toEqual({ id: el.id, caught: expect.arrayContaining(def.errors!) });
      }
    }
  });

  it('every period task names a law parameter, a start variable and a result variable', () => {
    for (const { el } of all().filter(({ el }) => ext<{ type: string }>(el, 'zeebe:TaskDefinition')?.type === 'yukk.calendar.period-end')) {
      const headers = Object.fromEntries((ext<{ values: Array<{ key: string; value: string }> }>(el, 'zeebe:TaskHeaders')?.values ?? []).map((h) => [h.key, h.value]));
      expect(() => getParameter(headers.parameter)).not.toThrow();
      expect(headers.from).toMatch(/^[A-Za-z]+$/);
      expect(headers.resultVariable).toMatch(/DueAt$/);
      expect(headers.citation).toBe(getParameter(headers.parameter).citation);
    }
  });

  it('task headers name notices, situations and modes the workers know', () => {
    const headersOf = (el: El) => Object.fromEntries((ext<{ values: Array<{ key: string; value: string }> }>(el, 'zeebe:TaskHeaders')?.values ?? []).map((h) => [h.key, h.value]));
    const typeOf = (el: El) => ext<{ type: string }>(el, 'zeebe:TaskDefinition')?.type;
    for (const { el } of all()) {
      const h = headersOf(el);
      if (typeOf(el) === 'yukk.notifications.send-notice') {
        expect({ id: el.id, known: h.noticeType in NOTICE_TYPES, citation: !!h.citation }).toEqual({ id: el.id, known: true, citation: true });
      }
      if (typeOf(el) === 'yukk.restrictions.propose-codes') expect(SITUATIONS).toContain(h.situation);
      if (typeOf(el) === 'yukk.rules.decision-guard') expect(['victim-termination', 'inadmissibility-ground', 'removal-decision', 'removal-detention', 'detention-review', 'applicant-detention', 'deemed-withdrawal']).toContain(h.decision);
      if (typeOf(el) === 'yukk.calendar.victim-permit-term') expect(['initial', 'renewal']).toContain(h.mode);
    }
  });

  it('every timer is a timeDate on a variable written by a calendar worker, named for its period and citing its article', () => {
    // written by yukk.calendar.victim-permit-term and yukk.calendar.detention-term
    const written = new Set(['permitExpiresAt', 'permitReminderAt', 'detentionCapAt', 'transferDueAt']);
    for (const { el } of all()) {
      const h = ext<{ values: Array<{ key: string; value: string }> }>(el, 'zeebe:TaskHeaders')?.values.find((v) => v.key === 'resultVariable');
      if (h) written.add(h.value);
    }
    const timers = all().filter(({ el }) => (el.eventDefinitions ?? []).some((e) => e.$type === 'bpmn:TimerEventDefinition'));
    expect(timers.length).toBeGreaterThanOrEqual(12);
    for (const { el } of timers) {
      const body = el.eventDefinitions![0].timeDate?.body ?? '';
      expect({ id: el.id, body }).toEqual({ id: el.id, body: expect.stringMatching(/^=[A-Za-z]+$/) });
      expect({ id: el.id, written: written.has(body.slice(1)) }).toEqual({ id: el.id, written: true });
      expect(el.name).toBeTruthy();
      expect({ id: el.id, cites: /Art\.|brief E\./.test(docOf(el)) }).toEqual({ id: el.id, cites: true });
    }
  });

  it('authority deadlines escalate without interrupting; applicant deadlines and maximum terms close their path', () => {
    // The one interrupting timer: the removal detention maximum (Art. 57(3)) ends an open review — a term, not an authority deadline.
    const maximumTerms = new Set(['Timer_CapDuringReview']);
    for (const { el } of all().filter(({ el }) => el.$type === 'bpmn:BoundaryEvent' && (el.eventDefinitions ?? []).some((e) => e.$type === 'bpmn:TimerEventDefinition'))) {
      expect({ id: el.id, cancelActivity: el.cancelActivity }).toEqual({ id: el.id, cancelActivity: maximumTerms.has(el.id) });
    }
    const applicantTimers = all().filter(({ el }) => el.$type === 'bpmn:IntermediateCatchEvent' && (el.eventDefinitions ?? []).some((e) => e.$type === 'bpmn:TimerEventDefinition'));
    expect(applicantTimers.map(({ el }) => el.id).sort()).toEqual(
      ['Timer_CommissionWindow', 'Timer_CourtWindow', 'Timer_CourtWindow', 'Timer_CourtWindow', 'Timer_CourtWindow', 'Timer_DepartureWindow', 'Timer_Review', 'Timer_DetentionCap', 'Timer_ApplicantDetentionCap'].sort(),
    );
  });

  it('every message has a correlation key on the case or application number', () => {
    for (const { el } of all()) {
      for (const def of el.eventDefinitions ?? []) {
        if (def.$type !== 'bpmn:MessageEventDefinition') continue;
        const key = def.messageRef?.extensionElements?.values.find((v) => v.$type === 'zeebe:Subscription')?.correlationKey;
        expect(['=applicationNumber', '=caseNumber']).toContain(key);
      }
    }
  });

  it('call activities call a process of this folder without propagating all child variables', () => {
    const ids = new Set(diagrams.map((d) => d.processId));
    for (const { el } of all().filter(({ el }) => el.$type === 'bpmn:CallActivity')) {
      const called = ext<{ processId: string; propagateAllChildVariables: boolean }>(el, 'zeebe:CalledElement')!;
      expect(ids.has(called.processId)).toBe(true);
      expect(called.propagateAllChildVariables).toBe(false);
      expect(ext(el, 'zeebe:IoMapping')).toBeDefined();
    }
  });

  it('element names are Turkish and every activity documents itself in English', () => {
    for (const { el } of all().filter(({ el }) => /Task|CallActivity|SubProcess/.test(el.$type))) {
      expect({ id: el.id, named: !!el.name }).toEqual({ id: el.id, named: true });
      if (el.$type !== 'bpmn:ScriptTask') expect({ id: el.id, documented: docOf(el).length > 10 }).toEqual({ id: el.id, documented: true });
    }
  });
});
