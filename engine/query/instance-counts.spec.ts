import Database from 'better-sqlite3';
import { Engine } from '../engine';
import { migrateProcessInstance } from '../runtime/migration';
import { SCHEMA_SQL, migrateSchema } from '../store/schema';
import { definitions } from '../test-support/bpmn';
import { EngineHarness, linear, serviceTask } from '../test-support/harness';
import { searchProcessInstances } from './process-instances';
import { TOTAL_ITEMS_CAP } from './search';

/**
 * The instance counters (process_instance_counts) behind the monitor's counts and the exact totals of
 * process-instance searches: they must equal the rows after every kind of state change, after a restart, and
 * after an older database is migrated. The comparisons count the rows themselves (GROUP BY), never the counters.
 */
const T0 = Date.parse('2026-03-02T07:00:00Z');
const work = (id: string) => definitions(linear(id, [serviceTask('work', `${id}-work`)]));

type Group = { process_definition_key: number; state: string; has_incident: number; n: number };
const counters = (db: Database.Database): Group[] =>
  db.prepare(`SELECT process_definition_key, state, has_incident, n FROM process_instance_counts WHERE n <> 0 ORDER BY 1, 2, 3`).all() as Group[];
const rows = (db: Database.Database): Group[] =>
  db.prepare(`SELECT process_definition_key, state, has_incident, COUNT(*) AS n FROM process_instances GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all() as Group[];
const total = (db: Database.Database, filter: Record<string, unknown>) => searchProcessInstances(db, { filter, page: { from: 0, limit: 1 } }).page;

describe('instance counters', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start(T0)));
  afterEach(() => h.stop());

  /** Five instances of `count` v1: one completed, one with an incident, one canceled, one migrated to v2, one waiting. */
  async function load(): Promise<{ v2Key: string; incidentKey: string }> {
    await h.deploy('count.bpmn', work('count'));
    const keys: string[] = [];
    for (let i = 0; i < 5; i++) keys.push((await h.engine.createProcessInstance({ processDefinitionId: 'count' })).processInstanceKey);
    const jobs = await h.jobs('count-work', 2);
    await h.engine.completeJob(jobs[0].jobKey);
    await h.engine.failJob(jobs[1].jobKey, { retries: 0, errorMessage: 'no retries left' });
    await h.engine.cancelProcessInstance(keys[2]);
    const v2 = await h.deploy('count.bpmn', definitions(linear('count', [serviceTask('work', 'count-work'), serviceTask('check', 'count-check')])));
    const v2Key = v2.processes[0].processDefinitionKey;
    await migrateProcessInstance(h.engine, keys[3], { targetProcessDefinitionKey: v2Key, mappingInstructions: [{ sourceElementId: 'work', targetElementId: 'work' }] });
    const [incident] = h.incidents(jobs[1].processInstanceKey);
    return { v2Key, incidentKey: String(incident.key) };
  }

  it('equal the rows through completion, incident, cancellation and migration, and give the searches exact totals', async () => {
    const { v2Key } = await load();
    const db = h.engine.db;
    expect(counters(db)).toEqual(rows(db));
    expect(total(db, { processDefinitionId: 'count', state: 'ACTIVE' })).toMatchObject({ totalItems: 3, hasMoreTotalItems: false });
    expect(total(db, { processDefinitionId: 'count', state: 'ACTIVE', hasIncident: true }).totalItems).toBe(1);
    expect(total(db, { processDefinitionId: 'count', state: 'COMPLETED' }).totalItems).toBe(1);
    expect(total(db, { processDefinitionId: 'count', state: 'TERMINATED' }).totalItems).toBe(1);
    expect(total(db, { processDefinitionId: 'count', processDefinitionVersion: 2 }).totalItems).toBe(1);
    expect(total(db, { processDefinitionKey: v2Key, state: { $in: ['ACTIVE', 'COMPLETED'] } }).totalItems).toBe(1);
    // the same totals as the rows give when counted one by one (a filter the counters do not keep)
    for (const state of ['ACTIVE', 'COMPLETED', 'TERMINATED']) {
      const counted = total(db, { processDefinitionId: 'count', state }).totalItems;
      expect(total(db, { processDefinitionId: 'count', state, startDate: { $gte: new Date(T0).toISOString() } }).totalItems).toBe(counted);
    }
  });

  it('follow an incident resolved and an instance finishing, and survive a restart', async () => {
    const { incidentKey } = await load();
    const incident = h.engine.db.prepare(`SELECT job_key FROM incidents WHERE key = ?`).get(Number(incidentKey)) as { job_key: number };
    await h.engine.updateJob(String(incident.job_key), { retries: 1 });
    await h.engine.resolveIncident(incidentKey);
    expect(total(h.engine.db, { processDefinitionId: 'count', hasIncident: true }).totalItems).toBe(0);
    for (const job of await h.jobs('count-work', 10)) await h.engine.completeJob(job.jobKey);
    expect(counters(h.engine.db)).toEqual(rows(h.engine.db));

    await h.engine.close();
    const reopened = new EngineHarness(await Engine.open({ dataDir: h.dir, synchronous: 'NORMAL' }), h.dir);
    h = reopened;
    expect(counters(h.engine.db)).toEqual(rows(h.engine.db));
    expect(total(h.engine.db, { processDefinitionId: 'count', state: 'COMPLETED' }).totalItems).toBe(3);
  });

  it('are filled, and the incident flags recomputed, when a database of schema version 1 is opened', async () => {
    await load();
    await h.engine.close();
    // as version 1 left it: no counters, and a flag the searches did not read yet
    const old = new Database(`${h.dir}/engine.db`);
    old.exec(`DROP TRIGGER process_instance_counts_on_insert; DROP TRIGGER process_instance_counts_on_update; DROP TRIGGER process_instance_counts_on_delete;
              DROP TABLE process_instance_counts; UPDATE process_instances SET has_incident = 0; UPDATE meta SET value = '1' WHERE name = 'schema_version'`);
    old.close();

    h = new EngineHarness(await Engine.open({ dataDir: h.dir, synchronous: 'NORMAL' }), h.dir);
    const db = h.engine.db;
    expect(counters(db)).toEqual(rows(db));
    expect(total(db, { processDefinitionId: 'count', state: 'ACTIVE', hasIncident: true }).totalItems).toBe(1);
    expect(searchProcessInstances(db, { filter: { hasIncident: true } }).items).toHaveLength(1);
    expect((db.prepare(`SELECT value FROM meta WHERE name = 'schema_version'`).get() as { value: string }).value).toBe('2');
  });
});

describe('search totals and newest-first pages', () => {
  /** `n` instances of one definition, all started at the same instant (a bulk load under a pinned clock). */
  function loaded(n: number): Database.Database {
    const db = new Database(':memory:');
    db.exec(SCHEMA_SQL);
    migrateSchema(db);
    db.prepare(`INSERT INTO process_definitions (key, bpmn_process_id, version, resource_name, checksum, xml, deployment_key, tenant_id, created_at)
                VALUES (10, 'bulk', 1, 'bulk.bpmn', 'c', '<x/>', 1, '<default>', 0)`).run();
    db.prepare(`WITH RECURSIVE k(key) AS (SELECT 1000 UNION ALL SELECT key + 1 FROM k WHERE key < 1000 + ? - 1)
                INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, start_date, root_process_instance_key, tenant_id)
                SELECT key, 10, 'bulk', 1, 'ACTIVE', ?, key, '<default>' FROM k`).run(n, T0);
    return db;
  }

  it('stop counting at 10,000 with hasMoreTotalItems, as Camunda does, unless the counters know the exact total', () => {
    const db = loaded(TOTAL_ITEMS_CAP + 2);
    expect(total(db, { state: 'ACTIVE' })).toMatchObject({ totalItems: TOTAL_ITEMS_CAP + 2, hasMoreTotalItems: false });
    expect(total(db, { state: 'ACTIVE', startDate: { $lte: new Date(T0).toISOString() } })).toMatchObject({ totalItems: TOTAL_ITEMS_CAP, hasMoreTotalItems: true });
    expect(total(db, { startDate: { $lte: new Date(T0).toISOString() }, processInstanceKey: { $in: ['1000', '1001'] } })).toMatchObject({ totalItems: 2, hasMoreTotalItems: false });
  });

  it('pages newest first without overlap when start dates tie, the latest key first', () => {
    const db = loaded(7);
    const page = (from: number) =>
      searchProcessInstances(db, { filter: { state: 'ACTIVE' }, sort: [{ field: 'startDate', order: 'DESC' }], page: { from, limit: 3 } }).items.map((i) => i.processInstanceKey);
    expect([...page(0), ...page(3), ...page(6)]).toEqual(['1006', '1005', '1004', '1003', '1002', '1001', '1000']);
  });

  it('walks every page by cursors, forward and back, through tied and missing sort values', () => {
    const db = loaded(11);
    // three start dates for eleven instances, and an end date on some of them only
    db.prepare(`UPDATE process_instances SET start_date = start_date + (key % 3) * 1000, end_date = CASE WHEN key % 4 = 0 THEN NULL ELSE start_date + key END`).run();
    for (const sort of [[{ field: 'startDate', order: 'DESC' }], [{ field: 'endDate', order: 'ASC' }], [{ field: 'endDate', order: 'DESC' }, { field: 'startDate', order: 'ASC' }], undefined]) {
      const keys = (r: ReturnType<typeof searchProcessInstances>) => r.items.map((i) => i.processInstanceKey);
      const all = keys(searchProcessInstances(db, { sort, page: { from: 0, limit: 100 } }));
      const forward: string[] = [];
      let page = searchProcessInstances(db, { sort, page: { from: 0, limit: 3 } });
      for (;;) {
        forward.push(...keys(page));
        const next = searchProcessInstances(db, { sort, page: { after: page.page.endCursor, limit: 3 } });
        if (!next.items.length) break;
        page = next;
      }
      expect({ sort, keys: forward }).toEqual({ sort, keys: all });
      const back = keys(page);
      for (let prev = searchProcessInstances(db, { sort, page: { before: page.page.startCursor, limit: 3 } }), pages = 0; prev.items.length && pages < 10; pages++) {
        back.unshift(...keys(prev));
        prev = searchProcessInstances(db, { sort, page: { before: prev.page.startCursor, limit: 3 } });
      }
      expect({ sort, keys: back }).toEqual({ sort, keys: all });
    }
  });
});
