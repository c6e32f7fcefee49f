import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../engine';
import { searchIncidents, searchProcessInstances, searchUserTasks, searchVariables } from '../engine/query';
import { IDENTITY_VARIABLES, SEARCH_SCAN_LIMIT } from '../src/ui-api/case-identity';
import { inParallel, rate, TIMER_BPMN } from './workload';

export interface TimerFigures {
  instances: number;
  rssMbWaiting: number;
  rssMbBaseline: number;
  createPerSecond: number;
  fireMs: number;
  firedPerSecond: number;
  /** Engine files (db + WAL) with every instance waiting. */
  diskMb: number;
  /** Close, then open again until the first command is answered. */
  restartMs: number;
  /** The monitor's queries at that size (ms, slowest of three runs each; each instance has identity variables). */
  searchMs: Record<string, number>;
  /** The same searches once every instance has completed (the monitor's usual day: most instances finished). */
  searchMsAfterFire: Record<string, number>;
}

/** Search as the monitor sends it (through /v2 in either mode; here straight to the engine's read side). */
type Search = Parameters<typeof searchProcessInstances>[1];
const newest = (filter: Record<string, unknown>): Search => ({ filter, page: { from: 0, limit: 50 }, sort: [{ field: 'startDate', order: 'DESC' }] });
const countOf = (filter: Record<string, unknown>): Search => ({ filter, page: { from: 0, limit: 1 } });

/**
 * Every search the manager's monitor sends (src/monitor → /v2), timed at this size: the counts per process and state
 * (monitor.service processes()), the instance list newest first with each of its filters (process, state, incident,
 * case search), the incident panel, a batch's selection (process + version, by key) and the case searches of
 * src/ui-api/case-identity.ts (identity variables by name; instances of one application number).
 */
export function monitorSearches(engine: Engine, total: number): Record<string, number> {
  const timed = (fn: () => unknown) => {
    let worst = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      fn();
      worst = Math.max(worst, performance.now() - t);
    }
    return Math.round(worst * 10) / 10;
  };
  const db = engine.db;
  const pi = (q: Search) => () => searchProcessInstances(db, q);
  const process = { processDefinitionId: 'bench-timer' };
  const deep = searchProcessInstances(db, { ...newest({ ...process, state: 'ACTIVE' }), page: { from: 9_950, limit: 50 } }).page.endCursor;
  const deepCursor = () => deep;
  const caseSearch = () => {
    // CaseIdentityService.search: the newest identity variables, matched in the server, then the instance list of those keys.
    const vars = searchVariables(db, { filter: { name: { $in: IDENTITY_VARIABLES } }, page: { from: 0, limit: SEARCH_SCAN_LIMIT }, sort: [{ field: 'variableKey', order: 'DESC' }] });
    const keys = vars.items.filter((v) => v.name === 'applicationNumber' && v.value.includes(applicationNumber(total - 7))).map((v) => v.processInstanceKey);
    return searchProcessInstances(db, newest({ processInstanceKey: { $in: keys } }));
  };
  return {
    countsOfProcess: timed(() => {
      for (const state of ['ACTIVE', 'COMPLETED', 'TERMINATED']) searchProcessInstances(db, countOf({ ...process, state }));
      searchProcessInstances(db, countOf({ ...process, state: 'ACTIVE', hasIncident: true }));
    }),
    countActive: timed(pi(countOf({ ...process, state: 'ACTIVE' }))),
    countWithIncidents: timed(pi(countOf({ ...process, state: 'ACTIVE', hasIncident: true }))),
    newestPage: timed(pi(newest({}))),
    newestActivePage: timed(pi(newest({ state: 'ACTIVE' }))),
    newestPageOfProcess: timed(pi(newest(process))),
    newestActivePageOfProcess: timed(pi(newest({ ...process, state: 'ACTIVE' }))),
    newestCompletedPageOfProcess: timed(pi(newest({ ...process, state: 'COMPLETED' }))),
    newestWithIncidentPage: timed(pi(newest({ hasIncident: true }))),
    pageAtOffset10000: timed(pi({ ...newest({ ...process, state: 'ACTIVE' }), page: { from: 10_000, limit: 50 } })),
    // The same depth by cursor (keyset: continues from the previous page's last row, not counting 10,000 rows again).
    pageAfterCursorAt10000: timed(pi({ ...newest({ ...process, state: 'ACTIVE' }), page: { after: deepCursor(), limit: 50 } })),
    batchSelectionByVersion: timed(pi({ filter: { ...process, processDefinitionVersion: 1, state: 'ACTIVE' }, page: { from: 0, limit: 1000 }, sort: [{ field: 'processInstanceKey', order: 'ASC' }] })),
    incidents: timed(() => searchIncidents(db, { filter: { state: 'ACTIVE' }, page: { from: 0, limit: 100 } })),
    incidentsOfProcess: timed(() => searchIncidents(db, { filter: { state: 'ACTIVE', ...process }, page: { from: 0, limit: 100 } })),
    openUserTasks: timed(() => searchUserTasks(db, { filter: { state: 'CREATED' }, page: { from: 0, limit: 50 } })),
    caseSearchByName: timed(caseSearch),
    caseByApplicationNumber: timed(() =>
      searchVariables(db, { filter: { name: { $in: ['applicationNumber', 'caseNumber'] }, value: JSON.stringify(applicationNumber(12_345 % total)) }, page: { from: 0, limit: 500 }, sort: [{ field: 'variableKey', order: 'DESC' }] }),
    ),
  };
}

/** Synthetic identity of the i-th instance: the case search has something to find, as in production. */
const applicationNumber = (i: number) => `2026-BENCH-${String(i).padStart(7, '0')}`;
export const identity = (i: number) => ({ applicationNumber: applicationNumber(i), applicant: { fullName: `Deneme Kişi ${i}`, nationality: 'XX', dateOfBirth: '1990-01-01' } });

function filesMb(dir: string): number {
  const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  return Math.round(bytes / 2 ** 20);
}

/** Phases on stderr when run alone (a run at 1M takes a quarter of an hour). */
const phase = (what: string, figure?: unknown) => {
  if (!process.send) console.error(`${new Date().toISOString()} ${what}${figure === undefined ? '' : ` ${JSON.stringify(figure)}`}`);
};

/** Runs in a fresh process so its RSS is the engine's alone. */
async function measure(total: number): Promise<TimerFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-timers-'));
  let engine = await Engine.open({ dataDir: dir });
  try {
    await engine.pinClock(Date.parse('2026-01-05T09:00:00Z'));
    await engine.deploy([{ name: 'timer.bpmn', content: TIMER_BPMN }]);
    global.gc?.();
    const rssMbBaseline = process.memoryUsage().rss / 2 ** 20;
    const t0 = performance.now();
    await inParallel(total, 500, async (i) => {
      await engine.createProcessInstance({ processDefinitionId: 'bench-timer', variables: identity(i) });
    });
    const createMs = performance.now() - t0;
    phase('created', { total, createMs: Math.round(createMs) });
    global.gc?.();
    const rssMbWaiting = process.memoryUsage().rss / 2 ** 20;
    const diskMb = filesMb(dir);
    await engine.close();
    const tRestart = performance.now();
    engine = await Engine.open({ dataDir: dir });
    // The pinned clock survives the restart; pinning it again is the first command answered.
    await engine.pinClock(Date.parse('2026-01-05T09:00:00Z'));
    const restartMs = Math.round(performance.now() - tRestart);
    phase('reopened', { restartMs });
    const searchMs = monitorSearches(engine, total);
    phase('searched', searchMs);
    const t1 = performance.now();
    await engine.pinClock(Date.parse('2026-02-04T09:00:00Z'));
    const fireMs = performance.now() - t1;
    phase('fired', { fireMs: Math.round(fireMs) });
    const left = (engine.db.prepare(`SELECT COUNT(*) AS n FROM process_instances WHERE state = 'ACTIVE'`).get() as { n: number }).n;
    if (left !== 0) throw new Error(`${left} instances did not complete after their timers came due`);
    const searchMsAfterFire = monitorSearches(engine, total);
    return {
      instances: total, rssMbWaiting: Math.round(rssMbWaiting), rssMbBaseline: Math.round(rssMbBaseline), createPerSecond: rate(total, createMs),
      fireMs: Math.round(fireMs), firedPerSecond: rate(total, fireMs), diskMb, restartMs, searchMs, searchMsAfterFire,
    };
  } finally {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function waitingTimersInChild(total: number): Promise<TimerFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [String(total)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve(m as TimerFigures));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`timer benchmark exited with ${code}`))));
  });
}

if (require.main === module) {
  measure(Number(process.argv[2] ?? 100_000)).then(
    (figures) => {
      // Forked by run.ts: the figures go back to it; run alone (node dist/bench/waiting-timers.js 200000): printed.
      if (process.send) process.send(figures);
      else console.log(JSON.stringify({ ...figures, load: os.loadavg()[0] }, null, 2));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
