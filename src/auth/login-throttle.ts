import { Injectable } from '@nestjs/common';
import { AuthClock } from './clock';

/** Consecutive failures allowed before a name is paused; then 1, 2, 4 … minutes, at most 15. */
const FREE_FAILURES = 5;
const BASE_PAUSE_MS = 60_000;
const MAX_PAUSE_MS = 15 * 60_000;
/** Bounds memory when someone tries many names. */
const MAX_TRACKED = 10_000;

/**
 * Slows password guessing per user name (in memory, per server). A pause answers 429 without checking the password,
 * so it costs the attacker time and the server no bcrypt work; a successful sign-in clears the count.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; pausedUntil: number }>();

  constructor(private readonly clock: AuthClock) {}

  /** Milliseconds until the name may try again; 0 when it may now. */
  retryAfterMs(username: string): number {
    const entry = this.failures.get(username);
    return entry ? Math.max(0, entry.pausedUntil - this.clock.now()) : 0;
  }

  failed(username: string): void {
    const entry = this.failures.get(username) ?? { count: 0, pausedUntil: 0 };
    entry.count++;
    if (entry.count >= FREE_FAILURES) entry.pausedUntil = this.clock.now() + Math.min(MAX_PAUSE_MS, BASE_PAUSE_MS * 2 ** (entry.count - FREE_FAILURES));
    this.failures.delete(username);
    this.failures.set(username, entry);
    if (this.failures.size > MAX_TRACKED) this.failures.delete(this.failures.keys().next().value as string);
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }
}
