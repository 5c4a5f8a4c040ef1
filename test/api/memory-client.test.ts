import { expect } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError, type ErrorKind } from '../../src/api/errors.js';
import { SEARCH_COUNT_BOUND } from '../../src/api/memory/count-bound.js';
import { createDemoData, DEMO_BASE_DATE } from '../../src/api/memory/demo-data.js';
import { createMemoryClient, type MemoryClientOptions, type MemorySeed } from '../../src/api/memory/index.js';
import { foldText } from '../../src/api/text-fold.js';
import type { AccessRight, AccountCreate, HelpSettings, UserCreate } from '../../src/api/schemas/index.js';

const DAY = 86_400_000;
const NOW = DEMO_BASE_DATE;
const seed = createDemoData({ now: NOW });

const RESELLER_ADMIN = 'usr_acme_admin';
const CUSTOMER_ADMIN = 'usr_nw_admin';
const NORMAL_USER = 'usr_nw_user';

function client(
  principal = CUSTOMER_ADMIN,
  options: Partial<MemoryClientOptions> = {},
  from: MemorySeed = seed,
) {
  return createMemoryClient(from, { principal, now: () => NOW, ...options });
}

async function expectKind(promise: Promise<unknown>, kind: ErrorKind): Promise<ProvisioningError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ProvisioningError);
    expect((error as ProvisioningError).kind, (error as ProvisioningError).message).to.equal(kind);
    return error as ProvisioningError;
  }
  throw new Error(`expected a rejection of kind ${kind}`);
}

const newUser = (extra: Partial<UserCreate> = {}): UserCreate => ({
  name: 'Anna Müller',
  email: 'anna@northwind.example',
  role: 'user',
  ...extra,
});

const newAccount = (extra: Partial<AccountCreate> = {}): AccountCreate => ({
  name: 'Northwind Munich',
  productTypeId: 'pt_starter',
  country: 'DE',
  primaryAdmin: { name: 'Max Muster', email: 'max@munich.example' },
  ...extra,
});

/** Ids of the rights `seedWithRights` makes, padded so that id order is index order. */
const rid = (i: number) => `ar_t${String(i).padStart(6, '0')}`;

/** A seed with only the given access rights, all of Northwind. */
function seedWithRights(rights: Array<Partial<AccessRight>>): MemorySeed {
  const template = seed.accessRights.find((r) => r.accountId === 'acc_northwind' && r.manual)!;
  return {
    ...seed,
    accessRights: rights.map((r, i) => ({ ...template, id: rid(i), ...r })),
  };
}

const helpUpdate = (settings: HelpSettings) => {
  const { ownerAccountId: _, version: __, ...fields } = settings;
  return fields;
};

describe('createMemoryClient', () => {
  describe('validation', () => {
    it('rejects invalid bodies with 422 and a field error per bad field', async () => {
      const error = await expectKind(
        client().createUser('acc_northwind', newUser({ name: ' ', email: 'nope' })),
        'validation',
      );
      expect(error.status).to.equal(422);
      expect(error.fieldErrors.map((f) => f.path)).to.have.members(['name', 'email']);
      // The contract's codes, which forms translate: the same ones the reference server sends.
      expect(error.fieldErrors.map((f) => f.code)).to.have.members(['required', 'email']);
    });

    it('names nested fields and unknown keys with dotted paths', async () => {
      const body = {
        ...newAccount({ primaryAdmin: { name: 'M', email: 'bad' } }),
        password: 'x',
      } as AccountCreate;
      const error = await expectKind(client().createChildAccount('acc_northwind', body), 'validation');
      expect(error.fieldErrors.map((f) => f.path)).to.have.members(['primaryAdmin.email', 'password']);
    });

    it('validates list queries', async () => {
      await expectKind(client().listUsers('acc_northwind', { limit: 0 }), 'validation');
      const error = await expectKind(client().listUsers('acc_northwind', { sort: 'password' }), 'validation');
      expect(error.fieldErrors[0]!.path).to.equal('sort');
    });
  });

  describe('scope', () => {
    it('lets the principal see its account and the accounts below it', async () => {
      const c = client();
      expect((await c.getAccount('acc_northwind')).name).to.equal('Northwind Traders');
      expect((await c.getAccount('acc_northwind_berlin')).parentId).to.equal('acc_northwind');
      const children = await c.listChildAccounts('acc_northwind');
      expect(children.items.map((a) => a.id)).to.deep.equal(['acc_northwind_berlin', 'acc_northwind_calls']);
    });

    it('reports foreign and unknown ids as not found', async () => {
      const c = client();
      await expectKind(c.getAccount('acc_acme'), 'not-found');
      await expectKind(c.getAccount('acc_contoso'), 'not-found');
      await expectKind(c.getAccount('acc_missing'), 'not-found');
      await expectKind(c.getUser('usr_contoso_admin'), 'not-found');
      await expectKind(c.listUsers('acc_contoso'), 'not-found');
      await expectKind(c.createUser('acc_contoso', newUser()), 'not-found');
      const contosoRight = seed.accessRights.find((r) => r.accountId === 'acc_contoso' && r.manual)!;
      await expectKind(c.deleteAccessRight(contosoRight), 'not-found');
    });

    it('acts for an account in scope, and only there', async () => {
      const c = client(RESELLER_ADMIN);
      const me = await c.me({ actingFor: 'acc_northwind' });
      expect([me.user.id, me.account.id, me.actingFor.id, me.role]).to.deep.equal([
        RESELLER_ADMIN,
        'acc_acme',
        'acc_northwind',
        'admin',
      ]);
      expect((await c.me()).actingFor.id).to.equal('acc_acme');
      await expectKind(client().me({ actingFor: 'acc_contoso' }), 'not-found');
    });

    it('reports an unknown principal as unauthorized', async () => {
      await expectKind(client('usr_nobody').me(), 'unauthorized');
    });
  });

  describe('roles', () => {
    it('lets normal users read but not write', async () => {
      const c = client(NORMAL_USER);
      expect((await c.listUsers('acc_northwind')).total).to.be.greaterThan(0);
      const self = await c.getUser(NORMAL_USER);
      await expectKind(c.createUser('acc_northwind', newUser()), 'forbidden');
      await expectKind(c.updateUser(self, { name: 'Uwe' }), 'forbidden');
      await expectKind(c.deleteUser(self), 'forbidden');
      await expectKind(c.sendPasswordLink(NORMAL_USER), 'forbidden');
      await expectKind(c.updateAccount(await c.getAccount('acc_northwind'), { notes: 'x' }), 'forbidden');
      await expectKind(c.createChildAccount('acc_northwind', newAccount()), 'forbidden');
      await expectKind(
        c.createAccessRight('acc_northwind', { productId: 'p', startsAt: NOW.toISOString() }),
        'forbidden',
      );
    });

    it('lets only reseller admins change help, which customers read from their reseller', async () => {
      const customer = client();
      const settings = await customer.getHelpSettings('acc_northwind_berlin');
      expect(settings.ownerAccountId).to.equal('acc_acme');
      await expectKind(
        customer.putHelpSettings('acc_northwind', { ...helpUpdate(settings), version: 1 }),
        'forbidden',
      );

      const reseller = client(RESELLER_ADMIN);
      const saved = await reseller.putHelpSettings('acc_acme', {
        ...helpUpdate(settings),
        displayName: 'Acme Help',
        version: 1,
      });
      expect([saved.displayName, saved.version, saved.ownerAccountId]).to.deep.equal([
        'Acme Help',
        2,
        'acc_acme',
      ]);
      expect((await reseller.getHelpSettings('acc_contoso')).displayName).to.equal('Acme Help');
    });

    it('validates help settings', async () => {
      const settings = await client(RESELLER_ADMIN).getHelpSettings('acc_acme');
      const error = await expectKind(
        client(RESELLER_ADMIN).putHelpSettings('acc_acme', {
          ...helpUpdate(settings),
          mode: 'link',
          helpUrl: null,
          version: 1,
        }),
        'validation',
      );
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['helpUrl']);
    });
  });

  describe('versions', () => {
    it('bumps the version on each change and rejects a stale one with 412', async () => {
      const c = client();
      const user = await c.getUser('usr_nw_user');
      const updated = await c.updateUser(user, { name: 'Uwe N.' });
      expect(updated.version).to.equal(user.version + 1);
      const error = await expectKind(c.updateUser(user, { name: 'Lost update' }), 'precondition-failed');
      expect(error.status).to.equal(412);
      await expectKind(c.deleteUser(user), 'precondition-failed');
      await expectKind(
        c.updateAccount({ id: 'acc_northwind', version: 99 }, { notes: 'x' }),
        'precondition-failed',
      );
      expect((await c.getUser('usr_nw_user')).name).to.equal('Uwe N.');
    });

    it('requires the version to replace existing help settings', async () => {
      const c = client(RESELLER_ADMIN);
      const settings = await c.getHelpSettings('acc_acme');
      expect(
        (await expectKind(c.putHelpSettings('acc_acme', helpUpdate(settings)), 'precondition-failed')).status,
      ).to.equal(428);
      await expectKind(
        c.putHelpSettings('acc_acme', { ...helpUpdate(settings), version: 0 }),
        'precondition-failed',
      );
    });
  });

  describe('users', () => {
    it('keeps e-mail addresses unique (409 on field email), ignoring case', async () => {
      const c = client();
      const error = await expectKind(
        c.createUser('acc_northwind', newUser({ email: 'User@Northwind.example' })),
        'conflict',
      );
      expect(error.status).to.equal(409);
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['email']);
      const self = await c.getUser(CUSTOMER_ADMIN);
      await expectKind(c.updateUser(self, { email: 'user@northwind.example' }), 'conflict');
      expect((await c.updateUser(self, { email: 'ADMIN@northwind.example' })).email).to.equal(
        'ADMIN@northwind.example',
      );
    });

    it('generates the login from the name and keeps it unique', async () => {
      const c = client();
      const first = await c.createUser('acc_northwind', newUser());
      const second = await c.createUser(
        'acc_northwind_berlin',
        newUser({ email: 'anna2@northwind.example' }),
      );
      expect([first.login, second.login]).to.deep.equal(['anna.muller', 'anna.muller2']);
      // Like the server, a login is taken only while a user has it.
      await c.deleteUser(first);
      expect(
        (await c.createUser('acc_northwind', newUser({ email: 'anna3@northwind.example' }))).login,
      ).to.equal('anna.muller');
    });

    it('creates users invited, with a password link valid for 7 days', async () => {
      const user = await client().createUser('acc_northwind', newUser({ permissions: ['account.login'] }));
      expect(user.status).to.equal('invited');
      expect(user.accountId).to.equal('acc_northwind');
      expect(user.permissions).to.deep.equal(['account.login']);
      expect(user.passwordLink).to.deep.equal({
        sentAt: NOW.toISOString(),
        expiresAt: new Date(NOW.getTime() + 7 * DAY).toISOString(),
      });
    });

    it('grants only permissions of the catalog', async () => {
      const error = await expectKind(
        client().createUser('acc_northwind', newUser({ permissions: ['account.login', 'root'] })),
        'validation',
      );
      expect(error.fieldErrors[0]!.path).to.equal('permissions.1');
    });

    it('sends a new password link valid for 7 days from now', async () => {
      let now = NOW;
      const c = client(CUSTOMER_ADMIN, { now: () => now });
      const before = await c.getUser('usr_nw_user');
      now = new Date(NOW.getTime() + 3 * DAY);
      const link = await c.sendPasswordLink('usr_nw_user');
      expect(link).to.deep.equal({
        sentAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 7 * DAY).toISOString(),
      });
      const after = await c.getUser('usr_nw_user');
      expect(after.passwordLink).to.deep.equal(link);
      expect(after.status).to.equal(before.status);
      expect(after.version).to.equal(before.version + 1);
    });

    it('starts new users without notifications unless chosen', async () => {
      const user = await client().createUser('acc_northwind', newUser());
      expect(Object.values(user.notifications)).to.deep.equal([false, false, false, false, false]);
    });

    it('lets an invited user become active only by choosing a password (409 on field status)', async () => {
      const c = client();
      const user = await c.createUser('acc_northwind', newUser());
      const error = await expectKind(c.updateUser(user, { status: 'active' }), 'conflict');
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['status']);
      expect((await c.updateUser(user, { status: 'disabled' })).status).to.equal('disabled');
    });

    it('keeps admins from locking themselves out (409)', async () => {
      const c = client();
      const self = await c.getUser(CUSTOMER_ADMIN);
      await expectKind(c.updateUser(self, { status: 'disabled' }), 'conflict');
      await expectKind(c.updateUser(self, { role: 'user' }), 'conflict');
      await expectKind(c.deleteUser(self), 'conflict');
    });

    it('sends no password link to a disabled user (409)', async () => {
      const c = client();
      await c.updateUser(await c.getUser(NORMAL_USER), { status: 'disabled' });
      await expectKind(c.sendPasswordLink(NORMAL_USER), 'conflict');
    });

    it('treats an invited or disabled principal as signed out', async () => {
      await expectKind(client('usr_berlin_admin').me(), 'unauthorized');
    });

    it('deletes a user', async () => {
      const c = client();
      const user = await c.getUser('usr_nw_user');
      expect(await c.deleteUser(user)).to.equal(undefined);
      await expectKind(c.getUser('usr_nw_user'), 'not-found');
    });
  });

  describe('accounts', () => {
    it('creates a sub-account with its primary admin invited', async () => {
      const c = client();
      const account = await c.createChildAccount('acc_northwind', newAccount());
      expect([account.kind, account.parentId, account.version, account.trial]).to.deep.equal([
        'sub-account',
        'acc_northwind',
        1,
        null,
      ]);
      const admins = await c.listUsers(account.id);
      expect(admins.items.map((u) => [u.email, u.role, u.status])).to.deep.equal([
        ['max@munich.example', 'admin', 'invited'],
      ]);
      expect((await client(RESELLER_ADMIN).createChildAccount('acc_acme', newAccount())).kind).to.equal(
        'customer',
      );
    });

    it('keeps account names unique among siblings (409 on field name)', async () => {
      const c = client(RESELLER_ADMIN);
      const error = await expectKind(
        c.createChildAccount('acc_acme', newAccount({ name: 'contoso ltd' })),
        'conflict',
      );
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['name']);
      await expectKind(
        c.updateAccount(await c.getAccount('acc_northwind'), { name: 'Contoso Ltd' }),
        'conflict',
      );
      // The same name below another parent is fine.
      expect(
        (await c.createChildAccount('acc_northwind', newAccount({ name: 'Contoso Ltd' }))).name,
      ).to.equal('Contoso Ltd');
    });

    it('rejects a primary admin whose e-mail is in use (409 on field primaryAdmin.email)', async () => {
      const body = newAccount({ primaryAdmin: { name: 'X', email: 'admin@contoso.example' } });
      const error = await expectKind(client().createChildAccount('acc_northwind', body), 'conflict');
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['primaryAdmin.email']);
    });

    it('keeps a locked product type once assigned (409 on field productTypeId)', async () => {
      const c = client(RESELLER_ADMIN);
      const contoso = await c.getAccount('acc_contoso');
      const error = await expectKind(c.updateAccount(contoso, { productTypeId: 'pt_business' }), 'conflict');
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['productTypeId']);
      expect(
        (await c.updateAccount(contoso, { productTypeId: 'pt_enterprise', notes: 'same type' })).version,
      ).to.equal(contoso.version + 1);
      const northwind = await c.getAccount('acc_northwind');
      expect((await c.updateAccount(northwind, { productTypeId: 'pt_legacy' })).productTypeId).to.equal(
        'pt_legacy',
      );
    });

    it('starts a trial only where the product type offers one', async () => {
      const c = client();
      const error = await expectKind(
        c.createChildAccount('acc_northwind', newAccount({ productTypeId: 'pt_enterprise', trial: true })),
        'validation',
      );
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['trial']);
      const account = await c.createChildAccount('acc_northwind', newAccount({ trial: true }));
      expect(account.trial).to.deep.equal({ endsAt: new Date(NOW.getTime() + 14 * DAY).toISOString() });
      const ended = await c.updateAccount(account, { trial: false });
      expect(ended.trial).to.equal(null);
      await expectKind(c.updateAccount(ended, { productTypeId: 'pt_legacy', trial: true }), 'validation');
    });

    it('rejects an unknown product type', async () => {
      const error = await expectKind(
        client().createChildAccount('acc_northwind', newAccount({ productTypeId: 'pt_unknown' })),
        'validation',
      );
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['productTypeId']);
    });
  });

  describe('access rights', () => {
    it('lets only manual rights be edited or deleted (409 otherwise)', async () => {
      const c = client();
      const ordered = seed.accessRights.find((r) => r.accountId === 'acc_northwind' && !r.manual)!;
      await expectKind(c.updateAccessRight(ordered, { status: 'deactivated' }), 'conflict');
      await expectKind(c.deleteAccessRight(ordered), 'conflict');
      const manual = seed.accessRights.find((r) => r.accountId === 'acc_northwind' && r.manual)!;
      const updated = await c.updateAccessRight(manual, { status: 'deactivated' });
      expect([updated.status, updated.version]).to.deep.equal(['deactivated', manual.version + 1]);
      await c.deleteAccessRight(updated);
      expect((await c.listAccessRights('acc_northwind', { q: manual.id })).total).to.equal(0);
    });

    it('creates manual rights, and checks the resulting term', async () => {
      const c = client();
      const right = await c.createAccessRight('acc_northwind', {
        productId: 'prod_mail',
        startsAt: '2026-12-01T00:00:00Z',
        endsAt: null,
      });
      expect([right.manual, right.offerId, right.status, right.productName]).to.deep.equal([
        true,
        null,
        'active',
        'Business Mail',
      ]);
      const error = await expectKind(
        c.updateAccessRight(right, { endsAt: '2026-11-15T00:00:00Z' }),
        'validation',
      );
      expect(error.fieldErrors.map((f) => f.path)).to.deep.equal(['endsAt']);
    });

    it('filters by validOn: started on or before the day and not yet ended, or open-ended', async () => {
      const c = client(
        CUSTOMER_ADMIN,
        {},
        seedWithRights([
          { startsAt: '2026-01-01T00:00:00Z', endsAt: null },
          { startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-03-02T00:00:00Z' },
          { startsAt: '2026-03-02T00:00:00Z', endsAt: '2026-04-01T00:00:00Z' },
          { startsAt: '2026-03-02T00:00:01Z', endsAt: null },
        ]),
      );
      const ids = async (validOn: string) =>
        (await c.listAccessRights('acc_northwind', { validOn })).items.map((r) => r.id);
      expect(await ids('2026-03-01')).to.deep.equal([rid(0), rid(1)]);
      expect(await ids('2026-03-02')).to.deep.equal([rid(0), rid(2)]);
      expect(await ids('2025-12-31')).to.deep.equal([]);
    });
  });

  describe('lists', () => {
    const rights = seedWithRights([
      {
        productId: 'prod_hosting',
        platformProductId: 'prod_hosting',
        productName: 'Web Hosting',
        status: 'active',
        manual: true,
        startsAt: '2026-02-01T00:00:00Z',
      },
      {
        productId: 'prod_mail',
        platformProductId: 'prod_mail',
        productName: 'Business Mail',
        status: 'deactivated',
        manual: false,
        startsAt: '2026-01-01T00:00:00Z',
      },
      {
        productId: 'prod_sim',
        platformProductId: 'prod_sim',
        productName: 'IoT SIM Pool',
        status: 'active',
        manual: false,
        startsAt: '2026-03-01T00:00:00Z',
      },
    ]);

    it('sorts by name by default, ties by id', async () => {
      const users = await client().listUsers('acc_northwind', { limit: 500 });
      const names = users.items.map((u) => u.name);
      // Accents folded first, then as written, as the server sorts (`name_key, name`).
      const key = (n: string) => [foldText(n), n] as const;
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      expect(names).to.deep.equal(
        [...names].sort((a, b) => cmp(key(a)[0], key(b)[0]) || cmp(key(a)[1], key(b)[1])),
      );
    });

    it('searches with q, case-insensitively', async () => {
      const page = await client(CUSTOMER_ADMIN, {}, rights).listAccessRights('acc_northwind', { q: 'sim' });
      expect(page.items.map((r) => r.id)).to.deep.equal([rid(2)]);
      const users = await client().listUsers('acc_northwind', { q: 'NORA' });
      expect(users.items.map((u) => u.id)).to.deep.equal([CUSTOMER_ADMIN]);
    });

    it('applies the filters of the query', async () => {
      const c = client(CUSTOMER_ADMIN, {}, rights);
      expect(
        (await c.listAccessRights('acc_northwind', { status: 'active' })).items.map((r) => r.id),
      ).to.deep.equal([rid(0), rid(2)]);
      expect((await c.listAccessRights('acc_northwind', { manual: false })).total).to.equal(2);
      const admins = await client().listUsers('acc_northwind', { role: 'admin', status: 'active' });
      expect(admins.items.every((u) => u.role === 'admin' && u.status === 'active')).to.equal(true);
      expect(
        (await client(RESELLER_ADMIN).listChildAccounts('acc_acme', { status: 'suspended' })).items.map(
          (a) => a.id,
        ),
      ).to.deep.equal(['acc_hu_kft']);
    });

    it('sorts by field and -field', async () => {
      const c = client(CUSTOMER_ADMIN, {}, rights);
      const order = async (sort: string) =>
        (await c.listAccessRights('acc_northwind', { sort })).items.map((r) => r.id);
      expect(await order('startsAt')).to.deep.equal([rid(1), rid(0), rid(2)]);
      expect(await order('-startsAt')).to.deep.equal([rid(2), rid(0), rid(1)]);
      expect(await order('productId')).to.deep.equal([rid(0), rid(1), rid(2)]);
      expect(await order('-productId')).to.deep.equal([rid(2), rid(1), rid(0)]);
    });

    it('pages with offset and limit (default 50) and reports the total', async () => {
      const many = seedWithRights(Array.from({ length: 120 }, () => ({})));
      const c = client(CUSTOMER_ADMIN, {}, many);
      const first = await c.listAccessRights('acc_northwind');
      expect([first.items.length, first.total]).to.deep.equal([50, 120]);
      const last = await c.listAccessRights('acc_northwind', { offset: 100, limit: 30 });
      expect(last.items.map((r) => r.id)).to.deep.equal(Array.from({ length: 20 }, (_, i) => rid(100 + i)));
    });

    it('lists 100,000 access rights quickly: filters, search and a sort kept until the next write', async () => {
      const huge = seedWithRights(
        Array.from({ length: 100_000 }, (_, i) => ({
          productId: `prod_${i % 97}`,
          endsAt: null,
          startsAt: new Date(NOW.getTime() - (i % 1000) * DAY).toISOString(),
          status: i % 5 ? 'active' : 'deactivated',
        })),
      );
      const c = client(CUSTOMER_ADMIN, {}, huge);
      const query = {
        status: 'active',
        sort: '-startsAt',
        q: 'prod_1',
        validOn: '2026-06-01',
        limit: 100,
      } as const;
      const first = await c.listAccessRights('acc_northwind', query);
      const started = performance.now();
      const again = await c.listAccessRights('acc_northwind', { ...query, offset: 100 });
      const elapsed = performance.now() - started;
      expect(first.items).to.have.length(100);
      // Thousands match: a search counts one bound past the page (count-bound.ts), as the server does.
      expect([first.total, first.totalExact]).to.deep.equal([2 * SEARCH_COUNT_BOUND, false]);
      expect([again.total, again.totalExact]).to.deep.equal([3 * SEARCH_COUNT_BOUND, false]);
      expect(first.items[0]!.startsAt >= first.items[99]!.startsAt).to.equal(true);
      // Some 10–40 ms on an idle machine. The bound is loose so that a busy CI machine passes: it is there to
      // catch accidental quadratic work (re-sorting or copying everything per call), which takes seconds.
      expect(elapsed, `${elapsed} ms`).to.be.below(1000);
    });
  });

  describe('behaviour', () => {
    it('returns copies, so callers cannot change the store or the seed', async () => {
      const c = client();
      const user = await c.getUser('usr_nw_user');
      user.name = 'Mallory';
      (await c.listUsers('acc_northwind')).items[0]!.email = 'x@y.z';
      expect((await c.getUser('usr_nw_user')).name).to.equal('Uwe Nutzer');
      await c.updateUser(await c.getUser('usr_nw_user'), { name: 'Changed' });
      expect(seed.users.find((u) => u.id === 'usr_nw_user')!.name).to.equal('Uwe Nutzer');
    });

    it('rejects with aborted when the signal aborts before or during the call', async () => {
      await expectKind(client().getUser('usr_nw_user', { signal: AbortSignal.abort() }), 'aborted');
      const controller = new AbortController();
      const pending = client(CUSTOMER_ADMIN, { latency: 1000 }).getUser('usr_nw_user', {
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(), 5);
      await expectKind(pending, 'aborted');
    });

    it('takes the configured latency', async () => {
      const started = performance.now();
      await client(CUSTOMER_ADMIN, { latency: 30 }).me();
      expect(performance.now() - started).to.be.at.least(25);
    });

    it('fails the operations the fail option picks', async () => {
      const injected = new ProvisioningError('server', 'injected', { status: 503 });
      const c = client(CUSTOMER_ADMIN, { fail: (op) => (op === 'listUsers' ? injected : undefined) });
      expect(await c.listUsers('acc_northwind').catch((e: unknown) => e)).to.equal(injected);
      expect((await c.me()).user.id).to.equal(CUSTOMER_ADMIN);
    });

    it('is deterministic: the same calls give the same results', async () => {
      const run = async (c: ProvisioningClient) => [
        await c.createUser('acc_northwind', newUser()),
        await c.createChildAccount('acc_northwind', newAccount()),
        await c.createAccessRight('acc_northwind', { productId: 'prod_sim', startsAt: NOW.toISOString() }),
      ];
      expect(await run(client())).to.deep.equal(await run(client()));
    });

    it('lists the product types and the permission catalog', async () => {
      const c = client(NORMAL_USER);
      expect(await c.listProductTypes()).to.deep.equal(seed.productTypes);
      expect(await c.listPermissions()).to.deep.equal(seed.permissions);
    });
  });
});

describe('memory client, issue 13', () => {
  it('ships the permission catalog in en, de, fr and hu', async () => {
    const items = await client().listPermissions();
    const login = items.find((p) => p.id === 'account.login')!;
    expect(login.label).to.deep.equal({
      en: 'Simple login',
      de: 'Einfache Anmeldung',
      fr: 'Connexion simple',
      hu: 'Egyszerű bejelentkezés',
    });
    for (const p of items)
      for (const text of [p.group, p.label, p.description])
        expect(Object.keys(text).sort()).to.deep.equal(['de', 'en', 'fr', 'hu']);
  });

  it('lists the platform products, and a right created with one takes its name', async () => {
    const c = client();
    const products = await c.listProducts();
    expect(products.map((p) => p.id)).to.include('prod_mail');
    const mail = products.find((p) => p.id === 'prod_mail')!;
    expect(mail.name).to.equal('Business Mail');
    const right = await c.createAccessRight('acc_northwind', {
      productId: 'prod_mail',
      startsAt: '2026-12-01T00:00:00Z',
    });
    expect(right).to.deep.include({ platformProductId: 'prod_mail', productName: 'Business Mail' });
    await expectKind(
      client(NORMAL_USER, {
        fail: (op) => (op === 'listProducts' ? new ProvisioningError('network', 'x') : undefined),
      }).listProducts(),
      'network',
    );
  });

  it('searches accent-insensitively and sorts names with accents folded', async () => {
    const c = client();
    for (const [name, email] of [
      ['Zsófia Zöld', 'zsofia@northwind.example'],
      ['Élő-Nagy Ágnes', 'agnes@northwind.example'],
      ['Ágnes Aranyi', 'aranyi@northwind.example'],
    ])
      await c.createUser('acc_northwind', newUser({ name, email }));
    const found = await c.listUsers('acc_northwind', { q: 'elo-nagy' });
    expect(found.items.map((u) => u.name)).to.deep.equal(['Élő-Nagy Ágnes']);
    expect((await c.listUsers('acc_northwind', { q: 'ÉLŐ' })).total).to.equal(1);
    const names = (await c.listUsers('acc_northwind', { sort: 'name', limit: 500 })).items.map((u) => u.name);
    expect(names.indexOf('Ágnes Aranyi')).to.be.lessThan(names.indexOf('Zsófia Zöld'));
    expect(names.indexOf('Élő-Nagy Ágnes')).to.be.lessThan(names.indexOf('Zsófia Zöld'));
    const down = (await c.listUsers('acc_northwind', { sort: '-name', limit: 500 })).items.map((u) => u.name);
    const mine = (list: string[]) => list.filter((n) => /Zsófia Zöld|Élő-Nagy Ágnes|Ágnes Aranyi/.test(n));
    expect(mine(down)).to.deep.equal(mine(names).reverse());
  });

  it('keeps an audit trail of its writes, as the reference server does: field names, never values', async () => {
    const c = client();
    const user = await c.createUser('acc_northwind', newUser({ email: 'audit@northwind.example' }));
    const renamed = await c.updateUser(user, { name: 'Anna Audit' });
    await c.sendPasswordLink(renamed.id);
    await c.deleteUser(await c.getUser(renamed.id));
    const right = await c.createAccessRight('acc_northwind', {
      productId: 'prod_mail',
      startsAt: NOW.toISOString(),
    });
    await c.deleteAccessRight(right);
    const trail = (await c.listAuditEvents('acc_northwind', {})).items;
    expect(trail.map((e) => [e.action, e.targetId])).to.deep.equal([
      ['access-right.delete', right.id],
      ['access-right.create', right.id],
      ['user.delete', user.id],
      ['user.password-link', user.id],
      ['user.update', user.id],
      ['user.create', user.id],
    ]);
    const created = trail.at(-1)!;
    expect(created.fields).to.include.members(['name', 'email']);
    expect(JSON.stringify(trail)).not.to.contain('audit@northwind.example');
    expect(trail[4]!.fields).to.deep.equal(['name']);
    expect(trail.every((e) => e.actorUserId === CUSTOMER_ADMIN && e.accountId === 'acc_northwind')).to.equal(
      true,
    );
  });
});
