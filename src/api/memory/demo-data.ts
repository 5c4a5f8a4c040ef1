import type {
  AccessRight,
  Account,
  Notifications,
  Permission,
  ProductType,
  Role,
  User,
  UserStatus,
} from '../schemas/index.js';
import type { MemorySeed } from './store.js';

/**
 * Deterministic demo data for the memory client, Storybook and the reference server's seed.
 * Pure: no I/O, no clock (everything is relative to `now`), no Math.random (a seeded PRNG).
 */
export interface DemoData extends MemorySeed {
  /** Accounts to try the demo with; the password is set by the server, not here. */
  logins: { email: string; role: string; account: string }[];
}

export interface DemoDataOptions {
  /** Adds the customer Bulk GmbH with 10,000 users and 20,000 access rights. */
  bulk?: boolean;
  /** The instant every date is relative to. */
  now?: Date;
}

export const DEMO_BASE_DATE = new Date('2026-11-01T00:00:00Z');
export const BULK_ACCOUNT_ID = 'acc_bulk';

/**
 * The login the server derives from a user's name (seed 000): lower case, ASCII-folded,
 * words joined by dots ("Anna Schmidt" → `anna.schmidt`). Uniqueness suffixes are the caller's job.
 */
export function loginFromName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  return words.join('.') || 'user';
}

/** Returns `base`, or `base2`, `base3`… whichever `taken` does not hold yet, and records it. */
export function uniqueLogin(base: string, taken: Set<string>): string {
  let login = base;
  for (let n = 2; taken.has(login); n++) login = `${base}${n}`;
  taken.add(login);
  return login;
}

const DAY = 86_400_000;

/** mulberry32: tiny, fast, good enough for demo data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

export const DEMO_PRODUCT_TYPES: ProductType[] = [
  {
    id: 'pt_starter',
    name: 'Starter',
    description: 'Up to 10 users, standard reports.',
    trialAvailable: true,
    trialDays: 14,
    lockedOnceAssigned: false,
  },
  {
    id: 'pt_business',
    name: 'Business',
    description: 'Up to 250 users, call analytics and exports.',
    trialAvailable: true,
    trialDays: 30,
    lockedOnceAssigned: false,
  },
  {
    id: 'pt_enterprise',
    name: 'Enterprise (dedicated)',
    description: 'Dedicated instance; the licence level cannot be changed once assigned.',
    trialAvailable: false,
    trialDays: 0,
    lockedOnceAssigned: true,
  },
  {
    id: 'pt_legacy',
    name: 'Legacy bundle',
    description: 'Migrated from the previous platform; no trial.',
    trialAvailable: false,
    trialDays: 0,
    lockedOnceAssigned: false,
  },
];

/** The permission catalog of seed 002, grouped. */
export const DEMO_PERMISSIONS: Permission[] = [
  {
    id: 'billing.invoices',
    group: 'Billing',
    label: 'View and pay invoices',
    description: 'See pro-forma invoices and invoices, and pay them online.',
  },
  {
    id: 'billing.orders',
    group: 'Billing',
    label: 'New orders, extensions and cancellations',
    description: 'Order new services, extend or cancel existing ones.',
  },
  {
    id: 'account.login',
    group: 'Account',
    label: 'Simple login',
    description: 'Sign in to the customer portal and see the overview.',
  },
  {
    id: 'services.manage',
    group: 'Services',
    label: 'Hosting and other services',
    description: 'Manage hosting packages and other booked services.',
  },
  {
    id: 'domains.settings',
    group: 'Domains',
    label: 'Domain settings',
    description: 'Change DNS records, contacts and transfers of domains.',
  },
  {
    id: 'domains.view',
    group: 'Domains',
    label: 'View domains',
    description: 'See the registered domains and their expiry dates.',
  },
  {
    id: 'support.tickets',
    group: 'Support',
    label: 'Manage support tickets',
    description: 'Open, answer and close support tickets.',
  },
];

const ALL_PERMISSIONS = DEMO_PERMISSIONS.map((p) => p.id);
/** Typical permission sets: the bookkeeper and the web developer of seed 002, and a few more. */
const PERMISSION_PROFILES: string[][] = [
  ['account.login', 'billing.invoices'],
  ['account.login', 'domains.view', 'domains.settings', 'services.manage'],
  ['account.login', 'support.tickets'],
  ['account.login', 'domains.view'],
  ['account.login', 'billing.invoices', 'billing.orders'],
  [],
];

const NOTIFICATION_PROFILES: Notifications[] = [
  { billing: true, general: true, product: false, domain: false, support: false },
  { billing: false, general: true, product: true, domain: true, support: false },
  { billing: false, general: false, product: false, domain: false, support: true },
  { billing: true, general: true, product: true, domain: true, support: true },
  { billing: false, general: false, product: false, domain: false, support: false },
];

const FIRST_NAMES = [
  'Anna',
  'Jürgen',
  'Zoé',
  'Ágnes',
  'Lukas',
  'Sophie',
  'Márton',
  'Camille',
  'Felix',
  'Léa',
  'Dóra',
  'Jonas',
  'Émile',
  'Greta',
  'Bence',
  'Chloé',
  'Maximilian',
  'Hanna',
  'Réka',
  'Noah',
  'Inès',
  'Paul',
  'Eszter',
  'Mia',
];
const LAST_NAMES = [
  'Schmidt',
  'Müller',
  'Dubois',
  'Nagy',
  'Weber',
  'Lefèvre',
  'Kovács',
  'Becker',
  'Moreau',
  'Tóth',
  'Hoffmann',
  'Laurent',
  'Szabó',
  'Schäfer',
  'Garnier',
  'Horváth',
  'Koch',
  'Roux',
  'Varga',
  'Richter',
  'Fournier',
  'Kiss',
];
const LOCALES = [null, 'de', 'fr', 'hu', 'en', 'de-CH'] as const;
const STATUSES: UserStatus[] = ['active', 'active', 'active', 'invited', 'disabled'];

const PRODUCTS = [
  { id: 'prod_analytics', name: 'Call Analytics' },
  { id: 'prod_recording', name: 'Call Recording' },
  { id: 'prod_hosting', name: 'Web Hosting' },
  { id: 'prod_mail', name: 'Business Mail' },
  { id: 'prod_sim', name: 'IoT SIM Pool' },
  { id: 'prod_domains', name: 'Domain Registration' },
] as const;

class Builder {
  readonly accounts: Account[] = [];
  readonly users: User[] = [];
  readonly accessRights: AccessRight[] = [];
  readonly logins = new Set<string>();
  private readonly now: number;

  constructor(now: Date) {
    this.now = now.getTime();
  }

  iso(offsetDays: number): string {
    return new Date(this.now + offsetDays * DAY).toISOString();
  }

  account(a: Partial<Account> & Pick<Account, 'id' | 'parentId' | 'kind' | 'name' | 'country'>): Account {
    const account: Account = {
      productTypeId: null,
      reference: '',
      notes: '',
      trial: null,
      internal: false,
      status: 'active',
      createdAt: this.iso(-400),
      updatedAt: this.iso(-30),
      version: 1,
      ...a,
    };
    this.accounts.push(account);
    return account;
  }

  user(u: Partial<User> & Pick<User, 'id' | 'accountId' | 'name' | 'email' | 'role'>): User {
    const user: User = {
      login: uniqueLogin(loginFromName(u.name), this.logins),
      permissions: [],
      notifications: NOTIFICATION_PROFILES[0]!,
      locale: null,
      status: 'active',
      passwordLink: null,
      lastLoginAt: this.iso(-2),
      createdAt: this.iso(-300),
      updatedAt: this.iso(-20),
      version: 1,
      ...u,
    };
    this.users.push(user);
    return user;
  }

  /** Users with names and every combination of status, link, role, locale and permissions. */
  randomUsers(rng: Rng, accountId: string, domain: string, count: number, idPrefix: string): void {
    for (let i = 0; i < count; i++) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const name = `${first} ${last}`;
      const status = STATUSES[i % STATUSES.length]!;
      const role: Role = i % 4 === 0 ? 'admin' : 'user';
      // Invited users usually have a pending link; some active ones asked for a replacement link.
      const linkSentDay = -rng.int(10);
      const hasLink = status === 'invited' ? i % 3 !== 0 : status === 'active' && i % 7 === 1;
      const created = -(5 + rng.int(700));
      const id = `${idPrefix}${String(i + 1).padStart(3, '0')}`;
      const login = uniqueLogin(loginFromName(name), this.logins);
      this.user({
        id,
        accountId,
        name,
        login,
        email: `${login}@${domain}`,
        role,
        permissions: role === 'admin' ? ALL_PERMISSIONS : rng.pick(PERMISSION_PROFILES),
        notifications: rng.pick(NOTIFICATION_PROFILES),
        locale: LOCALES[i % LOCALES.length]!,
        status,
        passwordLink: hasLink
          ? { sentAt: this.iso(linkSentDay), expiresAt: this.iso(linkSentDay + 7) }
          : null,
        lastLoginAt: status === 'invited' ? null : this.iso(-rng.int(60)),
        createdAt: this.iso(created),
        updatedAt: this.iso(Math.min(-1, created + rng.int(100))),
        version: 1 + rng.int(4),
      });
    }
  }

  /**
   * Access rights as seed 003 lists them: each offer yields one right per product per tier.
   * Some carry a migrated product id, some are manual, some open-ended, some deactivated.
   */
  offers(rng: Rng, accountId: string, offerCount: number, prefix: string): void {
    for (let o = 0; o < offerCount; o++) {
      const offerId = `ord_${prefix}${String(1000 + o)}`;
      const tierCount = 1 + (o % 3 === 0 ? 1 : 0) + (o % 5 === 0 ? 1 : 0);
      const productCount = 1 + (o % 2) + (o % 7 === 0 ? 1 : 0);
      const products = [...PRODUCTS].sort(() => rng.next() - 0.5).slice(0, productCount);
      const start = -(30 + rng.int(900));
      const openEnded = rng.chance(0.4);
      const length = 90 + rng.int(700);
      const migrated = o % 6 === 4;
      const subscriptionId = `sub_${prefix}${String(500 + o)}`;
      for (let t = 0; t < tierCount; t++) {
        const tierId = tierCount > 1 ? `tier_${t + 1}` : null;
        for (const product of products) {
          const endsAt = openEnded ? null : start + length;
          const expired = endsAt !== null && endsAt < 0;
          this.right({
            id: `ar_${prefix}${String(this.accessRights.length + 1).padStart(5, '0')}`,
            accountId,
            offerId,
            productId: migrated ? `legacy-${product.id.slice(5)}-${1000 + o}` : product.id,
            platformProductId: product.id,
            productName: product.name,
            tierId,
            subscriptionId,
            startsAt: this.iso(start),
            endsAt: endsAt === null ? null : this.iso(endsAt),
            status: expired || rng.chance(0.1) ? 'deactivated' : 'active',
            createdAt: this.iso(start - 1),
            updatedAt: this.iso(Math.min(-1, start + 10)),
          });
        }
      }
    }
  }

  /** Manual rights: created by hand, no offer, sometimes for an external product id. */
  manualRights(rng: Rng, accountId: string, count: number, prefix: string): void {
    for (let i = 0; i < count; i++) {
      const product = rng.pick(PRODUCTS);
      const external = i % 3 === 2;
      const start = -rng.int(200);
      this.right({
        id: `ar_${prefix}m${String(i + 1).padStart(3, '0')}`,
        accountId,
        offerId: null,
        productId: external ? `ext-${product.id.slice(5)}-${100 + i}` : product.id,
        platformProductId: product.id,
        productName: product.name,
        tierId: null,
        subscriptionId: null,
        startsAt: this.iso(start),
        endsAt: i % 2 === 0 ? null : this.iso(start + 30 + rng.int(300)),
        status: i % 4 === 3 ? 'deactivated' : 'active',
        manual: true,
        createdAt: this.iso(start - 1),
        updatedAt: this.iso(start - 1),
      });
    }
  }

  private right(r: Omit<AccessRight, 'manual' | 'version'> & { manual?: boolean }): void {
    this.accessRights.push({ manual: false, version: 1, ...r });
  }
}

export function createDemoData(options: DemoDataOptions = {}): DemoData {
  const b = new Builder(options.now ?? DEMO_BASE_DATE);
  const rng = prng(20261101);

  b.account({
    id: 'acc_acme',
    parentId: null,
    kind: 'reseller',
    name: 'Acme Telecom',
    country: 'DE',
    reference: 'ACME-RS-01',
    notes: 'Reseller since 2023.',
    createdAt: b.iso(-900),
  });
  b.account({
    id: 'acc_northwind',
    parentId: 'acc_acme',
    kind: 'customer',
    name: 'Northwind Traders',
    productTypeId: 'pt_business',
    country: 'DE',
    reference: 'NW-4711',
    notes: 'Key account; invoices to the Hamburg office.',
  });
  b.account({
    id: 'acc_northwind_berlin',
    parentId: 'acc_northwind',
    kind: 'sub-account',
    name: 'Northwind Berlin',
    productTypeId: 'pt_starter',
    country: 'DE',
    trial: { endsAt: b.iso(9) },
    createdAt: b.iso(-5),
  });
  b.account({
    id: 'acc_contoso',
    parentId: 'acc_acme',
    kind: 'customer',
    name: 'Contoso Ltd',
    productTypeId: 'pt_enterprise',
    country: 'FR',
    notes: 'Dedicated instance in Paris.',
  });
  b.account({
    id: 'acc_acme_demo',
    parentId: 'acc_acme',
    kind: 'customer',
    name: 'Acme demo system',
    productTypeId: 'pt_business',
    country: 'DE',
    internal: true,
    notes: 'Internal demo system: not billed.',
  });
  b.account({
    id: 'acc_hu_kft',
    parentId: 'acc_acme',
    kind: 'customer',
    name: 'Duna Hosting Kft.',
    productTypeId: 'pt_legacy',
    country: 'HU',
    status: 'suspended',
  });

  b.user({
    id: 'usr_acme_admin',
    accountId: 'acc_acme',
    name: 'Rita Reseller',
    email: 'reseller@acme.example',
    role: 'admin',
    permissions: ALL_PERMISSIONS,
    notifications: NOTIFICATION_PROFILES[3]!,
    locale: 'en',
  });
  b.user({
    id: 'usr_nw_admin',
    accountId: 'acc_northwind',
    name: 'Nora Northwind',
    email: 'admin@northwind.example',
    role: 'admin',
    permissions: ALL_PERMISSIONS,
    notifications: NOTIFICATION_PROFILES[3]!,
    locale: 'de',
  });
  b.user({
    id: 'usr_nw_user',
    accountId: 'acc_northwind',
    name: 'Uwe Nutzer',
    email: 'user@northwind.example',
    role: 'user',
    permissions: ['account.login', 'billing.invoices'],
    locale: 'de',
  });
  b.user({
    id: 'usr_contoso_admin',
    accountId: 'acc_contoso',
    name: 'Claire Contoso',
    email: 'admin@contoso.example',
    role: 'admin',
    permissions: ALL_PERMISSIONS,
    locale: 'fr',
  });
  b.user({
    id: 'usr_berlin_admin',
    accountId: 'acc_northwind_berlin',
    name: 'Bernd Berlin',
    email: 'berlin@northwind.example',
    role: 'admin',
    status: 'invited',
    permissions: ALL_PERMISSIONS,
    passwordLink: { sentAt: b.iso(-5), expiresAt: b.iso(2) },
    lastLoginAt: null,
  });
  b.randomUsers(rng, 'acc_acme', 'acme.example', 4, 'usr_acme_');
  b.randomUsers(rng, 'acc_northwind', 'northwind.example', 16, 'usr_nw_');
  b.randomUsers(rng, 'acc_northwind_berlin', 'northwind.example', 6, 'usr_nwb_');
  b.randomUsers(rng, 'acc_contoso', 'contoso.example', 12, 'usr_ct_');
  b.randomUsers(rng, 'acc_acme_demo', 'demo.acme.example', 3, 'usr_demo_');
  b.randomUsers(rng, 'acc_hu_kft', 'duna.example', 3, 'usr_hu_');

  b.offers(rng, 'acc_northwind', 30, 'nw');
  b.manualRights(rng, 'acc_northwind', 8, 'nw');
  b.offers(rng, 'acc_northwind_berlin', 8, 'nwb');
  b.manualRights(rng, 'acc_northwind_berlin', 3, 'nwb');
  b.offers(rng, 'acc_contoso', 25, 'ct');
  b.manualRights(rng, 'acc_contoso', 5, 'ct');
  b.offers(rng, 'acc_acme_demo', 6, 'demo');
  b.offers(rng, 'acc_hu_kft', 4, 'hu');

  if (options.bulk) addBulk(b);

  return {
    accounts: b.accounts,
    users: b.users,
    accessRights: b.accessRights,
    productTypes: DEMO_PRODUCT_TYPES.map((p) => ({ ...p })),
    permissions: DEMO_PERMISSIONS.map((p) => ({ ...p })),
    help: [
      {
        accountId: 'acc_acme',
        ownerAccountId: 'acc_acme',
        displayName: 'Acme Telecom Support',
        logoUrl: null,
        mode: 'popup',
        helpUrl: 'https://help.acme.example/',
        email: 'support@acme.example',
        phone: '+49 30 1234567',
        hours: 'Mon–Fri 8:00–18:00 CET',
        message: 'Questions about your services? Our team is happy to help.',
        accentColor: '#c2410c',
        version: 1,
      },
    ],
    logins: [
      { email: 'reseller@acme.example', role: 'Reseller administrator', account: 'Acme Telecom' },
      { email: 'admin@northwind.example', role: 'Customer administrator', account: 'Northwind Traders' },
      { email: 'user@northwind.example', role: 'Normal user', account: 'Northwind Traders' },
    ],
  };
}

/** Bulk GmbH: 10,000 users and 20,000 access rights, built with plain loops (no per-row randomness cost). */
function addBulk(b: Builder): void {
  b.account({
    id: BULK_ACCOUNT_ID,
    parentId: 'acc_acme',
    kind: 'customer',
    name: 'Bulk GmbH',
    productTypeId: 'pt_business',
    country: 'DE',
    notes: 'Large customer for load and list performance checks.',
  });
  const created = b.iso(-200);
  const updated = b.iso(-10);
  const lastLogin = b.iso(-1);
  for (let i = 0; i < 10_000; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`;
    const n = String(i + 1).padStart(5, '0');
    const status = STATUSES[i % STATUSES.length]!;
    b.user({
      id: `usr_bulk_${n}`,
      accountId: BULK_ACCOUNT_ID,
      name,
      email: `${loginFromName(name)}.${n}@bulk.example`,
      role: i % 20 === 0 ? 'admin' : 'user',
      permissions: PERMISSION_PROFILES[i % PERMISSION_PROFILES.length]!,
      notifications: NOTIFICATION_PROFILES[i % NOTIFICATION_PROFILES.length]!,
      locale: LOCALES[i % LOCALES.length]!,
      status,
      lastLoginAt: status === 'invited' ? null : lastLogin,
      createdAt: created,
      updatedAt: updated,
    });
  }
  for (let i = 0; i < 20_000; i++) {
    const product = PRODUCTS[i % PRODUCTS.length]!;
    const offer = Math.floor(i / 4);
    const open = i % 3 === 0;
    b.accessRights.push({
      id: `ar_bulk_${String(i + 1).padStart(5, '0')}`,
      accountId: BULK_ACCOUNT_ID,
      offerId: `ord_bulk${offer}`,
      productId: i % 10 === 9 ? `legacy-${product.id.slice(5)}-${i}` : product.id,
      platformProductId: product.id,
      productName: product.name,
      tierId: `tier_${(i % 2) + 1}`,
      subscriptionId: `sub_bulk${offer}`,
      startsAt: created,
      endsAt: open ? null : b.iso(100 + (i % 300)),
      status: i % 11 === 0 ? 'deactivated' : 'active',
      manual: false,
      createdAt: created,
      updatedAt: updated,
      version: 1,
    });
  }
}
