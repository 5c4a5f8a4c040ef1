import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Db } from './db.js';
import { insertMany } from './insert-many.js';

/** The password of every demo user who has one; printed at start, never part of the demo data. */
export const DEMO_PASSWORD = 'tenantkit-demo';

/** Seeds the demo data when the database holds no account yet; returns whether it did. */
export async function seedIfEmpty(db: Db, options: { bulk: boolean; now?: Date }): Promise<boolean> {
  const [{ count }] = (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM accounts')) as [
    { count: number },
  ];
  if (count > 0) return false;
  await seed(db, createDemoData(options));
  // Fresh statistics, so the planner knows Bulk GmbH is big and picks the search indexes, and a
  // visibility map, so that counts read indexes only (PGlite never vacuums by itself).
  await db.exec('VACUUM (ANALYZE)');
  return true;
}

async function seed(db: Db, data: DemoData): Promise<void> {
  // One scrypt call for everyone: 10,000 hashes would take minutes.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await insertMany(
      tx,
      'product_types',
      [
        ...cols('id position name description trial_available trial_days locked_once_assigned'),
        { name: 'fields', cast: 'jsonb' },
      ],
      data.productTypes.map((p, i) => [
        p.id,
        i,
        p.name,
        p.description,
        p.trialAvailable,
        p.trialDays,
        p.lockedOnceAssigned,
        JSON.stringify(p.fields),
      ]),
    );
    await insertMany(
      tx,
      'permissions',
      [
        ...cols('id position'),
        ...['group_name', 'label', 'description'].map((name) => ({ name, cast: 'jsonb' })),
      ],
      data.permissions.map((p, i) => [
        p.id,
        i,
        JSON.stringify(p.group),
        JSON.stringify(p.label),
        JSON.stringify(p.description),
      ]),
    );
    const products = new Map(data.accessRights.map((r) => [r.platformProductId, r.productName]));
    for (const p of data.products ?? []) products.set(p.id, p.name);
    await insertMany(tx, 'products', cols('id name'), [...products]);
    // Parents come before their children in the demo data, as the foreign key needs.
    await insertMany(
      tx,
      'accounts',
      [
        ...cols(
          'id parent_id kind name product_type_id reference country notes trial_ends_at internal status created_at updated_at version',
        ),
        { name: 'settings', cast: 'jsonb' },
      ],
      data.accounts.map((a) => [
        a.id,
        a.parentId,
        a.kind,
        a.name,
        a.productTypeId,
        a.reference,
        a.country,
        a.notes,
        a.trial?.endsAt ?? null,
        a.internal,
        a.status,
        a.createdAt,
        a.updatedAt,
        a.version,
        JSON.stringify(a.settings),
      ]),
    );
    await insertMany(
      tx,
      'users',
      [
        ...cols('id account_id name email login role'),
        { name: 'permissions', cast: 'jsonb' },
        { name: 'notifications', cast: 'jsonb' },
        ...cols(
          'locale status password_hash password_link_hash password_link_sent_at password_link_expires_at last_login_at created_at updated_at version',
        ),
      ],
      data.users.map((u) => [
        u.id,
        u.accountId,
        u.name,
        u.email,
        u.login,
        u.role,
        JSON.stringify(u.permissions),
        JSON.stringify(u.notifications),
        u.locale,
        u.status,
        u.status === 'invited' ? null : passwordHash,
        // Pending demo links exist but nobody knows their token.
        u.passwordLink ? hashToken(newToken()) : null,
        u.passwordLink?.sentAt ?? null,
        u.passwordLink?.expiresAt ?? null,
        u.lastLoginAt,
        u.createdAt,
        u.updatedAt,
        u.version,
      ]),
    );
    await insertMany(
      tx,
      'access_rights',
      cols(
        'id account_id offer_id product_id platform_product_id product_name tier_id subscription_id starts_at ends_at status manual created_at updated_at version',
      ),
      data.accessRights.map((r) => [
        r.id,
        r.accountId,
        r.offerId,
        r.productId,
        r.platformProductId,
        r.productName,
        r.tierId,
        r.subscriptionId,
        r.startsAt,
        r.endsAt,
        r.status,
        r.manual,
        r.createdAt,
        r.updatedAt,
        r.version,
      ]),
    );
    await insertMany(
      tx,
      'resources',
      cols(
        'id account_id kind identifier label status usage_used usage_unit usage_period cap_limit cap_alert created_at updated_at version',
      ),
      (data.resources ?? []).map((r) => [
        r.id,
        r.accountId,
        r.kind,
        r.identifier,
        r.label,
        r.status,
        r.usage?.used ?? null,
        r.usage?.unit ?? null,
        r.usage?.period ?? null,
        r.cap?.limit ?? null,
        r.cap?.alert ?? null,
        r.createdAt,
        r.updatedAt,
        r.version,
      ]),
    );
    await insertMany(
      tx,
      'help_settings',
      [
        ...cols('account_id display_name logo_url mode help_url email phone'),
        ...['hours', 'message'].map((name) => ({ name, cast: 'jsonb' })),
        ...cols('accent_color version'),
      ],
      data.help.map((h) => [
        h.accountId,
        h.displayName,
        h.logoUrl,
        h.mode,
        h.helpUrl,
        h.email,
        h.phone,
        h.hours === null ? null : JSON.stringify(h.hours),
        h.message === null ? null : JSON.stringify(h.message),
        h.accentColor,
        h.version,
      ]),
    );
  });
}

const cols = (names: string) => names.split(' ').map((name) => ({ name }));
