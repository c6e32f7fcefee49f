import { Injectable } from '@nestjs/common';
import { AuthClock } from './clock';

/**
 * Slows password guessing without handing a stranger a way to lock others out (in memory, per server).
 * Three counters of failed sign-ins, each with its own rule:
 *
 * - **this client and this name**: 5 free failures, then a pause of 1, 2, 4 … minutes, at most 15. Guessing one
 *   account from one place gets slower and slower; the pause grows for that client only.
 * - **this client, any name**: 20 free failures, then the same growing pause. Spraying many names from one
 *   client (one guess per name) is throttled too.
 * - **this name, any client**: 10 free failures, then a short pause of 30 s that never grows. Guessing one
 *   account from many clients is slowed; a stranger can hold the owner off for 30 s at a time only, and each
 *   of those failures also grows the stranger's own client pause.
 *
 * A pause answers 429 without checking the password (no bcrypt work for the attacker's requests). A successful
 * sign-in clears that client's and that name's counts. Counts older than an hour are forgotten.
 */
const PAIR = { free: 5, baseMs: 60_000, maxMs: 15 * 60_000, grows: true };
const CLIENT = { free: 20, baseMs: 60_000, maxMs: 15 * 60_000, grows: true };
const NAME = { free: 10, baseMs: 30_000, maxMs: 30_000, grows: false };
const FORGET_AFTER_MS = 60 * 60_000;
/** Bounds memory when someone tries many names or addresses. */
const MAX_TRACKED = 10_000;

type Rule = typeof PAIR;
interface Entry {
  count: number;
  pausedUntil: number;
  lastFailure: number;
}

class Counter {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly rule: Rule) {}

  retryAfterMs(key: string, now: number): number {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.pausedUntil - now) : 0;
  }

  failed(key: string, now: number): void {
    let entry = this.entries.get(key);
    if (!entry || now - entry.lastFailure > FORGET_AFTER_MS) entry = { count: 0, pausedUntil: 0, lastFailure: now };
    entry.count++;
    entry.lastFailure = now;
    const over = entry.count - this.rule.free;
    if (over >= 0) entry.pausedUntil = now + Math.min(this.rule.maxMs, this.rule.grows ? this.rule.baseMs * 2 ** over : this.rule.baseMs);
    // Re-inserted: Map order is the order of last failure, so the oldest goes first when the map is full.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_TRACKED) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

@Injectable()
export class LoginThrottle {
  private readonly pairs = new Counter(PAIR);
  private readonly clients = new Counter(CLIENT);
  private readonly names = new Counter(NAME);

  constructor(private readonly clock: AuthClock) {}

  /** Milliseconds until this client may try this name again; 0 when it may now. */
  retryAfterMs(client: string, username: string): number {
    const now = this.clock.now();
    return Math.max(this.pairs.retryAfterMs(pair(client, username), now), this.clients.retryAfterMs(client, now), this.names.retryAfterMs(username, now));
  }

  failed(client: string, username: string): void {
    const now = this.clock.now();
    this.pairs.failed(pair(client, username), now);
    this.clients.failed(client, now);
    this.names.failed(username, now);
  }

  succeeded(client: string, username: string): void {
    this.pairs.clear(pair(client, username));
    this.clients.clear(client);
    this.names.clear(username);
  }
}

const pair = (client: string, username: string) => `${client}\u0000${username}`;
