/** Globex's own records: its field names, its words ("owner", "pending", "on"). */
export const API_KEY = 'globex-test-key';
export const TENANT = 'globex-east';

export interface Member {
  member_id: string;
  full_name: string;
  email_address: string;
  username: string;
  access_level: 'owner' | 'member';
  grants: string[];
  alerts: { billing: boolean; general: boolean; product: boolean; domain: boolean; support: boolean };
  language: string | null;
  state: 'pending' | 'enabled' | 'suspended';
  invite: { sent_at: string; expires_at: string } | null;
  last_seen_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface Entitlement {
  entitlement_id: string;
  order_no: string | null;
  sku: string;
  sku_name: string;
  tier: string | null;
  subscription: string | null;
  valid_from: string;
  valid_until: string | null;
  state: 'on' | 'off';
  manual: boolean;
  created_at: string;
  updated_at: string;
  revision: number;
}

const FIRST = ['Hank', 'Homer', 'Marge', 'Lisa', 'Lenny', 'Carl', 'Frank', 'Mindy', 'Patty', 'Selma'];
const LAST = ['Scorpio', 'Grimes', 'Bouvier', 'Leonard'];
const T0 = '2026-01-05T09:00:00Z';

export function seed() {
  const alerts = { billing: true, general: true, product: false, domain: false, support: true };
  // 28 members: two pages of 25; the first is the signed-in owner.
  const members: Member[] = Array.from({ length: 28 }, (_, i) => {
    const full = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 20 ? ` ${i}` : ''}`;
    const email = `${full.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@globex.example`;
    return {
      member_id: `gx-${i + 1}`,
      full_name: full,
      email_address: email,
      username: email.split('@')[0]!,
      access_level: i === 0 ? 'owner' : 'member',
      grants: i % 4 === 0 ? ['gx.billing'] : [],
      alerts,
      language: i % 5 === 0 ? 'de' : null,
      state: i % 7 === 6 ? 'suspended' : 'enabled',
      invite: null,
      last_seen_at: null,
      created_at: T0,
      updated_at: T0,
      revision: 1,
    };
  });
  const entitlements: Entitlement[] = [
    ['ent-1', 'GX-9001', 'gx-doomsday', 'Doomsday Device', 'gold', 'sub-7', 'on', false],
    ['ent-2', 'GX-9002', 'gx-hammock', 'Hammock District', null, 'sub-8', 'off', false],
    ['ent-3', null, 'gx-monorail', 'Monorail', null, null, 'on', true],
  ].map(([id, order, sku, name, tier, subscription, state, manual]) => ({
    entitlement_id: id as string,
    order_no: order as string | null,
    sku: sku as string,
    sku_name: name as string,
    tier: tier as string | null,
    subscription: subscription as string | null,
    valid_from: '2026-02-01T00:00:00Z',
    valid_until: null,
    state: state as 'on' | 'off',
    manual: manual as boolean,
    created_at: T0,
    updated_at: T0,
    revision: 1,
  }));
  return {
    tenant: {
      tenant_id: TENANT,
      display_name: 'Globex East',
      country_code: 'US',
      opened_at: T0,
      revision: 1,
    },
    members,
    entitlements,
    permissions: [
      {
        key: 'gx.billing',
        section: 'Money',
        title: 'See invoices',
        help_text: 'Invoices and payment methods.',
      },
      { key: 'gx.support', section: 'Help', title: 'Open tickets', help_text: 'Talk to Globex support.' },
    ],
    products: [
      { sku: 'gx-doomsday', title: 'Doomsday Device' },
      { sku: 'gx-hammock', title: 'Hammock District' },
      { sku: 'gx-monorail', title: 'Monorail' },
    ],
  };
}
