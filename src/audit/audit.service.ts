import { Injectable } from '@nestjs/common';
import { AuthClock } from '../auth/clock';
import { AuditInput, AuditStore } from './audit.store';

export { variableNames } from './audit-details';

/** Records who did what, when, with which outcome. Callers pass keys and names only. */
@Injectable()
export class AuditService {
  constructor(
    private readonly store: AuditStore,
    private readonly clock: AuthClock,
  ) {}

  record(entry: AuditInput): void {
    this.store.append(entry, this.clock.now());
  }

  /** Runs `work` and records success, or failure with the error's status, then rethrows. */
  async around<T>(entry: Omit<AuditInput, 'outcome'>, work: () => Promise<T>, after?: (result: T) => Partial<Omit<AuditInput, 'outcome'>>): Promise<T> {
    try {
      const result = await work();
      this.record({ ...entry, ...(after ? after(result) : {}), outcome: 'success' });
      return result;
    } catch (err) {
      const status = (err as { status?: number; getStatus?: () => number }).getStatus?.() ?? (err as { status?: number }).status;
      const outcome = status === 403 ? 'denied' : 'failure';
      this.record({ ...entry, outcome, detail: [entry.detail, `status ${status ?? 500}`].filter(Boolean).join('; ') });
      throw err;
    }
  }
}
