import { Inject, Injectable } from '@nestjs/common';
import { clearOfficialOverrides, RecordedBayram, setOfficialOverride } from '../../law/calendar';
import { APP_DB, AppDb } from '../auth/app-database';

/**
 * Official bayram dates recorded by an authority (table `official_bayram_records` in app.db, append-only: a later
 * record for the same bayram supersedes an earlier one, both stay). Loaded into the legal calendar at start, so every
 * worker and badge of this server counts on them.
 */
@Injectable()
export class OfficialBayramsStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS official_bayram_records (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      hijri_year INTEGER NOT NULL,
      bayram TEXT NOT NULL CHECK (bayram IN ('ramazan', 'kurban')),
      first_day TEXT NOT NULL,
      reference TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    );
    CREATE TRIGGER IF NOT EXISTS official_bayram_records_no_update BEFORE UPDATE ON official_bayram_records BEGIN SELECT RAISE(ABORT, 'append-only'); END;
    CREATE TRIGGER IF NOT EXISTS official_bayram_records_no_delete BEFORE DELETE ON official_bayram_records BEGIN SELECT RAISE(ABORT, 'append-only'); END;`);
    // The calendar holds what this server's database says, nothing left from an earlier server in the same process.
    clearOfficialOverrides();
    for (const record of this.all()) setOfficialOverride(record);
  }

  /** Every record, oldest first (so loading them in order leaves the latest in force). */
  all(): RecordedBayram[] {
    const rows = this.db.prepare(`SELECT hijri_year, bayram, first_day, reference, recorded_by, recorded_at FROM official_bayram_records ORDER BY id`).all() as Array<Record<string, string | number>>;
    return rows.map((r) => ({ hijriYear: Number(r.hijri_year), group: r.bayram as RecordedBayram['group'], firstDay: String(r.first_day), reference: String(r.reference), recordedBy: String(r.recorded_by), recordedAt: String(r.recorded_at) }));
  }

  append(record: RecordedBayram): void {
    this.db
      .prepare(`INSERT INTO official_bayram_records (hijri_year, bayram, first_day, reference, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(record.hijriYear, record.group, record.firstDay, record.reference, record.recordedBy, record.recordedAt);
  }
}
