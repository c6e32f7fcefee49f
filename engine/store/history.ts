import { Statements } from './statements';

const CHUNK = 32;
const COLUMNS = 8;
const SQL: string[] = [];

/** The multi-row INSERT for `rows` history rows, built once per row count. */
function insertSql(rows: number): string {
  return (SQL[rows] ??= `INSERT INTO history (at, kind, intent, key, process_instance_key, element_id, actor, data) VALUES ${Array(rows).fill('(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
}

/**
 * The append-only history. Rows of a command are collected as one flat parameter list and written
 * in multi-row inserts when the command's work is done (a simple instance step writes ~9 rows).
 */
export class HistoryBuffer {
  private readonly pending: unknown[] = [];

  constructor(private readonly st: Statements) {}

  add(at: number, kind: string, intent: string, key: number | null, piKey: number | null, elementId: string | null, actor: string | null, data: string | null): void {
    this.pending.push(at, kind, intent, key, piKey, elementId, actor, data);
  }

  flush(): void {
    const params = this.pending;
    const chunk = CHUNK * COLUMNS;
    for (let i = 0; i < params.length; i += chunk) {
      const part = i === 0 && params.length <= chunk ? params : params.slice(i, i + chunk);
      this.st.run(insertSql(part.length / COLUMNS), ...part);
    }
    params.length = 0;
  }
}
