import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, NW_ADMIN, NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

const DAY = 86_400_000;
let s: TestServer;
before(async () => {
  s = await startTestServer({
    rateLimits: {
      loginPerAccount: { max: 3, windowMs: 60_000 },
      loginPerAddress: { max: 1000, windowMs: 60_000 },
      linkPerAccount: { max: 1000, windowMs: 60_000 },
      linkPerAddress: { max: 3, windowMs: 60_000 },
    },
  });
});
after(() => s.close());

describe('login and logout', () => {
  it('returns an opaque token and its expiry, by e-mail or by login', async () => {
    const byEmail = await s.request('POST', '/api/auth/login', {
      body: { email: RESELLER, password: DEMO_PASSWORD },
    });
    assert.equal(byEmail.status, 200);
    assert.match(byEmail.body.token, /^[\w-]{40,}$/);
    assert.ok(
      Date.parse(byEmail.body.expiresAt) > Date.parse('2026-11-01T00:00:00Z'),
      'the token expires in the future',
    );
    const byLogin = await s.request('POST', '/api/auth/login', {
      body: { login: 'rita.reseller', password: DEMO_PASSWORD },
    });
    assert.equal(byLogin.status, 200);
  });

  it('stores tokens only hashed', async () => {
    const token = await s.login(NW_ADMIN);
    const rows = await s.db.query('SELECT 1 FROM sessions WHERE token_hash = $1', [token]);
    assert.equal(rows.length, 0);
  });

  it('refuses a wrong password, an unknown user and a bad body alike', async () => {
    const wrong = await s.request('POST', '/api/auth/login', {
      body: { email: NW_USER, password: 'nope-nope-nope' },
    });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('content-type'), 'application/problem+json');
    const unknown = await s.request('POST', '/api/auth/login', {
      body: { email: 'who@nowhere.example', password: 'x' },
    });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.detail, wrong.body.detail);
    const bad = await s.request('POST', '/api/auth/login', { body: { password: 'x', extra: 1 } });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['extra', 'login']);
    const notJson = await s.app.request('/api/auth/login', {
      method: 'POST',
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(notJson.status, 400);
  });

  it('refuses disabled and invited users', async () => {
    const [disabled] = await s.db.query<{ email: string }>(
      "SELECT email FROM users WHERE status = 'disabled' LIMIT 1",
    );
    const r1 = await s.request('POST', '/api/auth/login', {
      body: { email: disabled!.email, password: DEMO_PASSWORD },
    });
    assert.equal(r1.status, 401);
    const r2 = await s.request('POST', '/api/auth/login', {
      body: { email: 'berlin@northwind.example', password: DEMO_PASSWORD },
    });
    assert.equal(r2.status, 401);
  });

  it('refuses a normal user without the catalog\'s "simple login" permission, not an admin (issue 13)', async () => {
    const [user] = await s.db.query<{ id: string; email: string }>(
      "SELECT id, email FROM users WHERE role = 'user' AND status = 'active' AND permissions ? 'account.login' AND email <> $1 LIMIT 1",
      [NW_USER],
    );
    assert.ok(await s.login(user!.email), 'a user with account.login signs in');
    await s.db.query("UPDATE users SET permissions = permissions - 'account.login' WHERE id = $1", [
      user!.id,
    ]);
    const refused = await s.request('POST', '/api/auth/login', {
      body: { email: user!.email, password: DEMO_PASSWORD },
    });
    assert.equal(refused.status, 403);
    assert.match(refused.body.detail, /simple login/);
    // A wrong password still reads as wrong credentials: the permission is checked only after it.
    const wrong = await s.request('POST', '/api/auth/login', {
      body: { email: user!.email, password: 'not the password' },
    });
    assert.equal(wrong.status, 401);

    const [admin] = await s.db.query<{ id: string; email: string }>(
      "SELECT id, email FROM users WHERE role = 'admin' AND status = 'active' AND email NOT IN ($1, $2, $3) LIMIT 1",
      [NW_ADMIN, RESELLER, 'admin@contoso.example'],
    );
    await s.db.query("UPDATE users SET permissions = '[]'::jsonb WHERE id = $1", [admin!.id]);
    assert.ok(await s.login(admin!.email), 'an admin always signs in');
  });

  it('ends the session on logout', async () => {
    const token = await s.login(NW_USER);
    assert.equal((await s.request('GET', '/api/me', { token })).status, 200);
    assert.equal((await s.request('POST', '/api/auth/logout', { token })).status, 204);
    assert.equal((await s.request('GET', '/api/me', { token })).status, 401);
    assert.equal((await s.request('POST', '/api/auth/logout')).status, 401);
  });

  it('rejects missing, malformed and expired tokens', async () => {
    assert.equal((await s.request('GET', '/api/me')).status, 401);
    assert.equal(
      (await s.request('GET', '/api/me', { headers: { Authorization: 'Basic abc' } })).status,
      401,
    );
    assert.equal((await s.request('GET', '/api/me', { token: 'forged' })).status, 401);
    const token = await s.login(NW_USER);
    s.advance(13 * 3_600_000);
    assert.equal((await s.request('GET', '/api/me', { token })).status, 401);
  });

  it('rate-limits logins per account with Retry-After', async () => {
    const attempt = () =>
      s.request('POST', '/api/auth/login', {
        body: { email: 'admin@contoso.example', password: 'wrong-password' },
      });
    for (let i = 0; i < 3; i++) assert.equal((await attempt()).status, 401);
    const limited = await attempt();
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0, 'a positive Retry-After');
    // Even the right password waits until the window is over.
    const right = await s.request('POST', '/api/auth/login', {
      body: { email: 'admin@contoso.example', password: DEMO_PASSWORD },
    });
    assert.equal(right.status, 429);
    s.advance(61_000);
    assert.equal((await attempt()).status, 401);
  });
});

describe('password links (seed 000)', () => {
  it('a new user gets a link, sets a password, becomes active, and the link is spent', async () => {
    const admin = await s.login(NW_ADMIN);
    const created = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: admin,
      body: {
        name: 'Linus Link',
        email: 'linus@northwind.example',
        role: 'user',
        permissions: ['account.login'],
      },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'invited');
    assert.ok(created.body.passwordLink, 'the created user has a password link');
    assert.equal(
      Date.parse(created.body.passwordLink.expiresAt) - Date.parse(created.body.passwordLink.sentAt),
      7 * DAY,
    );
    const mail = await s.lastMailTo('linus@northwind.example');
    assert.match(mail.body, /http:\/\/tenantkit\.test\/set-password\?token=/);
    assert.ok(mail.token, 'the mail carries a token');
    // Only the hash is stored.
    assert.equal(
      (await s.db.query('SELECT 1 FROM users WHERE password_link_hash = $1', [mail.token])).length,
      0,
    );

    const weak = await s.request('POST', `/api/auth/password-links/${mail.token}`, {
      body: { password: 'short' },
    });
    assert.equal(weak.status, 422);
    assert.equal(weak.body.errors[0].path, 'password');
    const asEmail = await s.request('POST', `/api/auth/password-links/${mail.token}`, {
      body: { password: 'linus@northwind.example' },
    });
    assert.equal(asEmail.status, 422);
    assert.equal(asEmail.body.errors[0].code, 'same_as_login');

    const set = await s.request('POST', `/api/auth/password-links/${mail.token}`, {
      body: { password: 'correct horse battery' },
    });
    assert.equal(set.status, 204);
    const user = await s.request('GET', `/api/users/${created.body.id}`, { token: admin });
    assert.equal(user.body.status, 'active');
    assert.equal(user.body.passwordLink, null);
    assert.equal(user.body.login, 'linus.link');
    assert.ok(
      await s.login('linus@northwind.example', 'correct horse battery'),
      'signs in with the new password',
    );
    const again = await s.request('POST', `/api/auth/password-links/${mail.token}`, {
      body: { password: 'another password 1' },
    });
    assert.equal(again.status, 404);
  });

  it('a replacement link leaves the old password working until it is used, then the old one fails', async () => {
    const admin = await s.login(NW_ADMIN);
    const sent = await s.request('POST', '/api/users/usr_nw_user/password-link', { token: admin });
    assert.equal(sent.status, 201);
    assert.deepEqual(Object.keys(sent.body).sort(), ['expiresAt', 'sentAt']);
    const { token } = await s.lastMailTo(NW_USER);
    const pending = await s.request('GET', '/api/users/usr_nw_user', { token: admin });
    assert.deepEqual(pending.body.passwordLink, sent.body);

    const set = await s.request('POST', `/api/auth/password-links/${token}`, {
      body: { password: 'brand new secret' },
    });
    assert.equal(set.status, 204);
    const old = await s.request('POST', '/api/auth/login', {
      body: { email: NW_USER, password: DEMO_PASSWORD },
    });
    assert.equal(old.status, 401);
    assert.ok(await s.login(NW_USER, 'brand new secret'), 'signs in with the changed password');
  });

  it('a login with the old password voids a pending link', async () => {
    const admin = await s.login(RESELLER);
    await s.request('POST', '/api/users/usr_contoso_admin/password-link', { token: admin });
    const { token } = await s.lastMailTo('admin@contoso.example');
    s.advance(61_000); // past the login rate-limit window of the earlier test
    assert.ok(await s.login('admin@contoso.example'), 'the admin still signs in while the link is pending');
    const user = await s.request('GET', '/api/users/usr_contoso_admin', { token: admin });
    assert.equal(user.body.passwordLink, null);
    const use = await s.request('POST', `/api/auth/password-links/${token}`, {
      body: { password: 'too late for this' },
    });
    assert.equal(use.status, 404);
    assert.ok(await s.login('admin@contoso.example'), 'the admin still signs in after the expired link');
  });

  it('a replacement supersedes the previous link', async () => {
    const admin = await s.login(RESELLER);
    await s.request('POST', '/api/users/usr_berlin_admin/password-link', { token: admin });
    const first = (await s.lastMailTo('berlin@northwind.example')).token;
    await s.request('POST', '/api/users/usr_berlin_admin/password-link', { token: admin });
    const second = (await s.lastMailTo('berlin@northwind.example')).token;
    assert.notEqual(first, second);
    assert.equal(
      (
        await s.request('POST', `/api/auth/password-links/${first}`, {
          body: { password: 'first link pass' },
        })
      ).status,
      404,
    );
    assert.equal(
      (
        await s.request('POST', `/api/auth/password-links/${second}`, {
          body: { password: 'second link pass' },
        })
      ).status,
      204,
    );
  });

  it('links expire after 7 days', async () => {
    const admin = await s.login(RESELLER);
    const created = await s.request('POST', '/api/accounts/acc_contoso/users', {
      token: admin,
      body: { name: 'Eve Expired', email: 'eve@contoso.example', role: 'user' },
    });
    const { token } = await s.lastMailTo('eve@contoso.example');
    s.advance(7 * DAY + 1000);
    const late = await s.request('POST', `/api/auth/password-links/${token}`, {
      body: { password: 'too late password' },
    });
    assert.equal(late.status, 410);
    assert.equal(
      (await s.request('GET', `/api/users/${created.body.id}`, { token: await s.login(RESELLER) })).body
        .status,
      'invited',
    );
  });

  it('rate-limits link sends per recipient address', async () => {
    const admin = await s.login(RESELLER);
    s.advance(61_000);
    const send = () => s.request('POST', '/api/users/usr_ct_001/password-link', { token: admin });
    for (let i = 0; i < 3; i++) assert.equal((await send()).status, 201);
    const limited = await send();
    assert.equal(limited.status, 429);
    assert.ok(limited.headers.get('retry-after'), 'a Retry-After header');
  });

  it('only admins send links, and not to disabled users', async () => {
    const user = await s.login('linus@northwind.example', 'correct horse battery');
    assert.equal(
      (await s.request('POST', '/api/users/usr_nw_admin/password-link', { token: user })).status,
      403,
    );
    const admin = await s.login(NW_ADMIN);
    const [disabled] = await s.db.query<{ id: string }>(
      "SELECT id FROM users WHERE status = 'disabled' AND account_id = 'acc_northwind' LIMIT 1",
    );
    assert.equal(
      (await s.request('POST', `/api/users/${disabled!.id}/password-link`, { token: admin })).status,
      409,
    );
  });

  it('never returns or stores a password in the clear', async () => {
    const admin = await s.login(RESELLER);
    const users = await s.request('GET', '/api/accounts/acc_northwind/users?limit=500', { token: admin });
    assert.ok(!JSON.stringify(users.body).includes('password_hash'), 'no password_hash in the users answer');
    assert.ok(!JSON.stringify(users.body).includes('scrypt'), 'no scrypt hash in the users answer');
    const patch = await s.request('PATCH', '/api/users/usr_nw_user', {
      token: admin,
      body: { password: 'admin-chosen-password' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(patch.status, 422);
    const [row] = await s.db.query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE id = 'usr_nw_user'",
    );
    assert.match(row!.password_hash, /^scrypt\$/);
  });
});
