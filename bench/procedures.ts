import { Camunda8 } from '@camunda8/sdk';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sdkBasicAuth } from '../src/runtime/runtime-credential';
import { startServerProcess } from './server-process';
import { inParallel, rate } from './workload';

/**
 * The Law 6458 procedures at volume: `total` international-protection applications with a synthetic mix of facts
 * (accelerated, inadmissible, regular, trafficking victims with their own victim-support case, voluntary return)
 * are started on the built server in a child process — its own job workers do the service tasks — and driven to
 * their outcomes over REST v2 through @camunda8/sdk: officers' user tasks are claimed and completed page by page,
 * messages are correlated, and the pinned clock is moved on when only timers are left. Outcomes are counted by the
 * end event each case reached. All names and numbers are invented.
 */
export interface ProcedureRunResult {
  total: number;
  ms: number;
  perSecond: number;
  outcomes: Record<string, number>;
}

type Kind = 'accelerated-rejected' | 'accelerated-granted' | 'inadmissible' | 'regular-granted' | 'regular-rejected' | 'voluntary-return' | 'victim';

/** The mix, per 20 cases: 6 accelerated, 4 inadmissible, 6 regular, 2 voluntary return, 2 victims. */
function kindOf(i: number): Kind {
  const r = i % 20;
  if (r < 6) return r % 3 === 0 ? 'accelerated-granted' : 'accelerated-rejected';
  if (r < 10) return 'inadmissible';
  if (r < 16) return r % 2 === 0 ? 'regular-granted' : 'regular-rejected';
  if (r < 18) return 'voluntary-return';
  return 'victim';
}

const ACCELERATED_FACTS = ['onlyUnrelatedMatters', 'misledAuthorities', 'destroyedDocuments', 'inRemovalDetention', 'appliedToDelayRemoval', 'publicOrderThreat', 'previouslyRemovedForPublicOrder', 'reappliedAfterDeemedWithdrawal'];
const INADMISSIBLE_FACTS = ['repeatWithoutNewGrounds', 'ownApplicationAfterConsentWithoutCause', 'ownApplicationAfterRejectionWithoutNewGrounds'];

function factsFor(i: number, kind: Kind): Record<string, unknown> {
  if (kind.startsWith('accelerated')) return { [ACCELERATED_FACTS[i % ACCELERATED_FACTS.length]]: true };
  if (kind === 'inadmissible') return { [INADMISSIBLE_FACTS[i % INADMISSIBLE_FACTS.length]]: true };
  return {};
}

/** The route an officer picks, and the ground letter recorded for inadmissibility. */
const ROUTE: Record<Kind, string> = {
  'accelerated-rejected': 'accelerated', 'accelerated-granted': 'accelerated', inadmissible: 'inadmissibility',
  'regular-granted': 'regular', 'regular-rejected': 'regular', 'voluntary-return': 'regular', victim: 'regular',
};

/** Outcome name → process id and end event; counted with one search each at the end. */
const OUTCOME_ENDS: Record<string, [string, string]> = {
  'application:granted': ['international-protection-application', 'End_Granted'],
  'application:rejected-removal-track': ['international-protection-application', 'End_Rejected'],
  'application:accelerated-rejected-final': ['international-protection-application', 'End_AcceleratedRejected'],
  'application:inadmissible': ['international-protection-application', 'End_Inadmissible'],
  'application:withdrawn-voluntary-return': ['international-protection-application', 'End_ClosedWithdrawn'],
  'accelerated:granted': ['accelerated-procedure', 'End_Granted'],
  'accelerated:rejected-final': ['accelerated-procedure', 'End_Rejected'],
  'inadmissibility:removal-track': ['inadmissibility-assessment', 'End_Removal'],
  'voluntary-return:departed': ['voluntary-return', 'End_Departed'],
  'victim-support:not-renewed-other-permit': ['victim-support', 'End_Offered'],
};

const pad = (i: number) => String(i).padStart(6, '0');
/** Istanbul calendar day of an instant (UTC+3, no DST since 2016). */
const istanbulDay = (ms: number) => new Date(ms + 3 * 3600_000).toISOString().slice(0, 10);
const DAY = 24 * 3600_000;

export async function procedureRun(total = 10_000): Promise<ProcedureRunResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-procedures-'));
  // More parallel jobs per worker than the default 8: the run keeps thousands of cases moving at once.
  const server = await startServerProcess(dir, { YUKK_WORKER_MAX_PARALLEL_JOBS: '64' });
  const camunda = new Camunda8({ ZEEBE_REST_ADDRESS: server.url, ...sdkBasicAuth(server.credential), CAMUNDA_LOG_LEVEL: 'error', CAMUNDA_SDK_LOG_LEVEL: 'error', CAMUNDA_SDK_VALIDATION: 'none' } as never);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const api: any = camunda.getOrchestrationClusterApiClient();
  const NOW = { consistency: { waitUpToMs: 0 } };
  try {
    const root = path.resolve(__dirname.split(path.sep).includes('dist') ? path.join(__dirname, '..', '..') : path.join(__dirname, '..'));
    const resources = ['processes', 'forms'].flatMap((d) =>
      fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.bpmn') || f.endsWith('.form')).map((f) => path.join(root, d, f)),
    );
    await api.createDeployment({ resources: resources.map((f) => new File([fs.readFileSync(f)], path.basename(f))) });

    // The server's notice worker stamps `notifiedAt` with its wall clock, so the pinned clock starts at "now" and
    // the appeal windows it computes are the ones the advanced clock then reaches.
    let clock = Math.floor(Date.now() / 1000) * 1000;
    await api.pinClock({ timestamp: clock });
    const today = istanbulDay(clock);

    const kindByInstance = new Map<string, number>(); // application or victim-support instance → case index
    const victimCases = new Map<string, number>(); // victim-support instance → reviews done
    const started = performance.now();

    await inParallel(total, 32, async (i) => {
      const kind = kindOf(i);
      const applicationNumber = `BN-${today.slice(0, 4)}-${pad(i)}`;
      const applicant = { fullName: `Deneme Kişi ${i}`, nationality: 'XX', language: 'ar' };
      const r = await api.createProcessInstance({ processDefinitionId: 'international-protection-application', variables: { applicationNumber, applicationDate: today, province: 'Ankara', applicant } });
      kindByInstance.set(String(r.processInstanceKey), i);
      if (kind === 'voluntary-return') {
        // The event sub-process listens from the start; the request withdraws the application (Art. 77(1)(a)).
        await api.correlateMessage({ name: 'voluntary-return-requested', correlationKey: applicationNumber, variables: {} });
      }
      if (kind === 'victim') {
        const v = await api.createProcessInstance({ processDefinitionId: 'victim-support', variables: { caseNumber: `MT-${today.slice(0, 4)}-${pad(i)}`, person: applicant, referredBy: 'hotline-157' } });
        kindByInstance.set(String(v.processInstanceKey), i);
        victimCases.set(String(v.processInstanceKey), 0);
      }
    });

    const acceleratedKind = new Map<string, Kind>(); // called accelerated-procedure instance → its case's kind
    const failures = new Map<string, number>();
    const formFor = async (t: { elementId: string; processDefinitionId: string; processInstanceKey: string }): Promise<Record<string, unknown>> => {
      const pik = String(t.processInstanceKey);
      const i = kindByInstance.get(pik) ?? 0;
      const kind = kindOf(i);
      const reasons = { factualReasons: 'Sentetik olgular.', legalReasons: 'Sentetik gerekçe.' };
      if (t.elementId.startsWith('Supervise_')) return { supervisorAction: 'expedited', supervisorNote: 'Sentetik denetim notu.' };
      if (t.elementId === 'Task_RemovalAssessment') return { removalAssessment: 'removal-decision', removalReasons: 'Karar kesinleşti.' };
      switch (t.processDefinitionId) {
        case 'international-protection-application':
          switch (t.elementId) {
            case 'Task_Register': return { registrationDate: today, travelRoute: 'Kara yolu', facts: factsFor(i, kind) };
            case 'Task_Route': return { route: ROUTE[kind], routeReason: 'Kural sonucu okundu.' };
            case 'Task_Interview': return { interviewDate: today, interviewSummary: 'Görüşme yapıldı.', minutesCopyGiven: true };
            case 'Task_Decide': return { ipDecision: kind === 'regular-rejected' ? 'rejected' : 'refugee', ...reasons };
          }
          break;
        case 'accelerated-procedure': {
          if (t.elementId === 'Task_Interview') return { interviewDate: today, interviewSummary: 'Görüşme yapıldı.' };
          let k = acceleratedKind.get(pik);
          if (!k) {
            const res = await api.searchVariables({ filter: { processInstanceKey: pik, name: 'applicationNumber' }, page: { limit: 1 } }, NOW);
            k = kindOf(Number(String(JSON.parse(res.items[0].value)).split('-')[2]));
            acceleratedKind.set(pik, k);
          }
          if (t.elementId === 'Task_Decide') return { acceleratedDecision: k === 'accelerated-granted' ? 'granted' : 'rejected', ...reasons };
          break;
        }
        case 'inadmissibility-assessment':
          if (t.elementId === 'Task_Assess') return { inadmissibilityGround: 'a', inadmissibilityReasons: 'Yeni gerekçe yok.' };
          break;
        case 'voluntary-return':
          switch (t.elementId) {
            case 'Task_Request': return { writtenRequest: true, requestDate: today, identityAndTravelDocument: true, destination: 'origin', destinationCountry: 'XX' };
            case 'Task_Interview': return { voluntarinessRecorded: true, informedConsent: true, voluntarinessNotes: 'Gönüllü.' };
            case 'Task_NonRefoulement': return { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk yok.' };
            case 'Task_TravelDocuments': return { consularContactConsent: false, travelDocumentType: 'passport', travelDocumentIssuedOn: today };
            case 'Task_Assistance': return { assistance: 'inKind', partnerOrganisation: 'IOM' };
            case 'Task_CessationOffer': return { cessationNoticeGiven: true, cessationNoticeDate: today };
            case 'Task_Exit': return { departed: true, exitDate: today, borderGate: 'Kapı-1' };
          }
          break;
        case 'victim-support':
          switch (t.elementId) {
            case 'Task_Grant': return { identificationBasis: 'identified-victim', grantDate: today, supportProgrammeConsent: true };
            case 'Task_Review': {
              // one 6-month renewal on safety grounds, then the permit is left to end
              const reviews = victimCases.get(pik) ?? 0;
              victimCases.set(pik, reviews + 1);
              return reviews === 0
                ? { permitReviewDecision: 'renew', renewalGrounds: ['safety'], renewalMonths: 6, reviewReasons: 'Güvenlik gerekçesi.' }
                : { permitReviewDecision: 'end', reviewReasons: 'Koşullar sona erdi.' };
            }
            case 'Task_NextSteps': return { nextStepChosen: 'other-permit' };
          }
          break;
      }
      throw new Error(`no synthetic form for ${t.processDefinitionId}/${t.elementId}`);
    };

    // A voluntary-return case's own application tasks are left to the withdrawal (Art. 77(1)(a)), which ends them.
    const leftOpen = (t: { processDefinitionId: string; processInstanceKey: string }) =>
      t.processDefinitionId === 'international-protection-application' && kindOf(kindByInstance.get(String(t.processInstanceKey)) ?? 0) === 'voluntary-return';

    /** Pages through the open tasks (memory stays bounded); each is claimed and completed as an officer would. */
    const workOpenTasks = async (): Promise<number> => {
      let worked = 0;
      let from = 0;
      for (;;) {
        const res = await api.searchUserTasks({ filter: { state: 'CREATED' }, sort: [{ field: 'creationDate', order: 'ASC' }], page: { from, limit: 500 } }, NOW);
        const items = res.items as Array<{ userTaskKey: string; elementId: string; processDefinitionId: string; processInstanceKey: string }>;
        const tasks = items.filter((t) => (failures.get(String(t.userTaskKey)) ?? 0) < 3 && !leftOpen(t));
        await inParallel(tasks.length, 64, async (n) => {
          const t = tasks[n];
          try {
            const variables = await formFor(t);
            await api.assignUserTask({ userTaskKey: t.userTaskKey, assignee: t.elementId.startsWith('Supervise_') ? 'supervisor-1' : 'officer-1', allowOverride: true });
            await api.completeUserTask({ userTaskKey: t.userTaskKey, variables });
          } catch {
            // e.g. the task ended meanwhile (a withdrawal); retried twice, then left alone
            failures.set(String(t.userTaskKey), (failures.get(String(t.userTaskKey)) ?? 0) + 1);
          }
        });
        worked += tasks.length;
        if (items.length < 500) return worked;
        // completed tasks leave the list; the ones left open are skipped over
        from += items.length - tasks.length;
      }
    };

    const count = async (search: string, filter: Record<string, unknown>) => Number((await api[search]({ filter, page: { limit: 1 } }, NOW)).page.totalItems);
    const activeCases = () => count('searchProcessInstances', { state: 'ACTIVE', processDefinitionId: { $in: ['international-protection-application', 'victim-support'] } });

    let idleRounds = 0;
    let advances = 0;
    let jobWaits = 0;
    // BENCH_VERBOSE=1 prints where the run is, every 2 s
    const verbose = process.env.BENCH_VERBOSE === '1';
    let lastReport = 0;
    for (;;) {
      if (verbose && performance.now() - lastReport > 2000) {
        lastReport = performance.now();
        console.error(`[procedures] ${Math.round(lastReport - started)} ms: active cases ${await activeCases()}, open jobs ${await count('searchJobs', { state: 'CREATED' })}, clock advances ${advances}, failed completions ${failures.size}`);
      }
      if ((await workOpenTasks()) > 0) {
        idleRounds = 0;
        jobWaits = 0;
        continue;
      }
      // the server's workers are still busy; bounded, so a job that never ends cannot hold the run
      if ((await count('searchJobs', { state: 'CREATED' })) > 0 && jobWaits++ < 50) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      jobWaits = 0;
      if ((await activeCases()) === 0) break;
      // Nothing to do but wait: only applicant windows (10/15/30 days) are left, so the clock moves on 20 days.
      if (++idleRounds < 3) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      if (advances >= 6) break; // something is stuck; the counts below show it
      advances++;
      clock += 20 * DAY;
      await api.pinClock({ timestamp: clock });
      idleRounds = 0;
    }
    const ms = performance.now() - started;

    const outcomes: Record<string, number> = {};
    for (const [name, [processDefinitionId, elementId]] of Object.entries(OUTCOME_ENDS)) {
      outcomes[name] = await count('searchElementInstances', { processDefinitionId, elementId, state: 'COMPLETED' });
    }
    outcomes['still-active'] = await activeCases();
    outcomes.incidents = await count('searchIncidents', { state: 'ACTIVE' });
    outcomes['clock-advances'] = advances;
    return { total, ms, perSecond: rate(total, ms), outcomes };
  } finally {
    api.stopAllWorkers?.();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
