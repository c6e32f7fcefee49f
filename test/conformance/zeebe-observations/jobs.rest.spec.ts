/**
 * Jobs as Zeebe handled them: failure, retries and back-off under a pinned clock, job timeout, BPMN errors
 * caught by boundary events, and the answer to an awaitCompletion that times out. Recorded on Camunda 8.6.0.
 */
import { bpmn, ext, ioMapping, linear, scriptTask, serviceTask } from '../support/bpmn-builder';
import { RawRestClient, RestError } from '../support/raw-rest-client';
import { describeObservations, observed, sorted } from '../support/recorded-observations';

/** The clock only moves forward in this file (the server is fresh; the harness resets the clock after each test). */
const T0 = Date.parse('2030-03-01T09:00:00Z');

describeObservations('jobs', (client) => {
  observed(
    'fail with retries and back-off, then retries exhausted',
    client,
    async (c) => {
      const id = 'jobfail';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
      await c.pinClock(T0);
      const pi = await c.createInstance(id);
      const steps: unknown[] = [];
      const [first] = await c.activateAtLeast(id, 1);
      steps.push({ step: 'activated', retries: first?.retries });
      await c.fail(first.jobKey, 2, 'boom', 60_000);
      steps.push({ step: 'during back-off', jobs: (await c.activate(id)).length });
      await c.pinClock(T0 + 61_000);
      const [second] = await c.activateAtLeast(id, 1);
      steps.push({ step: 'after back-off', retries: second?.retries, sameJob: second?.jobKey === first.jobKey });
      await c.fail(second.jobKey, 1, 'boom again');
      const [third] = await c.activateAtLeast(id, 1);
      steps.push({ step: 'no back-off', retries: third?.retries });
      await c.fail(third.jobKey, 0, 'give up');
      steps.push({ step: 'retries 0 (incident)', jobs: (await c.activate(id)).length });
      await c.updateRetries(third.jobKey, 2);
      steps.push({ step: 'retries updated, incident unresolved', jobs: (await c.activate(id)).length });
      steps.push({ step: 'cancelled while waiting', cancelled: await c.cancel(pi) });
      return steps;
    },
    [
      { step: 'activated', retries: 3 },
      { step: 'during back-off', jobs: 0 },
      { step: 'after back-off', retries: 2, sameJob: true },
      { step: 'no back-off', retries: 1 },
      { step: 'retries 0 (incident)', jobs: 0 },
      { step: 'retries updated, incident unresolved', jobs: 0 },
      { step: 'cancelled while waiting', cancelled: true },
    ],
  );

  // Once a divergence (the embedded engine answered 404 NOT_FOUND); fixed.
  observed(
    'failing a job twice is rejected with 409 INVALID_STATE',
    client,
    async (c) => {
      const id = 'jobfail2';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
      const pi = await c.createInstance(id);
      const [job] = await c.activateAtLeast(id, 1);
      await c.fail(job.jobKey, 0, 'boom');
      let second: unknown = 'accepted';
      try {
        await c.fail(job.jobKey, 0, 'boom again');
      } catch (e) {
        second = e instanceof RestError ? { status: e.problem.status, title: e.problem.title } : String(e);
      }
      await c.cancel(pi);
      return second;
    },
    { status: 409, title: 'INVALID_STATE' },
  );

  observed(
    'job timeout follows the pinned clock: the deadline is the pinned time plus the timeout, the same job comes back after it',
    client,
    async (c) => {
      const id = 'jobtimeout';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
      const t = T0 + 10 * 60_000;
      await c.pinClock(t);
      const pi = await c.createInstance(id);
      const [job] = await c.activateAtLeast(id, 1);
      const deadlineOffset = job.deadline - t; // activation with timeout 60 000
      const before = (await c.activate(id)).length;
      await c.pinClock(t + 61_000);
      const [again] = await c.activateAtLeast(id, 1);
      if (again) await c.complete(again.jobKey);
      return { deadlineOffset, before, redelivered: again?.jobKey === job.jobKey, completedAfterRedelivery: !(await c.cancel(pi)) };
    },
    { deadlineOffset: 60_000, before: 0, redelivered: true, completedAfterRedelivery: true },
  );

  observed(
    'an activated job echoes the tenant "<default>" and the worker named in the activation',
    client,
    async (c) => {
      const id = 'jobshape';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
      const pi = await c.createInstance(id, { caseId: 'C-1', amount: 42 });
      const [job] = await c.activateAtLeast(id, 1);
      await c.cancel(pi);
      return { tenantId: job.tenantId, worker: job.worker, retries: job.retries, elementId: job.elementId, variables: sorted(job.variables), customHeaders: job.customHeaders };
    },
    { tenantId: '<default>', worker: 'observations', retries: 3, elementId: 'task', variables: { amount: 42, caseId: 'C-1' }, customHeaders: {} },
  );

  describe('BPMN error caught by a boundary event', () => {
    const model = (id: string) =>
      bpmn(
        id,
        [
          { id: 'start', tag: 'startEvent' },
          serviceTask('task', id),
          { id: 'caught', tag: 'boundaryEvent', attrs: { attachedToRef: 'task' }, tail: `<bpmn:errorEventDefinition errorRef="err-${id}"/>` },
          scriptTask('onError', '="error"', 'path'),
          scriptTask('onSuccess', '="ok"', 'path'),
          { id: 'end', tag: 'endEvent' },
        ],
        [
          { from: 'start', to: 'task' },
          { from: 'task', to: 'onSuccess' },
          { from: 'caught', to: 'onError' },
          { from: 'onError', to: 'end' },
          { from: 'onSuccess', to: 'end' },
        ],
      ).replace('  <bpmn:process', `  <bpmn:error id="err-${id}" name="Rejected" errorCode="REJECTED"/>\n  <bpmn:process`);
    const catchAll = (id: string) => model(id).replace(` errorRef="err-${id}"`, '');
    const withOutputMapping = (id: string) =>
      model(id).replace(`<bpmn:boundaryEvent id="caught" attachedToRef="task">`, `<bpmn:boundaryEvent id="caught" attachedToRef="task">${ext(ioMapping([], [['=reason', 'errorReason']]))}`);

    async function throwAndObserve(c: RawRestClient, id: string, xml: string, code: string) {
      await c.deploy({ [`${id}.bpmn`]: xml });
      const done = c.runToCompletion(id, { input: 1 }, { requestTimeout: 4_000 });
      const [job] = await c.activateAtLeast(id, 1);
      await c.throwError(job.jobKey, code, 'not eligible', { reason: 'x' });
      const r = await done;
      return r.completed ? { completed: true, variables: sorted(r.variables) } : { completed: false };
    }

    // Once a divergence (the embedded engine merged the error variables into the process); fixed.
    observed(
      'matching error code: boundary path; the error variables do not reach the process without an output mapping',
      client,
      (c) => throwAndObserve(c, 'err-match', model('err-match'), 'REJECTED'),
      { completed: true, variables: { input: 1, path: 'error' } },
    );
    observed(
      'matching error code: the error variables through an output mapping on the boundary event',
      client,
      (c) => throwAndObserve(c, 'err-map', withOutputMapping('err-map'), 'REJECTED'),
      { completed: true, variables: { errorReason: 'x', input: 1, path: 'error' } },
    );
    observed('catch-all boundary (no errorRef)', client, (c) => throwAndObserve(c, 'err-all', catchAll('err-all'), 'ANYTHING'), {
      completed: true,
      variables: { input: 1, path: 'error' },
    });
    observed('unmatched error code: the instance stops (incident)', client, (c) => throwAndObserve(c, 'err-none', model('err-none'), 'OTHER'), { completed: false });
  });

  /**
   * Both answer 504. Camunda 8.6.0 answered after about 15 s whatever the requestTimeout said (sometimes a 502
   * ConnectionClosed instead); the embedded engine answers once requestTimeout has passed, as the API documents.
   * That timing difference is recorded in docs/camunda8.md and not asserted (no timed assertions in tests).
   */
  observed(
    'awaitCompletion past its requestTimeout answers 504 after waiting at least that long',
    client,
    async (c) => {
      const id = 'await-timeout';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
      const t0 = Date.now();
      const r = await c.runToCompletion(id, {}, { requestTimeout: 1_000 });
      const waited = Date.now() - t0;
      return r.completed ? 'completed' : { status: r.status, waitedForRequestTimeout: waited >= 950 };
    },
    { status: 504, waitedForRequestTimeout: true },
  );
});
