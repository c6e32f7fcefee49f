import { Statements } from './statements';

/** Engine-wide settings kept in the meta table (the key sequence has its own class: store/keys.ts). */
export class MetaStore {
  constructor(private readonly st: Statements) {}

  /** The pinned clock survives a restart, as Zeebe's clock records do. */
  pinnedClock(): number | undefined {
    const row = this.st.one<{ value: string }>(`SELECT value FROM meta WHERE name = 'clock_pinned_at'`);
    return row ? Number(row.value) : undefined;
  }

  pinClock(epochMs: number): void {
    this.st.run(`INSERT INTO meta (name, value) VALUES ('clock_pinned_at', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`, String(epochMs));
  }

  unpinClock(): void {
    this.st.run(`DELETE FROM meta WHERE name = 'clock_pinned_at'`);
  }
}
