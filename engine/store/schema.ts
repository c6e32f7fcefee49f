import type { Database } from 'better-sqlite3';

/**
 * SQLite schema of the embedded engine. Primary state (what runs) and the read model (what the
 * /v2 search endpoints and the monitor query) live in the same tables: one commit updates both,
 * so a search never lags behind a command (Zeebe's exporters make that eventual; here it is immediate).
 *
 * Keys are 64-bit integers stored as INTEGER and exposed as decimal strings, like Zeebe's keys.
 * Instants are epoch milliseconds (INTEGER) on the engine clock.
 */
export const SCHEMA_VERSION = 2;

/** Longest variable value (JSON text, in characters) that variables_by_short_value indexes. */
export const SHORT_VALUE = 64;

/** One instance more (or fewer) in its (definition, state, incident) counter; `row` is NEW or OLD in a trigger. */
const countUp = (row: string) => `INSERT INTO process_instance_counts (process_definition_key, state, has_incident, n)
    VALUES (${row}.process_definition_key, ${row}.state, ${row}.has_incident, 1)
    ON CONFLICT (process_definition_key, state, has_incident) DO UPDATE SET n = n + 1;`;
const countDown = (row: string) => `UPDATE process_instance_counts SET n = n - 1
    WHERE process_definition_key = ${row}.process_definition_key AND state = ${row}.state AND has_incident = ${row}.has_incident;`;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS deployments (
  key         INTEGER PRIMARY KEY,
  tenant_id   TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS process_definitions (
  key             INTEGER PRIMARY KEY,
  bpmn_process_id TEXT NOT NULL,
  version         INTEGER NOT NULL,
  name            TEXT,
  version_tag     TEXT,
  resource_name   TEXT NOT NULL,
  checksum        TEXT NOT NULL,
  xml             TEXT NOT NULL,
  deployment_key  INTEGER NOT NULL,
  tenant_id       TEXT NOT NULL,
  has_start_form  INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  UNIQUE (tenant_id, bpmn_process_id, version)
);

CREATE TABLE IF NOT EXISTS forms (
  key            INTEGER PRIMARY KEY,
  form_id        TEXT NOT NULL,
  version        INTEGER NOT NULL,
  resource_name  TEXT NOT NULL,
  checksum       TEXT NOT NULL,
  schema         TEXT NOT NULL,
  deployment_key INTEGER NOT NULL,
  tenant_id      TEXT NOT NULL,
  UNIQUE (tenant_id, form_id, version)
);

-- state: ACTIVE | COMPLETED | TERMINATED
CREATE TABLE IF NOT EXISTS process_instances (
  key                         INTEGER PRIMARY KEY,
  process_definition_key      INTEGER NOT NULL,
  bpmn_process_id             TEXT NOT NULL,
  version                     INTEGER NOT NULL,
  version_tag                 TEXT,
  state                       TEXT NOT NULL,
  start_date                  INTEGER NOT NULL,
  end_date                    INTEGER,
  parent_process_instance_key INTEGER,
  parent_element_instance_key INTEGER,
  root_process_instance_key   INTEGER NOT NULL,
  has_incident                INTEGER NOT NULL DEFAULT 0,
  tenant_id                   TEXT NOT NULL
);
-- The monitor lists instances newest first, filtered by process, state, both or neither (and those with an
-- incident). One index per filter shape, each ending in start_date (then the key, implicitly): SQLite walks it
-- backwards and stops after one page, instead of sorting every matching row (1M waiting instances: 2 s a page).
-- (bpmn_process_id, state) serves the same filter in key order (the API's default order): the monitor's count
-- probes (limit 1) and a batch's selection. (state, bpmn_process_id) went: these answer what it did.
DROP INDEX IF EXISTS process_instances_by_state;
CREATE INDEX IF NOT EXISTS process_instances_by_process_state ON process_instances (bpmn_process_id, state);
CREATE INDEX IF NOT EXISTS process_instances_by_process_state_start ON process_instances (bpmn_process_id, state, start_date);
CREATE INDEX IF NOT EXISTS process_instances_by_process_start ON process_instances (bpmn_process_id, start_date);
CREATE INDEX IF NOT EXISTS process_instances_by_state_start ON process_instances (state, start_date);
CREATE INDEX IF NOT EXISTS process_instances_by_start ON process_instances (start_date);
-- Instances with an open incident are few: a partial index lists them newest first without visiting the others.
CREATE INDEX IF NOT EXISTS process_instances_with_incident ON process_instances (start_date) WHERE has_incident = 1;
CREATE INDEX IF NOT EXISTS process_instances_by_parent ON process_instances (parent_process_instance_key);

-- Instances per (definition, state, open incident or not): the monitor's counts and the exact totals of the searches
-- that filter by nothing else (Zeebe keeps such counters in its state too). Triggers keep them in the same
-- transaction as the instance row, whichever store class writes it, so a count never drifts from the rows, across
-- crashes included (the counter and the row commit together or not at all). Rows at 0 stay.
CREATE TABLE IF NOT EXISTS process_instance_counts (
  process_definition_key INTEGER NOT NULL,
  state                  TEXT NOT NULL,
  has_incident           INTEGER NOT NULL,
  n                      INTEGER NOT NULL,
  PRIMARY KEY (process_definition_key, state, has_incident)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS process_instance_counts_on_insert AFTER INSERT ON process_instances
BEGIN
  ${countUp('NEW')}
END;
CREATE TRIGGER IF NOT EXISTS process_instance_counts_on_update AFTER UPDATE OF process_definition_key, state, has_incident ON process_instances
  WHEN OLD.process_definition_key IS NOT NEW.process_definition_key OR OLD.state IS NOT NEW.state OR OLD.has_incident IS NOT NEW.has_incident
BEGIN
  ${countDown('OLD')}
  ${countUp('NEW')}
END;
CREATE TRIGGER IF NOT EXISTS process_instance_counts_on_delete AFTER DELETE ON process_instances
BEGIN
  ${countDown('OLD')}
END;

-- One row per element instance (the process itself included, type PROCESS).
-- type: Camunda's element instance type enum (PROCESS, SERVICE_TASK, USER_TASK, EXCLUSIVE_GATEWAY, ...).
-- state: ACTIVE | COMPLETED | TERMINATED
-- runtime: JSON with interpreter-private data (multi-instance counters, joined flows, pending tokens).
CREATE TABLE IF NOT EXISTS element_instances (
  key                    INTEGER PRIMARY KEY,
  process_instance_key   INTEGER NOT NULL,
  process_definition_key INTEGER NOT NULL,
  bpmn_process_id        TEXT NOT NULL,
  element_id             TEXT NOT NULL,
  element_name           TEXT,
  type                   TEXT NOT NULL,
  state                  TEXT NOT NULL,
  flow_scope_key         INTEGER,
  start_date             INTEGER NOT NULL,
  end_date               INTEGER,
  incident_key           INTEGER,
  tenant_id              TEXT NOT NULL,
  runtime                TEXT
);
CREATE INDEX IF NOT EXISTS element_instances_by_pi ON element_instances (process_instance_key, state);
CREATE INDEX IF NOT EXISTS element_instances_by_scope ON element_instances (flow_scope_key, state);

-- value: JSON text, as Camunda returns it.
CREATE TABLE IF NOT EXISTS variables (
  key                  INTEGER PRIMARY KEY,
  name                 TEXT NOT NULL,
  value                TEXT NOT NULL,
  scope_key            INTEGER NOT NULL,
  process_instance_key INTEGER NOT NULL,
  tenant_id            TEXT NOT NULL,
  UNIQUE (scope_key, name)
);
CREATE INDEX IF NOT EXISTS variables_by_pi ON variables (process_instance_key);
-- Finding instances by a variable's value (a case by its application number): short values by name and value.
-- Partial, so long JSON documents cost no index space; a search for a value this short adds the same length
-- condition (engine/query/variables.ts), which is what lets SQLite use the index.
CREATE INDEX IF NOT EXISTS variables_by_short_value ON variables (name, value) WHERE length(value) <= ${SHORT_VALUE};

-- state: CREATED (activatable) | ACTIVATED | FAILED (retries left, backing off or 0 retries => incident)
--        | COMPLETED | ERROR_THROWN | CANCELED | TIMED_OUT is transient (back to CREATED)
CREATE TABLE IF NOT EXISTS jobs (
  key                    INTEGER PRIMARY KEY,
  type                   TEXT NOT NULL,
  state                  TEXT NOT NULL,
  element_instance_key   INTEGER NOT NULL,
  process_instance_key   INTEGER NOT NULL,
  process_definition_key INTEGER NOT NULL,
  bpmn_process_id        TEXT NOT NULL,
  version                INTEGER NOT NULL,
  element_id             TEXT NOT NULL,
  retries                INTEGER NOT NULL,
  worker                 TEXT,
  deadline               INTEGER,
  activatable_at         INTEGER NOT NULL,
  custom_headers         TEXT NOT NULL,
  error_message          TEXT,
  error_code             TEXT,
  tenant_id              TEXT NOT NULL,
  created_at             INTEGER NOT NULL,
  ended_at               INTEGER
);
-- Activation hands out jobs oldest first: (type, state) ends with the rowid (the key), so the rows
-- come in key order and LIMIT stops early, with no sort over a backlog.
DROP INDEX IF EXISTS jobs_activatable;
CREATE INDEX IF NOT EXISTS jobs_by_type_state ON jobs (type, state);
-- The scheduler asks after every commit when the next job times out and when the next backed-off job
-- becomes activatable. Partial indexes answer both from the few rows concerned; a (state, …) index
-- made SQLite walk every waiting job, thousands under load.
DROP INDEX IF EXISTS jobs_by_deadline;
CREATE INDEX IF NOT EXISTS jobs_activated_by_deadline ON jobs (deadline) WHERE state = 'ACTIVATED';
CREATE INDEX IF NOT EXISTS jobs_created_by_time ON jobs (activatable_at) WHERE state = 'CREATED';
-- Terminating an element (boundary event, cancellation) looks up its open jobs.
CREATE INDEX IF NOT EXISTS jobs_by_element ON jobs (element_instance_key);

-- Due-time index for every durable timer; the single scheduler reads the earliest row.
-- kind: INTERMEDIATE | BOUNDARY | START | EVENT_SUBPROCESS_START
CREATE TABLE IF NOT EXISTS timers (
  key                    INTEGER PRIMARY KEY,
  due_at                 INTEGER NOT NULL,
  kind                   TEXT NOT NULL,
  element_id             TEXT NOT NULL,
  element_instance_key   INTEGER,
  process_instance_key   INTEGER,
  process_definition_key INTEGER NOT NULL,
  repetitions            INTEGER NOT NULL DEFAULT 1,
  spec                   TEXT,
  tenant_id              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timers_by_due ON timers (due_at);
CREATE INDEX IF NOT EXISTS timers_by_element ON timers (element_instance_key);

-- Open message subscriptions of waiting elements (catch events, receive tasks, boundary and
-- event-sub-process message starts). element_instance_key is the instance that waits.
CREATE TABLE IF NOT EXISTS message_subscriptions (
  key                    INTEGER PRIMARY KEY,
  message_name           TEXT NOT NULL,
  correlation_key        TEXT NOT NULL,
  element_id             TEXT NOT NULL,
  element_instance_key   INTEGER NOT NULL,
  process_instance_key   INTEGER NOT NULL,
  process_definition_key INTEGER NOT NULL,
  bpmn_process_id        TEXT NOT NULL,
  interrupting           INTEGER NOT NULL,
  tenant_id              TEXT NOT NULL,
  created_at             INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS message_subscriptions_by_name ON message_subscriptions (message_name, correlation_key);
CREATE INDEX IF NOT EXISTS message_subscriptions_by_element ON message_subscriptions (element_instance_key);

-- Open signal subscriptions. A row with element_instance_key NULL is a signal start event of the latest
-- version of a process (replaced on each new version, as in Zeebe); the others belong to a waiting
-- element instance (catch event, event-based gateway, boundary or event-sub-process start owner) and
-- go when it ends. Signals themselves are never stored: a broadcast reaches the rows that exist then.
CREATE TABLE IF NOT EXISTS signal_subscriptions (
  key                    INTEGER PRIMARY KEY,
  signal_name            TEXT NOT NULL,
  element_id             TEXT NOT NULL,
  element_instance_key   INTEGER,
  process_instance_key   INTEGER,
  process_definition_key INTEGER NOT NULL,
  bpmn_process_id        TEXT NOT NULL,
  interrupting           INTEGER NOT NULL,
  tenant_id              TEXT NOT NULL,
  created_at             INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS signal_subscriptions_by_name ON signal_subscriptions (tenant_id, signal_name);
CREATE INDEX IF NOT EXISTS signal_subscriptions_by_element ON signal_subscriptions (element_instance_key);

-- Published messages kept for their time to live (buffer).
CREATE TABLE IF NOT EXISTS messages (
  key             INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  correlation_key TEXT NOT NULL,
  message_id      TEXT,
  variables       TEXT NOT NULL,
  published_at    INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  tenant_id       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_name ON messages (name, correlation_key);
CREATE INDEX IF NOT EXISTS messages_by_expiry ON messages (expires_at);
CREATE UNIQUE INDEX IF NOT EXISTS messages_by_id ON messages (tenant_id, name, message_id) WHERE message_id IS NOT NULL;

-- A message correlates at most once per process (bpmn id), as in Zeebe.
CREATE TABLE IF NOT EXISTS message_correlations (
  message_key          INTEGER NOT NULL,
  bpmn_process_id      TEXT NOT NULL,
  process_instance_key INTEGER NOT NULL,
  PRIMARY KEY (message_key, bpmn_process_id)
);

-- Instances started at a message start event by a message with a non-empty correlation key, while
-- they are active (the row goes when the instance ends). As in Zeebe, no second instance of the
-- process (any version, same tenant) starts for that key meanwhile; a waiting buffered message
-- starts the next one when this one ends.
CREATE TABLE IF NOT EXISTS message_start_keys (
  process_instance_key INTEGER PRIMARY KEY,
  bpmn_process_id      TEXT NOT NULL,
  tenant_id            TEXT NOT NULL,
  correlation_key      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS message_start_keys_by_key ON message_start_keys (bpmn_process_id, tenant_id, correlation_key);

-- state: CREATED | COMPLETED | CANCELED
CREATE TABLE IF NOT EXISTS user_tasks (
  key                    INTEGER PRIMARY KEY,
  element_instance_key   INTEGER NOT NULL,
  process_instance_key   INTEGER NOT NULL,
  process_definition_key INTEGER NOT NULL,
  bpmn_process_id        TEXT NOT NULL,
  version                INTEGER NOT NULL,
  element_id             TEXT NOT NULL,
  name                   TEXT,
  state                  TEXT NOT NULL,
  assignee               TEXT,
  candidate_groups       TEXT NOT NULL,
  candidate_users        TEXT NOT NULL,
  due_date               INTEGER,
  follow_up_date         INTEGER,
  form_key               INTEGER,
  form_id                TEXT,
  external_form_reference TEXT,
  priority               INTEGER NOT NULL DEFAULT 50,
  custom_headers         TEXT NOT NULL,
  creation_date          INTEGER NOT NULL,
  completion_date        INTEGER,
  tenant_id              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS user_tasks_by_state ON user_tasks (state, assignee);
CREATE INDEX IF NOT EXISTS user_tasks_by_pi ON user_tasks (process_instance_key);

-- error_type: Camunda's incident error types (JOB_NO_RETRIES, UNHANDLED_ERROR_EVENT, EXTRACT_VALUE_ERROR,
--   CONDITION_ERROR, IO_MAPPING_ERROR, CALLED_ELEMENT_ERROR, FORM_NOT_FOUND, ...). state: ACTIVE | RESOLVED
CREATE TABLE IF NOT EXISTS incidents (
  key                    INTEGER PRIMARY KEY,
  process_instance_key   INTEGER NOT NULL,
  process_definition_key INTEGER NOT NULL,
  bpmn_process_id        TEXT NOT NULL,
  element_id             TEXT NOT NULL,
  element_instance_key   INTEGER NOT NULL,
  job_key                INTEGER,
  error_type             TEXT NOT NULL,
  error_message          TEXT NOT NULL,
  state                  TEXT NOT NULL,
  creation_time          INTEGER NOT NULL,
  resolved_at            INTEGER,
  tenant_id              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incidents_by_state ON incidents (state, process_instance_key);

-- DMN: one row per deployed DRG version (a .dmn resource) and per decision in it.
CREATE TABLE IF NOT EXISTS decision_requirements (
  key            INTEGER PRIMARY KEY,
  drg_id         TEXT NOT NULL,
  name           TEXT NOT NULL,
  version        INTEGER NOT NULL,
  resource_name  TEXT NOT NULL,
  checksum       TEXT NOT NULL,
  xml            TEXT NOT NULL,
  deployment_key INTEGER NOT NULL,
  tenant_id      TEXT NOT NULL,
  UNIQUE (tenant_id, drg_id, version)
);

CREATE TABLE IF NOT EXISTS decision_definitions (
  key            INTEGER PRIMARY KEY,
  decision_id    TEXT NOT NULL,
  name           TEXT NOT NULL,
  version        INTEGER NOT NULL,
  drg_key        INTEGER NOT NULL,
  drg_id         TEXT NOT NULL,
  deployment_key INTEGER NOT NULL,
  tenant_id      TEXT NOT NULL,
  UNIQUE (tenant_id, decision_id, version)
);

-- Each evaluated decision (a required decision counts too); evaluation_key groups one evaluation.
-- state: EVALUATED | FAILED. result: the decision's output as JSON.
CREATE TABLE IF NOT EXISTS decision_instances (
  key                    INTEGER PRIMARY KEY,
  evaluation_key         INTEGER NOT NULL,
  decision_definition_key INTEGER NOT NULL,
  decision_id            TEXT NOT NULL,
  decision_name          TEXT NOT NULL,
  version                INTEGER NOT NULL,
  decision_type          TEXT NOT NULL,
  state                  TEXT NOT NULL,
  evaluation_date        INTEGER NOT NULL,
  evaluation_failure     TEXT,
  result                 TEXT,
  matched_rules          TEXT,
  process_definition_key INTEGER,
  process_instance_key   INTEGER,
  element_instance_key   INTEGER,
  tenant_id              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decision_instances_by_pi ON decision_instances (process_instance_key);

-- Compensation: a completed activity with a compensation handler, until a compensation throw of its
-- scope (scope_key: the flow scope instance it completed in) invokes the handler or the instance ends.
CREATE TABLE IF NOT EXISTS compensation_subscriptions (
  key                  INTEGER PRIMARY KEY,
  process_instance_key INTEGER NOT NULL,
  scope_key            INTEGER NOT NULL,
  element_instance_key INTEGER NOT NULL,
  element_id           TEXT NOT NULL,
  handler_id           TEXT NOT NULL,
  tenant_id            TEXT NOT NULL,
  created_at           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS compensation_subscriptions_by_scope ON compensation_subscriptions (scope_key);
CREATE INDEX IF NOT EXISTS compensation_subscriptions_by_pi ON compensation_subscriptions (process_instance_key);

-- Append-only history: element transitions, jobs, incidents, user-task actions (who, what, when).
-- kind: ELEMENT | JOB | INCIDENT | USER_TASK | MESSAGE | SIGNAL | TIMER | PROCESS_INSTANCE
CREATE TABLE IF NOT EXISTS history (
  seq                  INTEGER PRIMARY KEY, -- rowid order; rows are never deleted, so it only grows
  at                   INTEGER NOT NULL,
  kind                 TEXT NOT NULL,
  intent               TEXT NOT NULL,
  key                  INTEGER,
  process_instance_key INTEGER,
  element_id           TEXT,
  actor                TEXT,
  data                 TEXT
);
-- Written ~18 rows per simple instance and read by no hot path: no secondary index, so an append
-- is one rowid-ordered B-tree write instead of two.
DROP INDEX IF EXISTS history_by_pi;
`;

/**
 * Brings a database written by an earlier version up to SCHEMA_VERSION, once, in one transaction (SCHEMA_SQL has
 * already created what is new). Version 2: the incident flag is recomputed from the incidents (the searches read it
 * instead of looking for an open incident per row), then the counters are filled from the instances.
 */
export function migrateSchema(db: Database): void {
  const row = db.prepare(`SELECT value FROM meta WHERE name = 'schema_version'`).get() as { value: string } | undefined;
  const version = row ? Number(row.value) : 0;
  if (version >= SCHEMA_VERSION) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    if (version < 2) {
      db.exec(`UPDATE process_instances SET has_incident = EXISTS (SELECT 1 FROM incidents i WHERE i.process_instance_key = process_instances.key AND i.state = 'ACTIVE')
               WHERE has_incident IS NOT EXISTS (SELECT 1 FROM incidents i WHERE i.process_instance_key = process_instances.key AND i.state = 'ACTIVE')`);
      db.exec(`DELETE FROM process_instance_counts`);
      db.exec(`INSERT INTO process_instance_counts (process_definition_key, state, has_incident, n)
               SELECT process_definition_key, state, has_incident, COUNT(*) FROM process_instances GROUP BY process_definition_key, state, has_incident`);
    }
    db.prepare(`INSERT INTO meta (name, value) VALUES ('schema_version', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`).run(String(SCHEMA_VERSION));
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}
