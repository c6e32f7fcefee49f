import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../engine';
import { searchIncidents, searchProcessInstances, searchUserTasks } from '../engine/query';
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
  /** The monitor's queries at that size (ms, slowest of three runs each). */
  searchMs: Record<string, number>;
}

/** The monitor's searches (src/monitor): counts per state, the newest page of active instances, incidents, open tasks. */
function monitorSearches(engine: Engine): Record<string, number> {
  const timed = (fn: () => unknown) => {
    let worst = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      fn();
      worst = Math.max(worst, performance.now() - t);
    }
    return Math.round(worst * 10) / 10;
  };
  return {
    countActive: timed(() => searchProcessInstances(engine.db, { filter: { processDefinitionId: 'bench-timer', state: 'ACTIVE' }, page: { from: 0, limit: 1 } })),
    countWithIncidents: timed(() => searchProcessInstances(engine.db, { filter: { processDefinitionId: 'bench-timer', state: 'ACTIVE', hasIncident: true }, page: { from: 0, limit: 1 } })),
    newestActivePage: timed(() => searchProcessInstances(engine.db, { filter: { state: 'ACTIVE' }, page: { from: 0, limit: 50 }, sort: [{ field: 'startDate', order: 'DESC' }] })),
    incidents: timed(() => searchIncidents(engine.db, { filter: { state: 'ACTIVE' }, page: { from: 0, limit: 50 } })),
    openUserTasks: timed(() => searchUserTasks(engine.db, { filter: { state: 'CREATED' }, page: { from: 0, limit: 50 } })),
  };
}

function filesMb(dir: string): number {
  const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  return Math.round(bytes / 2 ** 20);
}

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
    await inParallel(total, 500, async () => {
      await engine.createProcessInstance({ processDefinitionId: 'bench-timer' });
    });
    const createMs = performance.now() - t0;
    global.gc?.();
    const rssMbWaiting = process.memoryUsage().rss / 2 ** 20;
    const diskMb = filesMb(dir);
    await engine.close();
    const tRestart = performance.now();
    engine = await Engine.open({ dataDir: dir });
    // The pinned clock survives the restart; pinning it again is the first command answered.
    await engine.pinClock(Date.parse('2026-01-05T09:00:00Z'));
    const restartMs = Math.round(performance.now() - tRestart);
    const searchMs = monitorSearches(engine);
    const t1 = performance.now();
    await engine.pinClock(Date.parse('2026-02-04T09:00:00Z'));
    const fireMs = performance.now() - t1;
    const left = (engine.db.prepare(`SELECT COUNT(*) AS n FROM process_instances WHERE state = 'ACTIVE'`).get() as { n: number }).n;
    if (left !== 0) throw new Error(`${left} instances did not complete after their timers came due`);
    return {
      instances: total, rssMbWaiting: Math.round(rssMbWaiting), rssMbBaseline: Math.round(rssMbBaseline), createPerSecond: rate(total, createMs),
      fireMs: Math.round(fireMs), firedPerSecond: rate(total, fireMs), diskMb, restartMs, searchMs,
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
      process.send?.(figures);
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
