import { ADMIN, ApiServer, Client, signIn, startApiServer } from '../api/support/api-server';

describe('sign-in throttling per client and per name, and the password rule', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => server?.close());

  it('refuses common and repeated passwords with a problem detail naming the field', async () => {
    const admin = await signIn(server, ADMIN.username, ADMIN.password);
    for (const password of ['aaaaaaaaaa', 'password123', '1234567890', 'abcabcabcabc']) {
      const res = await admin.post('/api/users', { username: 'new.officer', displayName: 'New Officer', password, roles: ['officer'], groups: ['officers'] });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body)).toMatch(/password/);
    }
    const ok = await admin.post('/api/users', { username: 'new.officer', displayName: 'New Officer', password: 'mavi-kalem-dolap-7', roles: ['officer'], groups: ['officers'] });
    expect(ok.status).toBe(201);
  });

  // Last: afterwards this client (the test's address) is paused for every name.
  it('throttles one client spraying many names (one guess each)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await new Client(server.url).post('/api/auth/login', { username: `sprayed.name.${i}`, password: 'guess-password-1' })).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
  });
});
