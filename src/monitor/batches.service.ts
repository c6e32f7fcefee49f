import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles';
import { problem } from '../ui-api/problem';
import { BatchFailureDto, BatchProgressDto } from './monitor.dto';

/** Finished batches are forgotten after this long; a batch is progress for the UI, the audit log keeps the record. */
const BATCH_TTL_MS = 60 * 60 * 1000;

export type ItemOutcome = 'succeeded' | 'failed' | 'failedAgain' | 'pending';
export interface ItemResult {
  outcome: ItemOutcome;
  detail?: string | null;
}

interface Batch extends BatchProgressDto {
  owner: string;
  finishedAt?: number;
}

/**
 * Runs one operation over many items, one after the other, and keeps a record with a result per item that the UI
 * polls. Each item is audited by the operation itself; the batch start is audited here.
 */
@Injectable()
export class BatchesService {
  private readonly batches = new Map<string, Batch>();

  constructor(private readonly audit: AuditService) {}

  start(user: Principal, operation: string, keys: string[], run: (key: string) => Promise<ItemResult>, why?: string): string {
    this.forgetOld();
    const batchId = randomUUID();
    const batch: Batch = { batchId, operation, owner: user.username, total: keys.length, succeeded: 0, failed: 0, failedAgain: 0, pending: 0, done: false, failures: [] };
    this.batches.set(batchId, batch);
    this.audit.record({ username: user.username, action: `batch.${operation}`, resourceType: 'batch', resourceKey: batchId, outcome: 'success', detail: [`items: ${keys.length}`, why ? `reason: ${why}` : null].filter(Boolean).join('; ') });
    void (async () => {
      for (const key of keys) {
        let result: ItemResult;
        try {
          result = await run(key);
        } catch (err) {
          const e = err as { response?: { detail?: string }; detail?: string; message?: string };
          result = { outcome: 'failed', detail: e.response?.detail ?? e.detail ?? e.message ?? 'failed' };
        }
        batch[result.outcome]++;
        if (result.outcome !== 'succeeded') batch.failures.push({ key, outcome: result.outcome, detail: result.detail ?? result.outcome });
      }
      batch.done = true;
      batch.finishedAt = Date.now();
    })();
    return batchId;
  }

  progress(user: Principal, batchId: string): BatchProgressDto {
    const batch = this.batches.get(batchId);
    if (!batch) throw problem(404, `No batch ${batchId}`);
    const { owner: _owner, finishedAt: _finishedAt, ...progress } = batch;
    return { ...progress, failures: progress.failures.map((f: BatchFailureDto) => ({ ...f })) };
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, b] of this.batches) if (b.finishedAt && now - b.finishedAt > BATCH_TTL_MS) this.batches.delete(id);
  }
}
