import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import type { ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createRestClient } from '../../src/api/rest.js';
import {
  AccessRightPage,
  Account,
  HelpSettings,
  Me,
  PasswordLink,
  ProductType,
  User,
  UserPage,
} from '../../src/api/schemas/index.js';

const demo = createDemoData();
const user = demo.users[0]!;
const account = demo.accounts[0]!;
const help = (({ accountId: _, ...settings }) => settings)(demo.help[0]!);

/** An operation, the schema its result must satisfy, and a body the server could validly answer with. */
interface Operation {
  call: (client: ProvisioningClient) => Promise<unknown>;
  result: z.ZodMiniType;
  valid: unknown;
}

const operations: Record<string, Operation> = {
  me: {
    call: (c) => c.me(),
    result: Me,
    valid: { user, account, role: 'admin', permissions: [], actingFor: account },
  },
  getUser: { call: (c) => c.getUser('u1'), result: User, valid: user },
  updateUser: { call: (c) => c.updateUser(user, { name: 'X' }), result: User, valid: user },
  listUsers: {
    call: (c) => c.listUsers('a1', { q: 'x' }),
    result: UserPage,
    valid: { items: [user], total: 1 },
  },
  deleteUser: { call: (c) => c.deleteUser(user), result: z.undefined(), valid: undefined },
  createChildAccount: {
    call: (c) =>
      c.createChildAccount('a1', {
        name: 'N',
        productTypeId: 'pt',
        country: 'DE',
        primaryAdmin: { name: 'A', email: 'a@example.com' },
      }),
    result: Account,
    valid: account,
  },
  listProductTypes: {
    call: (c) => c.listProductTypes(),
    result: z.array(ProductType),
    valid: { items: demo.productTypes },
  },
  listAccessRights: {
    call: (c) => c.listAccessRights('a1', { manual: true }),
    result: AccessRightPage,
    valid: { items: demo.accessRights.slice(0, 3), total: 3 },
  },
  sendPasswordLink: {
    call: (c) => c.sendPasswordLink('u1'),
    result: PasswordLink,
    valid: { sentAt: '2026-01-01T00:00:00Z', expiresAt: '2026-01-08T00:00:00Z' },
  },
  putHelpSettings: { call: (c) => c.putHelpSettings('a1', help), result: HelpSettings, valid: help },
};

/** Arbitrary JSON, the valid body, or the valid body with one field replaced by arbitrary JSON. */
const bodyFor = (valid: unknown) =>
  fc.oneof(
    fc.jsonValue(),
    fc.constant(valid),
    typeof valid === 'object' && valid !== null
      ? fc
          .tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue())
          .map(([key, value]) => ({ ...valid, [key]: value }))
      : fc.jsonValue(),
  );

const NULL_BODY_STATUSES = [204, 205, 304];

describe('createRestClient with arbitrary responses', () => {
  it('rejects with nothing but a ProvisioningError and resolves only with schema-valid results', async () => {
    const scenario = fc.constantFrom(...Object.keys(operations)).chain((name) =>
      fc.record({
        name: fc.constant(name),
        body: bodyFor(operations[name]!.valid),
        // Any status, with successes weighted up so that the parsing of 2xx bodies gets exercised.
        status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constantFrom(200, 201)),
        contentType: fc.constantFrom('application/json', 'application/problem+json', 'text/plain'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ name, body, status, contentType }) => {
        const text = body === undefined ? '' : JSON.stringify(body);
        // A 1xx status makes the Response constructor throw: a transport failing in an odd way.
        const fetch = (async () =>
          new Response(NULL_BODY_STATUSES.includes(status) ? null : text, {
            status,
            headers: { 'Content-Type': contentType },
          })) as typeof globalThis.fetch;
        const client = createRestClient({
          baseUrl: 'https://api.example',
          fetch,
          getToken: () => 'token',
          retry: { limit: 1, delay: () => 0 },
        });
        const operation = operations[name]!;
        let result: unknown;
        try {
          result = await operation.call(client);
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(ProvisioningError);
          return;
        }
        expect(
          operation.result.safeParse(result).success,
          `${name} resolved with ${JSON.stringify(result)}`,
        ).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });
});
