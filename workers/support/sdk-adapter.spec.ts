import { BpmnError, InvalidJobInputError } from './job';
import { runJob, SdkJob } from './sdk-adapter';

function fakeJob(variables: Record<string, unknown>) {
  const calls: Array<[string, unknown]> = [];
  const job: SdkJob = {
    jobKey: '2251799813685260',
    processInstanceKey: '2251799813685249',
    retries: 3,
    variables,
    customHeaders: { noticeType: 'x' },
    complete: async (v) => (calls.push(['complete', v]), 'RECEIPT'),
    error: async (e) => (calls.push(['error', e]), 'RECEIPT'),
    fail: async (f) => (calls.push(['fail', f]), 'RECEIPT'),
  };
  return { job, calls };
}

const personal = { applicationNumber: 'UK-2026-000999', applicant: { fullName: 'Gizli Ad Soyad' } };

describe('SDK adapter', () => {
  const lines: string[] = [];
  const log = { log: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
  beforeEach(() => (lines.length = 0));

  it('completes with the result variables themselves (not nested under "variables")', async () => {
    const { job, calls } = fakeJob(personal);
    await expect(runJob('t', (input) => ({ seen: input.customHeaders.noticeType }), job, log)).resolves.toBe('RECEIPT');
    expect(calls).toEqual([['complete', { seen: 'x' }]]);
  });

  it('turns a BpmnError into job.error with its code and variables', async () => {
    const { job, calls } = fakeJob(personal);
    await runJob('t', () => { throw new BpmnError('RETURN_NOT_VOLUNTARY', 'no', { a: 1 }); }, job, log);
    expect(calls).toEqual([['error', { errorCode: 'RETURN_NOT_VOLUNTARY', errorMessage: 'no', variables: { a: 1 } }]]);
  });

  it('fails the job with one retry less on a technical fault', async () => {
    const { job, calls } = fakeJob(personal);
    await runJob('t', () => { throw new InvalidJobInputError('variable applicationDate is required'); }, job, log);
    expect(calls[0][0]).toBe('fail');
    expect(calls[0][1]).toMatchObject({ retries: 2, errorMessage: expect.stringContaining('applicationDate') });
  });

  it('never logs personal data in plain text', async () => {
    const { job } = fakeJob(personal);
    await runJob('t', () => { throw new Error('boom'); }, job, log);
    await runJob('t', () => { throw new BpmnError('X', 'y'); }, fakeJob(personal).job, log);
    expect(lines.length).toBe(2);
    for (const line of lines) {
      expect(line).not.toContain('UK-2026-000999');
      expect(line).not.toContain('Gizli');
      expect(line).toMatch(/case#[0-9a-f]{10}/);
    }
  });
});
