/**
 * Recorded observations of real Zeebe behaviour, checked against the embedded engine.
 *
 * Each scenario was run, through the same raw REST calls, against Camunda 8.6.0 (the broker distribution
 * that the project no longer fetches or starts, for licence reasons: docs/camunda8.md). What Camunda answered
 * is written into the test literally. `observed` asserts that the embedded engine answers the same;
 * `divergence` asserts the embedded engine's own (different) answer and keeps Camunda's beside it with the
 * verdict of Camunda's documentation, so a change on either side fails the test and sends someone back to
 * the record (docs/camunda8.md, "Divergence catalogue").
 *
 * The suites always run against the embedded engine (in-process, port 0, fresh data directory): the values
 * are Camunda's record, not something to re-observe on whatever cluster the environment names.
 */
import { startEmbeddedRuntime, TestRuntime } from '../../support/embedded-runtime';
import { RawRestClient } from './raw-rest-client';

/** The Camunda version every value in these suites was observed on. */
export const OBSERVED_ON = 'Camunda 8.6.0';

export type Scenario<T> = (client: RawRestClient) => Promise<T>;
export type Client = () => RawRestClient;

/** describe() with an embedded server of its own; `client()` gives the raw REST client inside the tests. */
export function describeObservations(name: string, body: (client: Client) => void): void {
  describe(`${name} (recorded on ${OBSERVED_ON})`, () => {
    let rt: TestRuntime | undefined;
    let client: RawRestClient | undefined;
    beforeAll(async () => {
      rt = await startEmbeddedRuntime();
      client = new RawRestClient(rt.url, rt.headers);
    });
    afterEach(async () => {
      // A scenario that pinned the clock must not leak it into the next one.
      await client?.resetClock();
    });
    afterAll(async () => {
      await rt?.stop();
    });
    body(() => {
      if (!client) throw new Error('the embedded server is not started');
      return client;
    });
  });
}

/** it(): the embedded engine shows what Camunda showed (`recorded`, written literally in the test). */
export function observed<T>(name: string, client: Client, scenario: Scenario<T>, recorded: T, timeout = 60_000): void {
  it(name, async () => expect(await scenario(client())).toEqual(recorded), timeout);
}

export interface KnownDivergence<T> {
  /** What the embedded engine answers today. */
  embedded: T;
  /** What Camunda 8.6.0 answered to the same scenario. */
  camunda: T;
  /** Which side Camunda's documentation supports, and why (zeebe-observations/divergences.ts). */
  verdict: string;
}

/**
 * it() for a documented divergence: asserts the embedded answer. When that changes (the engine was fixed,
 * or broke differently) the test fails with Camunda's recorded answer and the verdict, so the record is
 * re-checked and the case becomes an `observed` one when the engines agree.
 */
export function divergence<T>(name: string, client: Client, scenario: Scenario<T>, known: KnownDivergence<T>, timeout = 60_000): void {
  it(
    `${name} [known divergence from ${OBSERVED_ON}]`,
    async () => {
      const actual = await scenario(client());
      try {
        expect(actual).toEqual(known.embedded);
      } catch (e) {
        (e as Error).message =
          `The embedded engine no longer shows the recorded divergence. ${OBSERVED_ON} answered ${JSON.stringify(known.camunda)}; ` +
          `verdict: ${known.verdict}. Re-check the record (docs/camunda8.md) and make this an observed() case if the engines now agree.\n\n${(e as Error).message}`;
        throw e;
      }
      expect(known.camunda).not.toEqual(known.embedded);
    },
    timeout,
  );
}

/** Object with its keys sorted, so recorded variable sets read the same every time. */
export const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
