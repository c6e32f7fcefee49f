/**
 * Message TTL buffering and expiry, and timers, under a pinned clock (`PUT /v2/clock`), as Zeebe handled
 * them. Recorded on Camunda 8.6.0. On Camunda the timer and TTL checkers ran about once a second after a
 * clock jump, so the recording polled; the embedded engine fires what came due before it answers the pin.
 */
import { bpmn, linear, serviceTask } from '../support/bpmn-builder';
import { RawRestClient } from '../support/raw-rest-client';
import { eventually } from '../support/helpers';
import { describeObservations, divergence, observed } from '../support/recorded-observations';
import { TIMER_CYCLE_AFTER_JUMP } from './divergences';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describeObservations('messages and timers under a pinned clock', (client) => {
  describe('message TTL', () => {
    const catchMessage = (id: string) =>
      linear(id, [{ id: 'wait', tag: 'intermediateCatchEvent', tail: `<bpmn:messageEventDefinition messageRef="msg-${id}"/>` }]).replace(
        '  <bpmn:process',
        `  <bpmn:message id="msg-${id}" name="${id}"><bpmn:extensionElements><zeebe:subscription correlationKey="=key"/></bpmn:extensionElements></bpmn:message>\n  <bpmn:process`,
      );

    async function scenario(c: RawRestClient, id: string) {
      await c.deploy({ [`${id}.bpmn`]: catchMessage(id) });
      const T = at('2030-06-01T00:00:00Z');
      await c.pinClock(T);
      const run = async (key: string) => {
        const r = await c.runToCompletion(id, { key }, { requestTimeout: 3_000 });
        return r.completed ? { completed: true, via: r.variables.via ?? null } : { completed: false };
      };
      const out: Record<string, unknown> = {};
      // buffered for 10 min, instance arrives after 5 min
      await c.publish(id, 'k-within', 600_000, { via: 'within' });
      await c.publish(id, 'k-expired', 600_000, { via: 'expired' });
      await c.publish(id, 'k-zero', 0, { via: 'zero' });
      await c.publish(id, 'k-fifo', 600_000, { via: 'first' });
      await c.publish(id, 'k-fifo', 600_000, { via: 'second' });
      await c.pinClock(T + 5 * 60_000);
      out.withinTtl = await run('k-within');
      out.ttlZeroPublishedBefore = await run('k-zero');
      out.fifo = [await run('k-fifo'), await run('k-fifo')];
      await c.pinClock(T + 11 * 60_000);
      out.afterTtl = await run('k-expired');
      // a subscription that waits, then a message with TTL 0
      const waitingBefore = await c.waitingAt(id, 'wait');
      const waiting = c.runToCompletion(id, { key: 'k-live' }, { requestTimeout: 5_000 });
      await eventually(async () => (await c.waitingAt(id, 'wait')) > waitingBefore);
      await c.publish(id, 'k-live', 0, { via: 'live' });
      const live = await waiting;
      out.ttlZeroWithSubscription = live.completed ? { completed: true, via: live.variables.via } : { completed: false };
      out.correlateWithoutSubscription = await c.correlate(id, 'k-nobody', {});
      return out;
    }

    observed('buffering within TTL, expiry after TTL, TTL 0, FIFO order, correlation without a subscription', client, (c) => scenario(c, 'msgttl'), {
      withinTtl: { completed: true, via: 'within' },
      ttlZeroPublishedBefore: { completed: false },
      fifo: [
        { completed: true, via: 'first' },
        { completed: true, via: 'second' },
      ],
      afterTtl: { completed: false },
      ttlZeroWithSubscription: { completed: true, via: 'live' },
      correlateWithoutSubscription: false,
    });
  });

  describe('intermediate timers', () => {
    /** start → timer → service task (probe) → end; whether the timer had fired at each pinned time. */
    async function timerScenario(c: RawRestClient, id: string, definition: string, start: number, checks: Array<[string, number]>, vars: Record<string, unknown> = {}) {
      await c.deploy({ [`${id}.bpmn`]: linear(id, [{ id: 'wait', tag: 'intermediateCatchEvent', tail: `<bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition>` }, serviceTask('probe', id)]) });
      await c.pinClock(start);
      const pi = await c.createInstance(id, vars);
      const out: Record<string, boolean> = {};
      for (const [label, time] of checks) {
        await c.pinClock(time);
        const fired = label.startsWith('after') ? await c.activateAtLeast(id, 1, 5_000) : await c.activate(id);
        out[label] = fired.length > 0;
        for (const j of fired) await c.complete(j.jobKey);
      }
      await c.cancel(pi);
      return out;
    }
    const dur = (d: string) => `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${d}</bpmn:timeDuration>`;
    const date = (d: string) => `<bpmn:timeDate xsi:type="bpmn:tFormalExpression">${d}</bpmn:timeDate>`;

    observed(
      'PT1H',
      client,
      (c) =>
        timerScenario(c, 'tm-pt1h', dur('PT1H'), at('2030-01-01T00:00:00Z'), [
          ['before (+59 min)', at('2030-01-01T00:59:00Z')],
          ['after (+61 min)', at('2030-01-01T01:01:00Z')],
        ]),
      { 'before (+59 min)': false, 'after (+61 min)': true },
    );

    observed(
      'P3Y across a leap year (calendar years, not 3 x 365 days)',
      client,
      (c) =>
        timerScenario(c, 'tm-p3y', dur('P3Y'), at('2027-01-01T00:00:00Z'), [
          ['before (3 x 365 days + 12 h)', at('2029-12-31T12:00:00Z')],
          ['after (2030-01-01T00:01)', at('2030-01-01T00:01:00Z')],
        ]),
      { 'before (3 x 365 days + 12 h)': false, 'after (2030-01-01T00:01)': true },
    );

    observed(
      'P1M from 31 January ends on 28 February',
      client,
      (c) => timerScenario(c, 'tm-p1m', dur('P1M'), at('2027-01-31T00:00:00Z'), [['after (28 Feb 01:00, before 30 days)', at('2027-02-28T01:00:00Z')]]),
      { 'after (28 Feb 01:00, before 30 days)': true },
    );

    observed(
      'duration from a FEEL expression',
      client,
      (c) =>
        timerScenario(
          c,
          'tm-feel',
          dur('=duration(d)'),
          at('2030-01-01T00:00:00Z'),
          [
            ['before', at('2030-01-02T23:00:00Z')],
            ['after', at('2030-01-03T00:01:00Z')],
          ],
          { d: 'P2D' },
        ),
      { before: false, after: true },
    );

    observed(
      'timeDate literal',
      client,
      (c) =>
        timerScenario(c, 'tm-date', date('2031-05-01T10:00:00Z'), at('2031-01-01T00:00:00Z'), [
          ['before (09:59)', at('2031-05-01T09:59:00Z')],
          ['after (10:01)', at('2031-05-01T10:01:00Z')],
        ]),
      { 'before (09:59)': false, 'after (10:01)': true },
    );

    observed(
      'timeDate with an offset, from a variable',
      client,
      (c) =>
        timerScenario(
          c,
          'tm-date-var',
          date('=date and time(due)'),
          at('2031-01-01T00:00:00Z'),
          [
            ['before (07:59Z)', at('2031-05-01T07:59:00Z')],
            ['after (08:01Z)', at('2031-05-01T08:01:00Z')],
          ],
          { due: '2031-05-01T10:00:00+02:00' },
        ),
      { 'before (07:59Z)': false, 'after (08:01Z)': true },
    );

    observed(
      'timeDate from a variable: a past date fires at once, a missing variable stops the instance',
      client,
      async (c) => {
        const id = 'tm-due';
        await c.deploy({ [`${id}.bpmn`]: linear(id, [{ id: 'wait', tag: 'intermediateCatchEvent', tail: `<bpmn:timerEventDefinition>${date('=dueDate')}</bpmn:timerEventDefinition>` }]) });
        const past = await c.runToCompletion(id, { dueDate: '2020-01-01T00:00:00Z' }, { requestTimeout: 3_000 });
        const missing = await c.runToCompletion(id, {}, { requestTimeout: 3_000 });
        return { pastDate: past.completed, noDueDate: missing.completed };
      },
      { pastDate: true, noDueDate: false },
    );
  });

  describe('timer start event with a cycle', () => {
    /** Instances a timer start event `R5/PT1H`, deployed at T, has started after each clock jump. */
    async function cycleScenario(c: RawRestClient) {
      const id = 'tm-start-r5';
      const T = at('2032-01-01T00:00:00Z');
      await c.pinClock(T);
      await c.deploy({
        [`${id}.bpmn`]: bpmn(
          id,
          [
            { id: 'start', tag: 'startEvent', tail: '<bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R5/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>' },
            { id: 'end', tag: 'endEvent' },
          ],
          [{ from: 'start', to: 'end' }],
        ),
      });
      const counts: Record<string, number> = {};
      for (const [label, offset] of [
        ['T+10h', 10 * HOUR],
        ['T+10h30m', 10.5 * HOUR],
        ['T+11h01m', 11 * HOUR + 60_000],
        ['T+30h', 30 * HOUR],
        ['T+50h', 50 * HOUR],
        ['T+100h', 100 * HOUR],
        ['T+200h', 200 * HOUR],
      ] as const) {
        await c.pinClock(T + offset);
        counts[label] = await c.countInstances(id);
      }
      return counts;
    }

    divergence('R5/PT1H: instances started after each clock jump', client, cycleScenario, {
      // Every repetition missed by the jump fires at once: the embedded engine counts ISO cycles from the previous due time.
      embedded: { 'T+10h': 5, 'T+10h30m': 5, 'T+11h01m': 5, 'T+30h': 5, 'T+50h': 5, 'T+100h': 5, 'T+200h': 5 },
      // One firing per jump, the next due one interval after that firing, five in all.
      camunda: { 'T+10h': 1, 'T+10h30m': 1, 'T+11h01m': 2, 'T+30h': 3, 'T+50h': 4, 'T+100h': 5, 'T+200h': 5 },
      verdict: TIMER_CYCLE_AFTER_JUMP,
    });
  });
});
