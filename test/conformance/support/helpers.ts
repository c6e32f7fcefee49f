import * as path from 'node:path';

/** Search and get calls of the 8.8 client need a consistency option; the embedded read model is immediate. */
export const NOW = { consistency: { waitUpToMs: 0 } } as const;

export const fixture = (name: string): string => path.join(__dirname, '..', 'fixtures', name);

/**
 * Polls `probe` until it returns a value other than undefined/false (or stops throwing), bounded by
 * `timeoutMs`; the last failure is rethrown so the assertion message stays meaningful.
 */
export async function eventually<T>(probe: () => Promise<T> | T, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<Exclude<T, undefined | false>> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const intervalMs = options.intervalMs ?? 25;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = new Error('eventually: condition never held');
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as Exclude<T, undefined | false>;
      lastError = new Error('eventually: condition never held');
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) throw lastError;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Fixed, readable instants for the pinned clock. */
export const T0 = Date.parse('2026-01-05T09:00:00.000Z');
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** The error an SDK call rejected with (HttpSdkError carries status, title, detail). */
export async function rejection(p: Promise<unknown>): Promise<{ status?: number; title?: string; detail?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { status?: number; title?: string; detail?: string; message: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
