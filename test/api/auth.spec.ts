import { ADMIN, ApiServer, Client, serverModule, signIn, startApiServer } from './support/api-server';

// given a server with the env admin and demo users
describe('sign-in and sessions', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer({ YUKK_SESSION_IDLE_MINUTES: '30', YUKK_SESSION_ABSOLUTE_HOURS: '12' });
  });
  afterAll(async () => {
    await server?.close();
  });

  const clock = () => {
    const { AuthClock } = serverModule('src/auth/clock.ts');
    return server.app.get<{ set(ms: number): void; advance(ms: number): void; reset(): void; now(): number }>(AuthClock);
  };
  afterEach(() => clock().reset());

  it('signs in the admin from the environment with all roles, cookie httpOnly and SameSite=Strict', async () => {
    const client = new Client(server.url);
    const r = await client.post('/api/auth/login', ADMIN);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ username: ADMIN.username, roles: ['analyst', 'officer', 'manager'] });
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^yukk_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect((await client.get('/api/auth/me')).body).toMatchObject({ username: ADMIN.username });
  });

  it('refuses a wrong password and an unknown user alike (401 problem detail)', async () => {
    const wrong = await new Client(server.url).post('/api/auth/login', { username: ADMIN.username, password: 'not-the-password' });
    const unknown = await new Client(server.url).post('/api/auth/login', { username: 'nobody', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('validates the login body (400 with errors)', async () => {
    const r = await new Client(server.url).post('/api/auth/login', { username: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ property: 'password' })]));
  });

  it('needs a session for /api/auth/me', async () => {
    expect((await new Client(server.url).get('/api/auth/me')).status).toBe(401);
    const forged = new Client(server.url);
    forged.cookie = 'yukk_session=forged-token';
    expect((await forged.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session on logout', async () => {
    const client = await signIn(server, 'demo.officer');
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = new Client(server.url);
    replay.cookie = cookie;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
  });

  it('expires a session after the idle timeout, and renews the idle timeout on use', async () => {
    const c = clock();
    c.set(Date.parse('2026-03-02T09:00:00Z'));
    const client = await signIn(server, 'demo.officer');
    c.advance(29 * 60_000);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    c.advance(29 * 60_000); // 58 minutes after sign-in, 29 after the last use
    expect((await client.get('/api/auth/me')).status).toBe(200);
    c.advance(30 * 60_000);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('expires a session after the absolute timeout even when used', async () => {
    const c = clock();
    c.set(Date.parse('2026-03-02T09:00:00Z'));
    const client = await signIn(server, 'demo.officer');
    for (let i = 0; i < 24; i++) {
      c.advance(29 * 60_000);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    }
    c.advance(29 * 60_000); // 12 h 05 min after sign-in
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('stores bcrypt hashes, never the password', async () => {
    const { APP_DB } = serverModule('src/auth/app-database.ts');
    const db = server.app.get<{ prepare(sql: string): { all(): Array<{ username: string; password_hash: string }> } }>(APP_DB);
    const rows = db.prepare('SELECT username, password_hash FROM users').all();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$2[aby]\$\d\d\$/);
      expect(row.password_hash).not.toContain('password');
    }
    const { verifyPassword } = serverModule('src/auth/password.ts');
    const admin = rows.find((r) => r.username === ADMIN.username)!;
    expect(await verifyPassword(ADMIN.password, admin.password_hash)).toBe(true);
    expect(await verifyPassword('admin-password-2', admin.password_hash)).toBe(false);
  });

  it('lets a manager create a user who can then sign in; others may not create users', async () => {
    const manager = await signIn(server, 'demo.manager');
    const created = await manager.post('/api/users', { username: 'ayse.officer', displayName: 'Ayşe Test', password: 'a-long-password', roles: ['officer'], groups: ['officers'] });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ username: 'ayse.officer', roles: ['officer'], groups: ['officers'], active: true }));
    expect(created.body.passwordHash).toBeUndefined();
    expect((await manager.post('/api/users', { username: 'ayse.officer', displayName: 'x', password: 'a-long-password', roles: ['officer'], groups: [] })).status).toBe(409);
    expect((await manager.post('/api/users', { username: 'short.pw', displayName: 'x', password: 'short', roles: ['officer'], groups: [] })).status).toBe(400);
    const ayse = await signIn(server, 'ayse.officer', 'a-long-password');
    expect((await ayse.get('/api/auth/me')).body.groups).toEqual(['officers']);
    expect((await ayse.post('/api/users', { username: 'other.user', displayName: 'x', password: 'a-long-password', roles: ['manager'], groups: [] })).status).toBe(403);

    // deactivation ends the user's sessions at once
    expect((await manager.patch('/api/users/ayse.officer', { active: false })).status).toBe(200);
    expect((await ayse.get('/api/auth/me')).status).toBe(401);
    expect((await new Client(server.url).post('/api/auth/login', { username: 'ayse.officer', password: 'a-long-password' })).status).toBe(401);
  });
});

describe('own password change', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('needs the current password, keeps this session and ends the others', async () => {
    const here = await signIn(server, 'demo.analyst');
    const elsewhere = await signIn(server, 'demo.analyst');
    expect((await here.post('/api/auth/password', { currentPassword: 'wrong-one', newPassword: 'a-new-long-password' })).status).toBe(403);
    expect((await here.post('/api/auth/password', { currentPassword: 'demo-password-1', newPassword: 'short' })).status).toBe(400);
    expect((await here.post('/api/auth/password', { currentPassword: 'demo-password-1', newPassword: 'a-new-long-password' })).status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await new Client(server.url).post('/api/auth/login', { username: 'demo.analyst', password: 'demo-password-1' })).status).toBe(401);
    await signIn(server, 'demo.analyst', 'a-new-long-password');
  });
});

describe('sign-in throttling', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('pauses a user name after 5 consecutive failures (429 with Retry-After), then lets the right password in', async () => {
    const { AuthClock } = serverModule('src/auth/clock.ts');
    const clock = server.app.get<{ set(ms: number): void; advance(ms: number): void }>(AuthClock);
    clock.set(Date.parse('2026-03-02T09:00:00Z'));
    const attempt = (password: string) => new Client(server.url).post('/api/auth/login', { username: 'demo.analyst', password });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).status).toBe(401);
    const paused = await attempt('demo-password-1');
    expect(paused.status).toBe(429);
    expect(paused.headers.get('retry-after')).toBe('60');
    // other names are not affected
    expect((await new Client(server.url).post('/api/auth/login', { username: 'demo.officer', password: 'demo-password-1' })).status).toBe(200);
    clock.advance(61_000);
    expect((await attempt('demo-password-1')).status).toBe(200);
  });
});
