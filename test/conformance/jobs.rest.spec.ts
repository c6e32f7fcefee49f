import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { eventually, HOUR, NOW, T0 } from './support/helpers';
import { Scenario } from './support/scenario';

describe('service tasks and jobs (REST v2)', () => {
  let rt: TestRuntime;
  let s: Scenario;
  let now = T0;

  /** The pinned clock only moves forward across the tests of this file. */
  const advance = async (ms: number) => {
    now += ms;
    await s.pinClock(now);
  };

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    s = new Scenario(rt);
    await s.pinClock(now);
    await s.deploy('service-task.bpmn', 'job-retry.bpmn', 'error-boundary.bpmn', 'error-uncaught.bpmn', 'io-mapping.bpmn', 'task-headers.bpmn', 'job-worker.bpmn');
  });

  afterAll(async () => {
    await rt?.stop();
  });

  it('activates a job with Camunda’s job shape and completes it with variables', async () => {
    // given
    const pik = await s.start('conf-service-task', { applicant: 'A-1' });

    // when
    const job = await s.job('conf-work');
    await s.complete(job, { decision: 'granted' });

    // then
    expect(job).toEqual(expect.objectContaining({
      type: 'conf-work', processInstanceKey: pik, elementId: 'Work', processDefinitionId: 'conf-service-task',
      retries: 3, worker: 'conformance', kind: 'BPMN_ELEMENT', listenerEventType: 'UNSPECIFIED',
    }));
    expect(job.variables).toEqual({ applicant: 'A-1' });
    expect(Number(job.deadline)).toBeGreaterThan(now);
    await s.completed(pik);
    expect(await s.variables(pik)).toEqual({ applicant: 'A-1', decision: 'granted' });
  });

  it('makes a job activatable again when its timeout passed without completion', async () => {
    // given
    const pik = await s.start('conf-service-task');
    const { jobs } = await rt.api.activateJobs({ type: 'conf-work', maxJobsToActivate: 1, timeout: 60_000, worker: 'slow', requestTimeout: -1 });
    expect(jobs[0].processInstanceKey).toBe(pik);
    expect(await s.noJob('conf-work')).toBe(true);

    // when
    await advance(2 * 60_000);

    // then
    const again = await s.job('conf-work');
    expect(again.jobKey).toBe(jobs[0].jobKey);
    await s.complete(again);
    await s.completed(pik);
  });

  it('keeps the variables of a failed attempt for the retry', async () => {
    // given
    const pik = await s.start('conf-service-task');
    const first = await s.job('conf-work');

    // when
    await rt.api.failJob({ jobKey: first.jobKey, retries: 2, errorMessage: 'try again', variables: { attempt: 1 } });

    // then
    const retry = await s.job('conf-work');
    expect(retry.retries).toBe(2);
    expect(retry.variables).toEqual(expect.objectContaining({ attempt: 1 }));
    await s.complete(retry);
    await s.completed(pik);
  });

  it('delivers zeebe:taskHeaders as customHeaders', async () => {
    // given
    await s.start('conf-task-headers');

    // when
    const job = await s.job('conf-headers');

    // then
    expect(job.customHeaders).toEqual({ template: 'decision-letter', channel: 'e-tebligat' });
  });

  it('applies zeebe:ioMapping inputs to the job and outputs to the process', async () => {
    // given
    const pik = await s.start('conf-io-mapping', { application: { amount: 21 } });

    // when
    const job = await s.job('conf-compute');
    await s.complete(job, { result: job.variables.amount });

    // then
    expect(job.variables).toEqual(expect.objectContaining({ amount: 21, currency: 'TRY' }));
    await s.completed(pik);
    const vars = await s.variables(pik);
    expect(vars).toEqual(expect.objectContaining({ doubled: 42, paidIn: 'TRY' }));
    expect(vars).not.toHaveProperty('amount');
    expect(vars).not.toHaveProperty('result');
  });

  it('retries a failed job after its back-off, raises JOB_NO_RETRIES, and continues once resolved', async () => {
    // given
    const pik = await s.start('conf-job-retry');
    const first = await s.job('conf-flaky');
    expect(first.retries).toBe(2);

    // when: the first failure leaves one retry, with a one-hour back-off
    await rt.api.failJob({ jobKey: first.jobKey, retries: 1, errorMessage: 'registry unavailable', retryBackOff: HOUR });

    // then: nothing to activate until the back-off elapsed
    expect(await s.noJob('conf-flaky')).toBe(true);
    await advance(HOUR + 1000);
    const second = await s.job('conf-flaky');
    expect(second.jobKey).toBe(first.jobKey);
    expect(second.retries).toBe(1);

    // when: the last retry fails
    await rt.api.failJob({ jobKey: second.jobKey, retries: 0, errorMessage: 'registry unavailable' });

    // then: an incident names the job and the element
    const incident = await s.incident(pik);
    expect(incident).toEqual(expect.objectContaining({
      errorType: 'JOB_NO_RETRIES', elementId: 'Flaky', jobKey: first.jobKey, state: 'ACTIVE', processInstanceKey: pik,
    }));
    expect(incident.errorMessage).toContain('registry unavailable');
    expect((await s.instance(pik)).hasIncident).toBe(true);
    expect((await rt.api.getIncident({ incidentKey: incident.incidentKey! }, NOW)).incidentKey).toBe(incident.incidentKey);

    // when: retries are given back and the incident is resolved
    await rt.api.updateJob({ jobKey: first.jobKey, changeset: { retries: 1 } });
    await rt.api.resolveIncident({ incidentKey: incident.incidentKey! });

    // then: the job runs again and the instance completes
    const third = await s.job('conf-flaky');
    await s.complete(third);
    await s.completed(pik);
    expect((await s.instance(pik)).hasIncident).toBe(false);
    expect(await s.incidents(pik, 'RESOLVED')).toHaveLength(1);
    const jobs = await rt.api.searchJobs({ filter: { processInstanceKey: pik } }, NOW);
    expect(jobs.items).toEqual([expect.objectContaining({ jobKey: first.jobKey, state: 'COMPLETED', type: 'conf-flaky', elementId: 'Flaky' })]);
  });

  it('routes a BPMN error to the error boundary event with the matching code', async () => {
    // given
    const pik = await s.start('conf-error-boundary');
    const job = await s.job('conf-check');

    // when
    await rt.api.throwJobError({ jobKey: job.jobKey, errorCode: 'REJECTED', errorMessage: 'not eligible', variables: { reason: 'late' } });

    // then
    await s.completed(pik);
    const completed = await s.path(pik, 'COMPLETED');
    expect(completed).toEqual(expect.arrayContaining(['Rejection', 'Rejected']));
    expect(completed).not.toContain('Accepted');
    expect(await s.path(pik, 'TERMINATED')).toContain('Check');
  });

  it('raises UNHANDLED_ERROR_EVENT for a BPMN error nobody catches', async () => {
    // given
    const pik = await s.start('conf-error-uncaught');
    const job = await s.job('conf-uncaught');

    // when
    await rt.api.throwJobError({ jobKey: job.jobKey, errorCode: 'NOBODY_CATCHES', errorMessage: 'no handler' });

    // then
    const incident = await s.incident(pik);
    expect(incident).toEqual(expect.objectContaining({ errorType: 'UNHANDLED_ERROR_EVENT', elementId: 'Check', state: 'ACTIVE' }));
    expect(incident.errorMessage).toContain('NOBODY_CATCHES');
    expect(await s.state(pik)).toBe('ACTIVE');
  });

  it('serves a long-polling SDK job worker (createJobWorker)', async () => {
    // given: the worker is already polling before any job exists
    const worker = rt.api.createJobWorker({
      jobType: 'conf-worker-greet',
      workerName: 'conformance-worker',
      maxParallelJobs: 2,
      jobTimeoutMs: 30_000,
      pollTimeoutMs: 5_000,
      jobHandler: (job) => job.complete({ greeting: `merhaba ${String(job.variables.name)}` }),
    });
    try {
      // when
      const keys = [await s.start('conf-job-worker', { name: 'Ayşe' }), await s.start('conf-job-worker', { name: 'Deniz' }), await s.start('conf-job-worker', { name: 'Ege' })];

      // then
      for (const pik of keys) await s.completed(pik);
      const greetings = await Promise.all(keys.map(async (pik) => (await s.variables(pik)).greeting));
      expect(greetings).toEqual(['merhaba Ayşe', 'merhaba Deniz', 'merhaba Ege']);
    } finally {
      worker.stop();
    }
  });

  it('answers an empty activation after its request timeout when no job comes', async () => {
    // when
    const result = await rt.api.activateJobs({ type: 'conf-nothing-ever', maxJobsToActivate: 1, timeout: 1000, requestTimeout: 50 });

    // then
    expect(result.jobs).toEqual([]);
  });

  it('wakes a waiting long poll when a job is created', async () => {
    // given
    const polling = rt.api.activateJobs({ type: 'conf-work', maxJobsToActivate: 1, timeout: 60_000, worker: 'long-poller', requestTimeout: 10_000 });

    // when
    const pik = await s.start('conf-service-task');

    // then
    const { jobs } = await polling;
    expect(jobs.map((j) => j.processInstanceKey)).toEqual([pik]);
    await eventually(async () => (await rt.api.searchProcessInstances({ filter: { processInstanceKey: pik } }, NOW)).items?.length === 1);
  });
});
