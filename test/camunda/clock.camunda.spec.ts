/**
 * Message TTL buffering and expiry, and timers, under a pinned clock: embedded vs Camunda.
 * Each scenario pins both clocks (the harness resets them after every test). Camunda's timer and
 * TTL checkers run on their own schedule after a clock jump: observations poll for up to 8 s.
 */
import { describeDifferential, diff, linear, RUN, serviceTask } from './differential';
import { RawRestClient } from './rest-client';

const at = (iso: string) => Date.parse(iso);

describeDifferential('messages and timers under a pinned clock: embedded engine vs Camunda 8', (targets) => {
  describe('message TTL', () => {
    const catchMessage = (id: string) =>
      linear(id, [
        {
          id: 'wait',
          tag: 'intermediateCatchEvent',
          tail: `<bpmn:messageEventDefinition messageRef="msg-${id}"/>`,
        },
      ]).replace('  <bpmn:process', `  <bpmn:message id="msg-${id}" name="${id}"><bpmn:extensionElements><zeebe:subscription correlationKey="=key"/></bpmn:extensionElements></bpmn:message>\n  <bpmn:process`);

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
      await new Promise((r) => setTimeout(r, 2_000));
      out.afterTtl = await run('k-expired');
      // a subscription that waits, then a message with TTL 0
      const waiting = c.runToCompletion(id, { key: 'k-live' }, { requestTimeout: 5_000 });
      await new Promise((r) => setTimeout(r, 500));
      await c.publish(id, 'k-live', 0, { via: 'live' });
      const live = await waiting;
      out.ttlZeroWithSubscription = live.completed ? { completed: true, via: live.variables.via } : { completed: false };
      out.correlateWithoutSubscription = await c.correlate(id, 'k-nobody', {});
      return out;
    }

    diff('buffering within TTL, expiry after TTL, TTL 0, FIFO order', targets, (c) => scenario(c, `msgttl-${RUN}`), 90_000);
  });

  describe('timers', () => {
    /** start → timer → service task (probe) → end; says whether the timer fired at each pinned time. */
    async function timerScenario(c: RawRestClient, id: string, definition: string, start: number, checks: Array<[string, number]>, vars: Record<string, unknown> = {}) {
      await c.deploy({ [`${id}.bpmn`]: linear(id, [{ id: 'wait', tag: 'intermediateCatchEvent', tail: `<bpmn:timerEventDefinition>${definition}</bpmn:timerEventDefinition>` }, serviceTask('probe', id)]) });
      await c.pinClock(start);
      const pi = await c.createInstance(id, vars);
      const out: Record<string, boolean> = {};
      for (const [label, time] of checks) {
        await c.pinClock(time);
        const fired = label.startsWith('after') ? await c.activateAtLeast(id, 1, 15_000) : await c.activate(id, { requestTimeout: 2_500 });
        out[label] = fired.length > 0;
        for (const j of fired) await c.complete(j.jobKey);
      }
      await c.cancel(pi);
      return out;
    }
    const dur = (d: string) => `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${d}</bpmn:timeDuration>`;
    const date = (d: string) => `<bpmn:timeDate xsi:type="bpmn:tFormalExpression">${d}</bpmn:timeDate>`;

    diff('PT1H', targets, (c) =>
      timerScenario(c, `tm-pt1h-${RUN}`, dur('PT1H'), at('2030-01-01T00:00:00Z'), [
        ['before (+59 min)', at('2030-01-01T00:59:00Z')],
        ['after (+61 min)', at('2030-01-01T01:01:00Z')],
      ]),
    );

    diff('P3Y across a leap year (calendar years, not 3 x 365 days)', targets, (c) =>
      timerScenario(c, `tm-p3y-${RUN}`, dur('P3Y'), at('2027-01-01T00:00:00Z'), [
        ['before (3 x 365 days + 12 h)', at('2029-12-31T12:00:00Z')],
        ['after (2030-01-01T00:01)', at('2030-01-01T00:01:00Z')],
      ]),
    );

    diff('P1M from 31 January', targets, (c) =>
      timerScenario(c, `tm-p1m-${RUN}`, dur('P1M'), at('2027-01-31T00:00:00Z'), [['after (28 Feb 01:00, before 30 days)', at('2027-02-28T01:00:00Z')]]),
    );

    diff('duration from a FEEL expression', targets, (c) =>
      timerScenario(c, `tm-feel-${RUN}`, dur('=duration(d)'), at('2030-01-01T00:00:00Z'), [
        ['before', at('2030-01-02T23:00:00Z')],
        ['after', at('2030-01-03T00:01:00Z')],
      ], { d: 'P2D' }),
    );

    diff('timeDate literal', targets, (c) =>
      timerScenario(c, `tm-date-${RUN}`, date('2031-05-01T10:00:00Z'), at('2031-01-01T00:00:00Z'), [
        ['before (09:59)', at('2031-05-01T09:59:00Z')],
        ['after (10:01)', at('2031-05-01T10:01:00Z')],
      ]),
    );

    diff('timeDate with an offset, from a variable', targets, (c) =>
      timerScenario(c, `tm-date-var-${RUN}`, date('=date and time(due)'), at('2031-01-01T00:00:00Z'), [
        ['before (07:59Z)', at('2031-05-01T07:59:00Z')],
        ['after (08:01Z)', at('2031-05-01T08:01:00Z')],
      ], { due: '2031-05-01T10:00:00+02:00' }),
    );
  });
});
