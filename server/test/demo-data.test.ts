import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { createDemoData, loginFromName } from '../../src/api/memory/demo-data.js';
import {
  AccessRight,
  Account,
  HelpSettings,
  Permission,
  ProductType,
  User,
} from '../../src/api/schemas/index.js';

const valid = (schema: z.ZodMiniType, items: unknown[]) =>
  items.every((item) => z.safeParse(schema, item).success);

describe('demo data', () => {
  const data = createDemoData();

  it('passes the contract schemas', () => {
    assert.ok(valid(Account, data.accounts), 'accounts match the Account schema');
    assert.ok(valid(User, data.users), 'users match the User schema');
    assert.ok(valid(AccessRight, data.accessRights), 'access rights match the AccessRight schema');
    assert.ok(valid(ProductType, data.productTypes), 'product types match the ProductType schema');
    assert.ok(valid(Permission, data.permissions), 'permissions match the Permission schema');
    assert.ok(valid(HelpSettings, data.help), 'help settings match the HelpSettings schema');
  });

  it('is deterministic and relative to `now`', () => {
    assert.deepEqual(createDemoData(), data);
    const later = createDemoData({ now: new Date('2027-01-01T00:00:00Z') });
    assert.notEqual(later.users[0]!.createdAt, data.users[0]!.createdAt);
  });

  it('covers the cases the elements must show', () => {
    assert.ok(data.users.length >= 40, 'at least 40 users');
    for (const status of ['invited', 'active', 'disabled'])
      assert.ok(
        data.users.some((u) => u.status === status),
        status,
      );
    assert.ok(
      data.users.some((u) => u.passwordLink) && data.users.some((u) => !u.passwordLink),
      'users with and without a password link',
    );
    for (const locale of ['de', 'fr', 'hu'])
      assert.ok(
        data.users.some((u) => u.locale === locale),
        locale,
      );
    assert.ok(data.accessRights.length >= 200, 'at least 200 access rights');
    assert.ok(
      data.accessRights.some((r) => r.manual) && data.accessRights.some((r) => !r.manual),
      'manual and generated access rights',
    );
    assert.ok(
      data.accessRights.some((r) => r.productId !== r.platformProductId),
      'a legacy right whose product id differs from the platform one',
    );
    assert.ok(
      data.accessRights.some((r) => r.endsAt === null),
      'a right without an end date',
    );
    assert.ok(
      data.accounts.some((a) => a.internal),
      'an internal account',
    );
    assert.ok(
      data.productTypes.some((p) => p.lockedOnceAssigned),
      'a product type locked once assigned',
    );
    // An offer with two tiers and two products yields four rights (seed 003).
    const byOffer = new Map<string, typeof data.accessRights>();
    for (const right of data.accessRights)
      if (right.offerId) byOffer.set(right.offerId, [...(byOffer.get(right.offerId) ?? []), right]);
    assert.ok(
      [...byOffer.values()].some(
        (rights) => new Set(rights.map((r) => r.tierId)).size >= 2 && rights.length >= 4,
      ),
      'an offer with at least 4 rights over 2 or more tiers',
    );
    const emails = data.users.map((u) => u.email.toLowerCase());
    assert.equal(new Set(emails).size, emails.length);
  });

  it('adds Bulk GmbH quickly when asked', () => {
    const started = performance.now();
    const bulk = createDemoData({ bulk: true });
    assert.ok(performance.now() - started < 2000, 'generated in under 2 s');
    assert.equal(bulk.users.filter((u) => u.accountId === 'acc_bulk').length, 10_000);
    assert.equal(bulk.accessRights.filter((r) => r.accountId === 'acc_bulk').length, 20_000);
    assert.equal(new Set(bulk.users.map((u) => u.login)).size, bulk.users.length);
  });

  it('derives logins from names, ASCII-folded', () => {
    assert.equal(loginFromName('Anna Schmidt'), 'anna.schmidt');
    assert.equal(loginFromName('Jürgen Groß-Kovács'), 'jurgen.gross.kovacs');
    assert.equal(loginFromName('  Łukasz  Øster '), 'lukasz.oster');
  });
});
