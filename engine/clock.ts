/**
 * The engine's only source of time. Real time by default; tests and demos pin it (PUT /v2/clock)
 * and move it forward, which fires every timer that came due, in due order.
 */
export class EngineClock {
  private pinnedAt: number | undefined;

  now(): number {
    return this.pinnedAt ?? Date.now();
  }

  pin(epochMs: number): void {
    this.pinnedAt = epochMs;
  }

  reset(): void {
    this.pinnedAt = undefined;
  }

  get pinned(): boolean {
    return this.pinnedAt !== undefined;
  }
}
