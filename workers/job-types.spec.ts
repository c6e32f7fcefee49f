import { JOB_TYPES } from './job-types';
import { SqliteOutbox } from './notifications/outbox';

describe('job type registry', () => {
  it('lists unique job types named yukk.<concern>.<action>, one folder per concern', () => {
    const types = JOB_TYPES.map((j) => j.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) expect(t).toMatch(/^yukk\.(rules|calendar|notifications|restrictions)\.[a-z]+(-[a-z]+)*$/);
  });

  it('builds a handler for every job type', () => {
    const outbox = new SqliteOutbox(':memory:');
    for (const def of JOB_TYPES) expect(typeof def.handler({ outbox, now: Date.now })).toBe('function');
    outbox.close();
  });
});
