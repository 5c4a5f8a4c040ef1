import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ProvisioningError } from '../../src/api/errors.js';
import { createScimClient } from '../../src/api/scim/index.js';
import { UserPage, type Page, type User } from '../../src/api/schemas/index.js';

/** A user the way SCIM providers send them, some fields present and some not. */
const scimUser = fc.record(
  {
    id: fc.oneof(fc.string(), fc.uuid()),
    userName: fc.oneof(fc.emailAddress(), fc.string()),
    displayName: fc.oneof(fc.string(), fc.constant(null)),
    name: fc.record({ formatted: fc.string(), givenName: fc.string() }, { requiredKeys: [] }),
    emails: fc.array(fc.record({ value: fc.oneof(fc.emailAddress(), fc.string()), primary: fc.boolean() }), {
      maxLength: 3,
    }),
    active: fc.oneof(fc.boolean(), fc.jsonValue()),
    preferredLanguage: fc.oneof(fc.constantFrom('en', 'de-CH', 'en-US,en;q=0.9', 'x'), fc.string()),
    roles: fc.array(fc.record({ value: fc.constantFrom('admin', 'user', '') }), { maxLength: 2 }),
    entitlements: fc.array(fc.record({ value: fc.string() }), { maxLength: 3 }),
    meta: fc.record(
      {
        created: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        version: fc.string(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** A list response: well formed, nearly well formed (a field replaced by anything), or any JSON. */
const listResponse = fc.oneof(
  fc.record({
    schemas: fc.constant(['urn:ietf:params:scim:api:messages:2.0:ListResponse']),
    totalResults: fc.oneof(fc.nat(), fc.integer(), fc.jsonValue()),
    startIndex: fc.nat(),
    Resources: fc.oneof(fc.array(scimUser, { maxLength: 4 }), fc.array(fc.jsonValue(), { maxLength: 3 })),
  }),
  fc
    .tuple(fc.array(scimUser, { maxLength: 3 }), fc.constantFrom('totalResults', 'Resources'), fc.jsonValue())
    .map(([users, key, value]) => ({ totalResults: users.length, Resources: users, [key]: value })),
  fc.jsonValue(),
);

describe('createScimClient with arbitrary SCIM list responses', () => {
  it('rejects with nothing but a ProvisioningError and resolves only with contract-valid pages, bad rows set aside', async () => {
    const scenario = fc.record({
      body: listResponse,
      status: fc.oneof(fc.constantFrom(200, 200, 200), fc.integer({ min: 200, max: 599 })),
      contentType: fc.constantFrom('application/scim+json', 'application/json', 'text/html'),
      query: fc.record(
        {
          q: fc.string({ maxLength: 20 }),
          role: fc.constantFrom('admin', 'user'),
          status: fc.constantFrom('active', 'disabled'),
          sort: fc.constantFrom('name', '-email', 'lastLoginAt'),
          offset: fc.nat({ max: 100 }),
          limit: fc.integer({ min: 1, max: 500 }),
        },
        { requiredKeys: [] },
      ),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ body, status, contentType, query }) => {
        const fetch = (async () =>
          new Response(status === 204 || status === 205 ? null : JSON.stringify(body), {
            status,
            headers: { 'Content-Type': contentType },
          })) as typeof globalThis.fetch;
        const client = createScimClient({
          baseUrl: 'https://idp.example/scim/v2',
          accountId: 'acc_1',
          fetch,
          retry: { limit: 1, delay: () => 0 },
          serviceProviderConfig: {
            filter: { supported: true },
            sort: { supported: true },
            etag: { supported: true },
          },
        });
        let page: unknown;
        try {
          page = await client.listUsers('acc_1', query);
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(ProvisioningError);
          return;
        }
        expect(UserPage.safeParse(page).success, JSON.stringify(page)).to.equal(true);
        // One bad resource never fails the list: every resource is either an item or unreadable.
        const { items, unreadable = [] } = page as Page<User>;
        const resources = (body as { Resources?: unknown[] } | null)?.Resources ?? [];
        expect(items.length + unreadable.length, JSON.stringify(page)).to.equal(resources.length);
      }),
      { numRuns: 300 },
    );
  });
});
