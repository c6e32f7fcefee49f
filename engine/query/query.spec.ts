import Database from 'better-sqlite3';
import { SCHEMA_SQL } from '../store/schema';
import { EngineError } from '../errors';
import { likeToGlob } from './filter';
import { getVariable, searchIncidents, searchProcessInstances, searchUserTasks, searchVariables } from './index';

function db() {
  const d = new Database(':memory:');
  d.exec(SCHEMA_SQL);
  d.prepare(`INSERT INTO process_definitions (key, bpmn_process_id, version, name, resource_name, checksum, xml, deployment_key, tenant_id, created_at)
             VALUES (10, 'asylum', 1, 'Asylum', 'asylum.bpmn', 'c', '<x/>', 1, '<default>', 0)`).run();
  const pi = d.prepare(`INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, start_date, end_date, root_process_instance_key, tenant_id)
                        VALUES (?, 10, 'asylum', 1, ?, ?, ?, ?, '<default>')`);
  pi.run(100, 'ACTIVE', Date.parse('2026-01-01T00:00:00Z'), null, 100);
  pi.run(101, 'COMPLETED', Date.parse('2026-01-02T00:00:00Z'), Date.parse('2026-01-03T00:00:00Z'), 101);
  pi.run(102, 'ACTIVE', Date.parse('2026-01-03T00:00:00Z'), null, 102);
  d.prepare(`INSERT INTO variables (key, name, value, scope_key, process_instance_key, tenant_id) VALUES (?, ?, ?, ?, ?, '<default>')`)
    .run(200, 'caseNumber', '"C-1"', 100, 100);
  d.prepare(`INSERT INTO variables (key, name, value, scope_key, process_instance_key, tenant_id) VALUES (?, ?, ?, ?, ?, '<default>')`)
    .run(201, 'long', JSON.stringify('y'.repeat(9000)), 101, 101);
  d.prepare(`INSERT INTO incidents (key, process_instance_key, process_definition_key, bpmn_process_id, element_id, element_instance_key, error_type, error_message, state, creation_time, tenant_id)
             VALUES (300, 102, 10, 'asylum', 'Task', 500, 'JOB_NO_RETRIES', 'boom', 'ACTIVE', 0, '<default>')`).run();
  d.prepare(`UPDATE process_instances SET has_incident = 1 WHERE key = 102`).run(); // as the incident store does with the incident
  d.prepare(`INSERT INTO user_tasks (key, element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, version, element_id, name, state, assignee,
             candidate_groups, candidate_users, custom_headers, creation_date, tenant_id)
             VALUES (400, 501, 100, 10, 'asylum', 1, 'Review', NULL, 'CREATED', NULL, '["officers","legal"]', '[]', '{}', 0, '<default>')`).run();
  return d;
}

describe('engine/query', () => {
  it('translates Camunda $like wildcards to GLOB, honouring escapes', () => {
    expect(likeToGlob('conf-*')).toBe('conf-*');
    expect(likeToGlob('a?c')).toBe('a?c');
    expect(likeToGlob('100\\*')).toBe('100[*]');
    expect(likeToGlob('[x]')).toBe('[[]x]');
  });

  it('filters with equality and advanced operators, maps keys to strings and dates to ISO', () => {
    const res = searchProcessInstances(db(), { filter: { state: { $in: ['ACTIVE'] }, startDate: { $gt: '2026-01-02T00:00:00.000Z' } } });
    expect(res.items).toEqual([expect.objectContaining({ processInstanceKey: '102', processDefinitionName: 'Asylum', startDate: '2026-01-03T00:00:00.000Z', hasIncident: true })]);
    expect(res.items[0]).not.toHaveProperty('endDate');
    expect(res.page.totalItems).toBe(1);
  });

  it('treats filter values as data, never as SQL', () => {
    const res = searchProcessInstances(db(), { filter: { processDefinitionId: "asylum' OR '1'='1" } });
    expect(res.items).toEqual([]);
  });

  it('pages with offsets and with cursors in both directions', () => {
    const d = db();
    const sort = [{ field: 'processInstanceKey', order: 'ASC' }];
    const first = searchProcessInstances(d, { sort, page: { from: 0, limit: 2 } });
    expect(first.items.map((i) => i.processInstanceKey)).toEqual(['100', '101']);
    const next = searchProcessInstances(d, { sort, page: { after: first.page.endCursor, limit: 2 } });
    expect(next.items.map((i) => i.processInstanceKey)).toEqual(['102']);
    const back = searchProcessInstances(d, { sort, page: { before: next.page.startCursor, limit: 2 } });
    expect(back.items.map((i) => i.processInstanceKey)).toEqual(['100', '101']);
    expect(first.page.totalItems).toBe(3);
  });

  it('filters variables on process instances by JSON value', () => {
    const res = searchProcessInstances(db(), { filter: { variables: [{ name: 'caseNumber', value: '"C-1"' }] } });
    expect(res.items.map((i) => i.processInstanceKey)).toEqual(['100']);
  });

  it('truncates long values in variable search and returns them whole by key', () => {
    const d = db();
    const found = searchVariables(d, { filter: { name: 'long' } }).items[0];
    expect(found.isTruncated).toBe(true);
    expect(getVariable(d, found.variableKey).value).toHaveLength(9002);
  });

  it('matches candidate groups as list members', () => {
    const d = db();
    expect(searchUserTasks(d, { filter: { candidateGroup: 'legal' } }).items.map((t) => t.userTaskKey)).toEqual(['400']);
    expect(searchUserTasks(d, { filter: { candidateGroup: 'finance' } }).items).toEqual([]);
    expect(searchUserTasks(d, {}).items[0]).toEqual(expect.objectContaining({ name: 'Review', candidateGroups: ['officers', 'legal'], processName: 'Asylum' }));
  });

  it('rejects unknown filter and sort fields with INVALID_ARGUMENT', () => {
    const d = db();
    expect(() => searchIncidents(d, { filter: { colour: 'red' } })).toThrow(EngineError);
    expect(() => searchIncidents(d, { sort: [{ field: 'colour' }] })).toThrow(/colour/);
    expect(() => searchIncidents(d, { filter: { incidentKey: 'not-a-key' } })).toThrow(/incidentKey/);
  });
});
