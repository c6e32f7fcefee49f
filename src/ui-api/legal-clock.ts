import { Global, Injectable, Module } from '@nestjs/common';

/**
 * "Now" for days-left badges and the deadline board. Real time by default; separate from the session clock so a
 * test or demo can look at deadlines on another day without expiring anyone's session (`app.get(LegalClock).set(ms)`).
 */
@Injectable()
export class LegalClock {
  private pinned?: number;

  now(): number {
    return this.pinned ?? Date.now();
  }

  set(ms: number): void {
    this.pinned = ms;
  }

  reset(): void {
    this.pinned = undefined;
  }
}

@Global()
@Module({ providers: [LegalClock], exports: [LegalClock] })
export class LegalClockModule {}
