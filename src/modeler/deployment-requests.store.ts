import { Inject, Injectable } from '@nestjs/common';
import { APP_DB, AppDb } from '../auth/app-database';
import { Resource } from './lint.service';

export type RequestStatus = 'pending' | 'approved' | 'rejected';

export interface DeploymentRequest {
  id: string;
  requestedBy: string;
  requestedAt: number;
  versionTag: string;
  note: string;
  resources: Resource[];
  /** Process and form ids that get a new live version. */
  /** `decisions` is missing in requests stored before decision tables were reviewed. */
  changes: { processes: string[]; forms: string[]; decisions?: string[] };
  status: RequestStatus;
  decidedBy: string | null;
  decidedAt: number | null;
  decisionNote: string | null;
  deploymentKey: string | null;
}

/**
 * Live deployments waiting for a second person (table `deployment_requests` in app.db). Definitions, not applicant
 * data. A request is decided once: the status moves from pending to approved or rejected and never back.
 */
@Injectable()
export class DeploymentRequestsStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS deployment_requests (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      requested_by TEXT NOT NULL,
      requested_at INTEGER NOT NULL,
      version_tag TEXT NOT NULL,
      note TEXT NOT NULL,
      resources_json TEXT NOT NULL,
      changes_json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending',
      decided_by TEXT,
      decided_at INTEGER,
      decision_note TEXT,
      deployment_key TEXT
    )`);
  }

  create(r: Pick<DeploymentRequest, 'requestedBy' | 'requestedAt' | 'versionTag' | 'note' | 'resources' | 'changes'>): DeploymentRequest {
    const info = this.db
      .prepare('INSERT INTO deployment_requests (requested_by, requested_at, version_tag, note, resources_json, changes_json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.requestedBy, r.requestedAt, r.versionTag, r.note, JSON.stringify(r.resources), JSON.stringify(r.changes));
    return this.get(String(info.lastInsertRowid))!;
  }

  get(id: string): DeploymentRequest | undefined {
    const row = this.db.prepare('SELECT * FROM deployment_requests WHERE id = ?').get(Number(id)) as Record<string, unknown> | undefined;
    return row && toRequest(row);
  }

  list(status?: RequestStatus): DeploymentRequest[] {
    const rows = (status ? this.db.prepare('SELECT * FROM deployment_requests WHERE status = ? ORDER BY id DESC LIMIT 200').all(status) : this.db.prepare('SELECT * FROM deployment_requests ORDER BY id DESC LIMIT 200').all()) as Array<Record<string, unknown>>;
    return rows.map(toRequest);
  }

  /** Moves a pending request to its decision; false when it was not pending any more (decided by someone else). */
  decide(id: string, status: 'approved' | 'rejected', by: string, at: number, note: string | null, deploymentKey: string | null = null): boolean {
    const r = this.db
      .prepare(`UPDATE deployment_requests SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, deployment_key = ? WHERE id = ? AND status = 'pending'`)
      .run(status, by, at, note, deploymentKey, Number(id));
    return r.changes === 1;
  }
}

const toRequest = (r: Record<string, unknown>): DeploymentRequest => ({
  id: String(r.id),
  requestedBy: r.requested_by as string,
  requestedAt: r.requested_at as number,
  versionTag: r.version_tag as string,
  note: r.note as string,
  resources: JSON.parse(r.resources_json as string),
  changes: JSON.parse(r.changes_json as string),
  status: r.status as RequestStatus,
  decidedBy: (r.decided_by as string | null) ?? null,
  decidedAt: (r.decided_at as number | null) ?? null,
  decisionNote: (r.decision_note as string | null) ?? null,
  deploymentKey: (r.deployment_key as string | null) ?? null,
});
