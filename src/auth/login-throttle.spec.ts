import { serverModule } from '../../test/support/native-loader';

// Nest classes are ESM: loaded through Node's own loader (see test/support/native-loader.ts).
const { AuthClock } = serverModule<typeof import('./clock')>('src/auth/clock.ts');
const { LoginThrottle } = serverModule<typeof import('./login-throttle')>('src/auth/login-throttle.ts');

describe('login throttle', () => {
  let clock: InstanceType<typeof AuthClock>;
  let throttle: InstanceType<typeof LoginThrottle>;
  beforeEach(() => {
    clock = new AuthClock();
    clock.set(Date.parse('2026-03-02T09:00:00Z'));
    throttle = new LoginThrottle(clock);
  });

  it('pauses a client guessing one name, longer each time, for that client only', () => {
    for (let i = 0; i < 5; i++) throttle.failed('10.0.0.9', 'admin');
    expect(throttle.retryAfterMs('10.0.0.9', 'admin')).toBe(60_000);
    expect(throttle.retryAfterMs('10.0.0.1', 'admin')).toBe(0);
    clock.advance(60_000);
    throttle.failed('10.0.0.9', 'admin');
    expect(throttle.retryAfterMs('10.0.0.9', 'admin')).toBe(120_000);
  });

  it('throttles a client spraying many names, one guess each', () => {
    for (let i = 0; i < 20; i++) throttle.failed('10.0.0.9', `user${i}`);
    expect(throttle.retryAfterMs('10.0.0.9', 'someone-else')).toBe(60_000);
    expect(throttle.retryAfterMs('10.0.0.1', 'someone-else')).toBe(0);
  });

  it('lets many strangers hold a name off for 30 s at a time only, never longer', () => {
    for (let i = 0; i < 30; i++) throttle.failed(`10.0.1.${i}`, 'admin');
    expect(throttle.retryAfterMs('10.0.0.1', 'admin')).toBe(30_000);
    clock.advance(30_000);
    expect(throttle.retryAfterMs('10.0.0.1', 'admin')).toBe(0);
  });

  it('clears the counts of a client and name on success, and forgets old failures', () => {
    for (let i = 0; i < 4; i++) throttle.failed('10.0.0.9', 'admin');
    throttle.succeeded('10.0.0.9', 'admin');
    throttle.failed('10.0.0.9', 'admin');
    expect(throttle.retryAfterMs('10.0.0.9', 'admin')).toBe(0);
    for (let i = 0; i < 4; i++) throttle.failed('10.0.0.8', 'admin');
    clock.advance(2 * 60 * 60_000);
    throttle.failed('10.0.0.8', 'admin');
    expect(throttle.retryAfterMs('10.0.0.8', 'admin')).toBe(0);
  });
});
