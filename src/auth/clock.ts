import { Injectable } from '@nestjs/common';

/**
 * Time source of sessions and audit entries. Real time by default; tests pin or advance it
 * (`app.get(AuthClock).set(ms)`) so expiry is tested without waiting.
 */
@Injectable()
export class AuthClock {
  private source: () => number = () => Date.now();

  now(): number {
    return this.source();
  }

  /** Pins the clock at `ms`; later calls to `advance` move it on. */
  set(ms: number): void {
    this.source = () => ms;
  }

  advance(ms: number): void {
    const next = this.now() + ms;
    this.set(next);
  }

  /** Back to real time. */
  reset(): void {
    this.source = () => Date.now();
  }
}
