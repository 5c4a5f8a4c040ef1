import { expect } from '@open-wc/testing';
import { composeClients } from '../../src/api/compose.js';
import { ProvisioningError } from '../../src/api/errors.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createScimClient, type ScimClientOptions } from '../../src/api/scim/index.js';
import { fakeFetch, json, type Responder } from '../api/fake-fetch.js';
import { ACCOUNT, backends, resetProvider } from './helpers.js';
import { ADMIN_GROUP_ID } from './seed.js';

/** For a call that must reject: resolving fails the test. */
const unexpected = (value: unknown): never => {
  throw new Error(`resolved with ${JSON.stringify(value)}`);
};

const BASE = 'https://idp.example/scim/v2';
const EXT = 'urn:example:params:scim:schemas:extension:tenantkit:2.0:User';

const grace = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: 'u-1',
  userName: 'grace@corp.example',
  name: { formatted: 'Grace Hopper' },
  emails: [{ value: 'grace@corp.example', primary: true }],
  active: true,
  preferredLanguage: 'en-US,en;q=0.9',
  roles: [{ value: 'admin' }],
  entitlements: [{ value: 'billing' }],
  meta: { created: '2026-01-01T00:00:00Z', lastModified: '2026-01-02T00:00:00Z', version: 'W/"7"' },
};

const scimError = (status: number, scimType?: string, detail = 'nope') =>
  json(
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status), scimType, detail },
    { status },
  );

function client(respond: Responder, options: Partial<ScimClientOptions> = {}) {
  const fake = fakeFetch(respond);
  const scim = createScimClient({
    baseUrl: BASE,
    accountId: 'acc_1',
    fetch: fake.fetch,
    retry: 0,
    ...options,
  });
  return { scim, requests: fake.requests };
}

const config = (features: Record<string, boolean>) =>
  json({
    patch: { supported: true },
    filter: { supported: features.filter ?? true, maxResults: 50 },
    sort: { supported: features.sort ?? true },
    etag: { supported: features.etag ?? true },
  });

/** Answers the config with `features`, lists with `grace`, and everything else with `other`. */
const provider =
  (features: Record<string, boolean>, other: Responder = () => json(grace)): Responder =>
  (request, attempt) => {
    if (request.url.pathname.endsWith('/ServiceProviderConfig')) return config(features);
    if (request.method === 'GET' && request.url.pathname.endsWith('/Users'))
      return json({ totalResults: 1, Resources: [grace] });
    return other(request, attempt);
  };

describe('createScimClient', () => {
  it('maps a SCIM user onto the contract: name, e-mail, role, permissions, locale, version', async () => {
    const { scim } = client(provider({}));
    const user = await scim.getUser('u-1');
    expect(user).to.include({
      id: 'u-1',
      accountId: 'acc_1',
      name: 'Grace Hopper',
      email: 'grace@corp.example',
      login: 'grace@corp.example',
      role: 'admin',
      locale: 'en-US',
      status: 'active',
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(user.permissions).to.deep.equal(['billing']);
    expect(user.version).to.be.a('number');
  });

  it('sends search, role and status as one filter, sortBy/sortOrder, startIndex and count (capped by maxResults)', async () => {
    const { scim, requests } = client(provider({}));
    await scim.listUsers('acc_1', {
      q: 'gr"ace',
      role: 'user',
      status: 'disabled',
      sort: '-name',
      offset: 50,
      limit: 100,
    });
    const params = Object.fromEntries(requests.at(-1)!.url.searchParams);
    expect(params).to.deep.equal({
      filter:
        'userName co "gr\\"ace" and roles.value ne "admin" and active eq false or ' +
        'name.formatted co "gr\\"ace" and roles.value ne "admin" and active eq false or ' +
        'emails.value co "gr\\"ace" and roles.value ne "admin" and active eq false',
      sortBy: 'name.formatted',
      sortOrder: 'descending',
      startIndex: '51',
      count: '50',
    });
  });

  it('degrades: no sortBy without sort support, a filtered list refused without filter support', async () => {
    const { scim, requests } = client(provider({ sort: false, filter: false }));
    const page = await scim.listUsers('acc_1', { sort: 'name' });
    expect(page.total).to.equal(1);
    expect(requests.at(-1)!.url.searchParams.has('sortBy')).to.equal(false);
    const error = await scim.listUsers('acc_1', { q: 'x' }).then(unexpected, (e: ProvisioningError) => e);
    expect(error).to.be.instanceOf(ProvisioningError).and.to.include({ kind: 'validation' });
    expect(requests.filter((r) => r.url.pathname.endsWith('/ServiceProviderConfig'))).to.have.length(1);
  });

  it('reports a resource that does not map in unreadable and keeps the rest of the list', async () => {
    const { scim } = client((request) =>
      request.url.pathname.endsWith('/ServiceProviderConfig')
        ? config({})
        : json({
            totalResults: 3,
            Resources: [grace, { id: 'u-2', name: { formatted: 'No user name' } }, { ...grace, id: '' }],
          }),
    );
    const page = await scim.listUsers('acc_1');
    expect(page.items.map((u) => u.id)).to.deep.equal(['u-1']);
    expect(page.total).to.equal(3);
    expect(page.unreadable).to.have.length(2);
    expect(page.unreadable![0]).to.include({ index: 1, id: 'u-2' });
    expect(page.unreadable![0]!.reason).to.match(/^userName: /);
    expect(page.unreadable![1]).to.include({ index: 2 }).and.not.to.have.property('id');
  });

  it('assumes only what RFC 7644 requires when there is no /ServiceProviderConfig', async () => {
    const { scim } = client((request) =>
      request.url.pathname.endsWith('/ServiceProviderConfig') ? scimError(404) : json(grace),
    );
    expect(await scim.capabilities()).to.deep.equal({
      filter: true,
      maxResults: undefined,
      sort: false,
      etag: false,
    });
  });

  it('updates with a PatchOp and meta.version as If-Match; none without etag support', async () => {
    const { scim, requests } = client(provider({}));
    const user = await scim.getUser('u-1');
    await scim.updateUser(user, {
      name: 'Grace B. Hopper',
      status: 'disabled',
      permissions: [],
      locale: null,
    });
    const patch = requests.at(-1)!;
    expect(patch.method).to.equal('PATCH');
    expect(patch.headers.get('If-Match')).to.equal('W/"7"');
    expect(patch.headers.get('Content-Type')).to.equal('application/scim+json');
    expect(patch.body).to.deep.equal({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'replace', path: 'name.formatted', value: 'Grace B. Hopper' },
        { op: 'replace', path: 'displayName', value: 'Grace B. Hopper' },
        { op: 'remove', path: 'preferredLanguage' },
        { op: 'replace', path: 'active', value: false },
        { op: 'remove', path: 'entitlements' },
      ],
    });
    const noEtag = client(provider({ etag: false }));
    await noEtag.scim.updateUser(await noEtag.scim.getUser('u-1'), { name: 'X' });
    expect(noEtag.requests.at(-1)!.headers.has('If-Match')).to.equal(false);
  });

  it('reads the user again after a 204 to a PATCH', async () => {
    const { scim, requests } = client(
      provider({}, (request) =>
        request.method === 'PATCH' ? new Response(null, { status: 204 }) : json(grace),
      ),
    );
    const user = await scim.updateUser(await scim.getUser('u-1'), { name: 'Y' });
    expect(user.name).to.equal('Grace Hopper');
    expect(requests.at(-1)!.method).to.equal('GET');
  });

  it('maps SCIM errors: uniqueness beside the e-mail, invalidValue, 412, 404', async () => {
    const failing = (status: number, scimType?: string) =>
      client(
        provider({}, (request) => (request.method === 'GET' ? json(grace) : scimError(status, scimType))),
      ).scim;
    const body = { name: 'G', email: 'g@corp.example', role: 'user' } as const;
    const taken = await failing(409, 'uniqueness')
      .createUser('acc_1', body)
      .then(unexpected, (e: ProvisioningError) => e);
    expect(taken).to.include({ kind: 'conflict', status: 409 });
    expect(taken.fieldErrors).to.deep.equal([{ path: 'email', code: 'taken', message: 'nope' }]);
    const invalid = await failing(400, 'invalidValue')
      .createUser('acc_1', body)
      .then(unexpected, (e: ProvisioningError) => e);
    expect(invalid).to.include({ kind: 'validation' });
    expect(invalid.problem?.detail).to.equal('nope');
    const scim = failing(412);
    const stale = await scim
      .updateUser(await scim.getUser('u-1'), { name: 'Z' })
      .then(unexpected, (e: ProvisioningError) => e);
    expect(stale).to.include({ kind: 'precondition-failed' });
    const gone = await failing(404)
      .deleteUser({ id: 'u-9', version: 1 })
      .then(unexpected, (e: ProvisioningError) => e);
    expect(gone).to.include({ kind: 'not-found' });
  });

  it('refuses another account, and notification changes the roles mapping cannot store', async () => {
    const { scim } = client(provider({}));
    expect(await scim.listUsers('acc_2').then(unexpected, (e: ProvisioningError) => e.kind)).to.equal(
      'not-found',
    );
    const user = await scim.getUser('u-1');
    const refused = await scim
      .updateUser(user, { notifications: { ...user.notifications, billing: true } })
      .then(unexpected, (e: ProvisioningError) => e);
    expect(refused).to.include({ kind: 'validation' });
    expect(refused.fieldErrors[0]!.path).to.equal('notifications');
  });

  it('keeps role, permissions and notifications in an extension schema when configured', async () => {
    const withExtension = {
      ...grace,
      roles: undefined,
      [EXT]: { role: 'user', permissions: ['p1'], notifications: { billing: true } },
    };
    const { scim, requests } = client(
      provider({}, () => json(withExtension)),
      { access: { kind: 'extension', schema: EXT } },
    );
    const user = await scim.getUser('u-1');
    expect(user).to.include({ role: 'user' });
    expect(user.permissions).to.deep.equal(['p1']);
    expect(user.notifications.billing).to.equal(true);
    await scim.createUser('acc_1', {
      name: 'N',
      email: 'n@corp.example',
      role: 'admin',
      permissions: ['p2'],
    });
    const post = requests.at(-1)!.body as Record<string, unknown>;
    expect(post.schemas).to.deep.equal(['urn:ietf:params:scim:schemas:core:2.0:User', EXT]);
    expect(post[EXT]).to.deep.include({ role: 'admin', permissions: ['p2'] });
    await scim.updateUser(user, { role: 'admin' });
    expect((requests.at(-1)!.body as { Operations: unknown[] }).Operations).to.deep.equal([
      { op: 'replace', path: `${EXT}:role`, value: 'admin' },
    ]);
  });
});

describe('createScimClient with the groups mapping', () => {
  const groups = { kind: 'groups', admin: 'grp_admins' } as const;

  it('filters admins by membership and users by its negation (not ne: groups is multi-valued)', async () => {
    const { scim, requests } = client(provider({}), { access: groups });
    await scim.listUsers('acc_1', { role: 'admin', status: 'active' });
    expect(requests.at(-1)!.url.searchParams.get('filter')).to.equal(
      'groups.value eq "grp_admins" and active eq true',
    );
    await scim.listUsers('acc_1', { role: 'user' });
    expect(requests.at(-1)!.url.searchParams.get('filter')).to.equal('not (groups.value eq "grp_admins")');
  });

  const origin = backends.scim;
  (origin ? describe : describe.skip)('against the SCIMMY provider', function () {
    this.timeout(20_000);
    beforeEach(() => resetProvider(origin!));
    const scimmy = () =>
      createScimClient({
        baseUrl: `${origin}/scim/v2`,
        accountId: ACCOUNT,
        getToken: () => 'scim-test-token',
        access: { kind: 'groups', admin: ADMIN_GROUP_ID },
      });
    const admins = async (scim: ReturnType<typeof scimmy>) =>
      (await scim.listUsers(ACCOUNT, { role: 'admin', sort: 'name' })).items.map((u) => u.name);

    it('reads the role from membership of the admin group', async () => {
      const scim = scimmy();
      expect(await admins(scim)).to.deep.equal(['Ada Lovelace']);
      const { items } = await scim.listUsers(ACCOUNT, { sort: 'name', limit: 3 });
      expect(items.map((u) => [u.name, u.role])).to.deep.equal([
        ['Ada Lovelace', 'admin'],
        ['Adele Goldberg', 'user'],
        ['Alan Turing', 'user'],
      ]);
    });

    it('changes the role by adding and removing the membership with a PatchOp on /Groups/{id}', async () => {
      const scim = scimmy();
      const alan = (await scim.listUsers(ACCOUNT, { q: 'Alan Turing' })).items[0]!;
      const promoted = await scim.updateUser(alan, { role: 'admin', name: 'Alan M. Turing' });
      expect(promoted).to.include({ role: 'admin', name: 'Alan M. Turing' });
      expect(await admins(scim)).to.deep.equal(['Ada Lovelace', 'Alan M. Turing']);
      const demoted = await scim.updateUser(promoted, { role: 'user' });
      expect(demoted.role).to.equal('user');
      expect(await admins(scim)).to.deep.equal(['Ada Lovelace']);
    });

    it('creates an admin as a member of the admin group', async () => {
      const scim = scimmy();
      const created = await scim.createUser(ACCOUNT, {
        name: 'Katherine Johnson',
        email: 'katherine.johnson@directory.example',
        role: 'admin',
      });
      expect(created.role).to.equal('admin');
      expect(await admins(scim)).to.deep.equal(['Ada Lovelace', 'Katherine Johnson']);
    });
  });
});

describe('composeClients', () => {
  it('takes the user operations from one client and everything else from the other', async () => {
    const { scim } = client(provider({}));
    const rest = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
    const composed = composeClients({ users: scim, rest });
    expect((await composed.getUser('u-1')).name).to.equal('Grace Hopper');
    expect((await composed.me()).user.id).to.equal('usr_nw_admin');
    expect((await composed.listPermissions()).length).to.be.greaterThan(0);
  });
});
