/**
 * Jobs: failure, retries and back-off under a pinned clock, job timeout, BPMN errors caught by boundary
 * events, and the answer to an awaitCompletion that times out. Embedded vs Camunda.
 */
import { describeDifferential, diff, diffKnown, ext, ioMapping, linear, bpmn, RUN, scriptTask, serviceTask } from './differential';
import { AWAIT_TIMEOUT_STATUS, ERROR_VARIABLES, FAIL_TWICE } from './divergences';
import { RawRestClient, RestError } from './rest-client';

const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** A round minute shortly after the broker's real time (pinning backwards would also work, but stay plausible). */
const T0_BASE = Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000;
const T0 = T0_BASE;

describeDifferential('jobs: embedded engine vs Camunda 8', (targets) => {
  diff('fail with retries and back-off, then retries exhausted', targets, async (c) => {
    const id = `jobfail-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
    await c.pinClock(T0);
    const pi = await c.createInstance(id);
    const steps: unknown[] = [];
    const [first] = await c.activateAtLeast(id, 1);
    steps.push({ step: 'activated', retries: first?.retries });
    await c.fail(first.jobKey, 2, 'boom', 60_000);
    steps.push({ step: 'during back-off', jobs: (await c.activate(id, { requestTimeout: 1_500 })).length });
    await c.pinClock(T0 + 61_000);
    const [second] = await c.activateAtLeast(id, 1, 15_000);
    steps.push({ step: 'after back-off', retries: second?.retries, sameJob: second?.jobKey === first.jobKey });
    await c.fail(second.jobKey, 1, 'boom again');
    const [third] = await c.activateAtLeast(id, 1, 8_000);
    steps.push({ step: 'no back-off', retries: third?.retries });
    await c.fail(third.jobKey, 0, 'give up');
    steps.push({ step: 'retries 0 (incident)', jobs: (await c.activate(id, { requestTimeout: 1_500 })).length });
    await c.updateRetries(third.jobKey, 2);
    steps.push({ step: 'retries updated, incident unresolved', jobs: (await c.activate(id, { requestTimeout: 1_500 })).length });
    steps.push({ step: 'cancelled while waiting', cancelled: await c.cancel(pi) });
    return steps;
  });

  diff('failing a job twice is rejected', targets, async (c) => {
    const id = `jobfail2-${RUN}`;
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
  });

  diff('job timeout follows the pinned clock', targets, async (c) => {
    const id = `jobtimeout-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
    // Later than anything the back-off test pinned: 8.6 schedules its job-timeout check on the controlled
    // clock, so after the clock went back (reset) the check waits until the pinned time passes its last schedule.
    const T0 = T0_BASE + 10 * 60_000;
    await c.pinClock(T0);
    const pi = await c.createInstance(id);
    const [job] = await c.activateAtLeast(id, 1);
    const deadlineOffset = job.deadline - T0; // activation with timeout 60 000
    const before = (await c.activate(id, { requestTimeout: 1_000 })).length;
    await c.pinClock(T0 + 61_000);
    const [again] = await c.activateAtLeast(id, 1, 15_000);
    if (again) await c.complete(again.jobKey);
    return { deadlineOffset, before, redelivered: again?.jobKey === job.jobKey, completedAfterRedelivery: !(await c.cancel(pi)) };
  });

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

    diff('matching error code: boundary path, error variables without an output mapping', targets, (c) =>
      throwAndObserve(c, `err-match-${RUN}`, model(`err-match-${RUN}`), 'REJECTED'),
    );
    diff('matching error code: error variables through an output mapping on the boundary event', targets, (c) =>
      throwAndObserve(c, `err-map-${RUN}`, withOutputMapping(`err-map-${RUN}`), 'REJECTED'),
    );
    diff('catch-all boundary (no errorRef)', targets, (c) => throwAndObserve(c, `err-all-${RUN}`, catchAll(`err-all-${RUN}`), 'ANYTHING'));
    diff('unmatched error code: the instance stops (incident)', targets, (c) => throwAndObserve(c, `err-none-${RUN}`, model(`err-none-${RUN}`), 'OTHER'));
  });

  diffKnown('awaitCompletion past requestTimeout: HTTP status', AWAIT_TIMEOUT_STATUS, targets, async (c) => {
    const id = `await-timeout-${RUN}`;
    await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('task', id)]) });
    const t0 = Date.now();
    const r = await c.runToCompletion(id, {}, { requestTimeout: 1_000 });
    const elapsed = Date.now() - t0;
    // eslint-disable-next-line no-console
    console.log(`[differential] ${c.label}: awaitCompletion with requestTimeout 1000 answered after ${elapsed} ms`);
    return r.completed ? 'completed' : { status: r.status, answeredWithin3s: elapsed < 3_000 };
  });
});
