import type {
  AccessRight,
  Account,
  Notifications,
  Permission,
  ProductField,
  ProductType,
  Role,
  User,
  UserStatus,
} from '../schemas/index.js';
import { demoResources } from './demo-resources.js';
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
  /** Adds the customer Bulk GmbH with 10,000 users, 20,000 access rights and 50,000 SIM cards. */
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

/**
 * Seed 004 step 3: the connection to the customer's phone system. It can be created disabled, and may
 * provision the phone system's sub-accounts automatically. Labels in every shipped language.
 */
const PHONE_SYSTEM_FIELDS: ProductField[] = [
  {
    id: 'pbxHost',
    label: {
      en: 'Phone system host',
      de: 'Host der Telefonanlage',
      fr: 'Hôte du PBX',
      hu: 'Telefonközpont címe',
    },
    type: 'text',
    required: true,
    pattern: '[A-Za-z0-9.-]+',
    help: {
      en: 'Host name or IP address, e.g. pbx.example.com.',
      de: 'Hostname oder IP-Adresse, z. B. pbx.example.com.',
      fr: "Nom d'hôte ou adresse IP, p. ex. pbx.example.com.",
      hu: 'Gépnév vagy IP-cím, pl. pbx.example.com.',
    },
  },
  {
    id: 'pbxPort',
    label: { en: 'Port', de: 'Port', fr: 'Port', hu: 'Port' },
    type: 'number',
    required: true,
    min: 1,
    max: 65535,
    default: 5060,
  },
  {
    id: 'pbxModel',
    label: {
      en: 'Phone system model',
      de: 'Modell der Telefonanlage',
      fr: 'Modèle de PBX',
      hu: 'Telefonközpont típusa',
    },
    type: 'select',
    options: [
      {
        value: 'generic',
        label: { en: 'Generic SIP', de: 'Allgemeines SIP', fr: 'SIP générique', hu: 'Általános SIP' },
      },
      { value: 'asterisk', label: 'Asterisk' },
      { value: '3cx', label: '3CX' },
    ],
    default: 'generic',
  },
  {
    id: 'pbxEnabled',
    label: {
      en: 'Connection enabled',
      de: 'Verbindung aktiv',
      fr: 'Connexion activée',
      hu: 'Kapcsolat engedélyezve',
    },
    type: 'boolean',
    default: false,
    help: {
      en: 'Leave it off to create the connection disabled: no users are imported until you enable it.',
      de: 'Ausgeschaltet wird die Verbindung deaktiviert angelegt: Bis zur Aktivierung werden keine Benutzer importiert.',
      fr: "Désactivée, la connexion est créée sans importer d'utilisateurs jusqu'à son activation.",
      hu: 'Kikapcsolva a kapcsolat letiltva jön létre: bekapcsolásig nem importál felhasználókat.',
    },
  },
  {
    id: 'autoProvision',
    label: {
      en: 'Provision sub-accounts automatically',
      de: 'Unterkonten automatisch bereitstellen',
      fr: 'Provisionner automatiquement les sous-comptes',
      hu: 'Alfiókok automatikus létrehozása',
    },
    type: 'boolean',
    default: false,
    help: {
      en: 'Monitors calls on every sub-account of the phone system. Decide when the connection is created.',
      de: 'Überwacht Anrufe auf allen Unterkonten der Telefonanlage. Beim Anlegen der Verbindung festlegen.',
      fr: 'Surveille les appels de tous les sous-comptes du PBX. À choisir à la création de la connexion.',
      hu: 'A telefonközpont minden alfiókjának hívásait figyeli. A kapcsolat létrehozásakor kell eldönteni.',
    },
  },
  {
    id: 'adminUrl',
    label: {
      en: 'Admin page of the phone system',
      de: 'Verwaltungsseite der Telefonanlage',
      fr: "Page d'administration du PBX",
      hu: 'A telefonközpont kezelőoldala',
    },
    type: 'url',
  },
];

export const DEMO_PRODUCT_TYPES: ProductType[] = [
  {
    id: 'pt_starter',
    name: 'Starter',
    description: 'Up to 10 users, standard reports.',
    trialAvailable: true,
    trialDays: 14,
    lockedOnceAssigned: false,
    fields: [],
  },
  {
    id: 'pt_business',
    name: 'Business',
    description: 'Up to 250 users, call analytics and exports.',
    trialAvailable: true,
    trialDays: 30,
    lockedOnceAssigned: false,
    fields: [],
  },
  {
    id: 'pt_enterprise',
    name: 'Enterprise (dedicated)',
    description: 'Dedicated instance; the licence level cannot be changed once assigned.',
    trialAvailable: false,
    trialDays: 0,
    lockedOnceAssigned: true,
    fields: [],
  },
  {
    id: 'pt_legacy',
    name: 'Legacy bundle',
    description: 'Migrated from the previous platform; no trial.',
    trialAvailable: false,
    trialDays: 0,
    lockedOnceAssigned: false,
    fields: [],
  },
  {
    id: 'pt_voice',
    name: 'Contact Center (phone system)',
    description: "Call analytics on the customer's own phone system (PBX): needs its connection details.",
    trialAvailable: true,
    trialDays: 30,
    lockedOnceAssigned: false,
    fields: PHONE_SYSTEM_FIELDS,
  },
];

/**
 * The permission catalog of seed 002, grouped, in the reseller's four languages (reseller-written
 * text is data: `LocalizedText`, shown with `Localizer.pick()`).
 */
export const DEMO_PERMISSIONS: Permission[] = [
  {
    id: 'billing.invoices',
    group: { en: 'Billing', de: 'Abrechnung', fr: 'Facturation', hu: 'Számlázás' },
    label: {
      en: 'View and pay invoices',
      de: 'Rechnungen ansehen und bezahlen',
      fr: 'Consulter et payer les factures',
      hu: 'Számlák megtekintése és fizetése',
    },
    description: {
      en: 'See pro-forma invoices and invoices, and pay them online.',
      de: 'Proforma-Rechnungen und Rechnungen sehen und online bezahlen.',
      fr: 'Voir les factures pro forma et les factures, et les payer en ligne.',
      hu: 'Díjbekérők és számlák megtekintése és online fizetése.',
    },
  },
  {
    id: 'billing.orders',
    group: { en: 'Billing', de: 'Abrechnung', fr: 'Facturation', hu: 'Számlázás' },
    label: {
      en: 'New orders, extensions and cancellations',
      de: 'Neue Bestellungen, Verlängerungen und Kündigungen',
      fr: 'Nouvelles commandes, prolongations et résiliations',
      hu: 'Új megrendelések, hosszabbítások és lemondások',
    },
    description: {
      en: 'Order new services, extend or cancel existing ones.',
      de: 'Neue Dienste bestellen, bestehende verlängern oder kündigen.',
      fr: 'Commander de nouveaux services, prolonger ou résilier les services existants.',
      hu: 'Új szolgáltatások megrendelése, meglévők meghosszabbítása vagy lemondása.',
    },
  },
  {
    id: 'account.login',
    group: { en: 'Account', de: 'Konto', fr: 'Compte', hu: 'Fiók' },
    label: {
      en: 'Simple login',
      de: 'Einfache Anmeldung',
      fr: 'Connexion simple',
      hu: 'Egyszerű bejelentkezés',
    },
    description: {
      en: 'Sign in to the customer portal and see the overview.',
      de: 'Im Kundenportal anmelden und die Übersicht sehen.',
      fr: 'Se connecter à l’espace client et voir la vue d’ensemble.',
      hu: 'Bejelentkezés az ügyfélportálra és az áttekintés megtekintése.',
    },
  },
  {
    id: 'services.manage',
    group: { en: 'Services', de: 'Dienste', fr: 'Services', hu: 'Szolgáltatások' },
    label: {
      en: 'Hosting and other services',
      de: 'Hosting und weitere Dienste',
      fr: 'Hébergement et autres services',
      hu: 'Tárhely és egyéb szolgáltatások',
    },
    description: {
      en: 'Manage hosting packages and other booked services.',
      de: 'Hosting-Pakete und weitere gebuchte Dienste verwalten.',
      fr: 'Gérer les offres d’hébergement et les autres services souscrits.',
      hu: 'Tárhelycsomagok és egyéb megrendelt szolgáltatások kezelése.',
    },
  },
  {
    id: 'domains.settings',
    group: { en: 'Domains', de: 'Domains', fr: 'Domaines', hu: 'Domainek' },
    label: {
      en: 'Domain settings',
      de: 'Domain-Einstellungen',
      fr: 'Paramètres des domaines',
      hu: 'Domainbeállítások',
    },
    description: {
      en: 'Change DNS records, contacts and transfers of domains.',
      de: 'DNS-Einträge, Kontakte und Transfers von Domains ändern.',
      fr: 'Modifier les enregistrements DNS, les contacts et les transferts des domaines.',
      hu: 'Domainek DNS-rekordjainak, kapcsolattartóinak és átviteleinek módosítása.',
    },
  },
  {
    id: 'domains.view',
    group: { en: 'Domains', de: 'Domains', fr: 'Domaines', hu: 'Domainek' },
    label: {
      en: 'View domains',
      de: 'Domains ansehen',
      fr: 'Voir les domaines',
      hu: 'Domainek megtekintése',
    },
    description: {
      en: 'See the registered domains and their expiry dates.',
      de: 'Die registrierten Domains und ihr Ablaufdatum sehen.',
      fr: 'Voir les domaines enregistrés et leurs dates d’expiration.',
      hu: 'A regisztrált domainek és lejárati dátumaik megtekintése.',
    },
  },
  {
    id: 'support.tickets',
    group: { en: 'Support', de: 'Support', fr: 'Assistance', hu: 'Ügyfélszolgálat' },
    label: {
      en: 'Manage support tickets',
      de: 'Support-Tickets verwalten',
      fr: 'Gérer les tickets d’assistance',
      hu: 'Hibajegyek kezelése',
    },
    description: {
      en: 'Open, answer and close support tickets.',
      de: 'Support-Tickets eröffnen, beantworten und schließen.',
      fr: 'Ouvrir, répondre à et clôturer les tickets d’assistance.',
      hu: 'Hibajegyek nyitása, megválaszolása és lezárása.',
    },
  },
];

/** The permission that lets a user sign in at all (seed 002's "simple login"); the server enforces it. */
export const LOGIN_PERMISSION = 'account.login';

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

/** The platform products (seed 003) that `GET /products` lists. */
export const PRODUCTS = [
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
      settings: {},
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
    id: 'acc_northwind_calls',
    parentId: 'acc_northwind',
    kind: 'sub-account',
    name: 'Northwind Call Center',
    productTypeId: 'pt_voice',
    country: 'AT',
    reference: 'NW-CC-1',
    settings: {
      pbxHost: 'pbx.northwind.example',
      pbxPort: 5061,
      pbxModel: 'asterisk',
      pbxEnabled: true,
      autoProvision: false,
    },
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
  // After every random draw above, so the other accounts' data stays as it was.
  addGlobex(b);

  if (options.bulk) {
    addBulk(b);
    addScaleReseller(b);
  }

  return {
    accounts: b.accounts,
    users: b.users,
    accessRights: b.accessRights,
    productTypes: DEMO_PRODUCT_TYPES.map((p) => ({ ...p })),
    permissions: structuredClone(DEMO_PERMISSIONS),
    products: PRODUCTS.map((p) => ({ ...p })),
    resources: demoResources((days) => b.iso(days), options.bulk ? BULK_ACCOUNT_ID : undefined),
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
        hours: {
          en: 'Mon–Fri 8:00–18:00 CET',
          de: 'Mo–Fr 8:00–18:00 Uhr MEZ',
          fr: 'Lun–ven 8 h 00–18 h 00 CET',
          hu: 'H–P 8:00–18:00 CET',
        },
        message: {
          en: 'Questions about your services? Our team is happy to help.\nStatus of all services: https://status.acme.example',
          de: 'Fragen zu Ihren Diensten? Unser Team hilft Ihnen gern.\nStatus aller Dienste: https://status.acme.example',
          fr: 'Des questions sur vos services ? Notre équipe se fera un plaisir de vous aider.\nÉtat de tous les services : https://status.acme.example',
          hu: 'Kérdése van a szolgáltatásaival kapcsolatban? Csapatunk szívesen segít.\nMinden szolgáltatás állapota: https://status.acme.example',
        },
        accentColor: '#c2410c',
        version: 1,
      },
      GLOBEX_HELP,
    ],
    logins: [
      { email: 'reseller@acme.example', role: 'Reseller administrator', account: 'Acme Telecom' },
      { email: 'admin@northwind.example', role: 'Customer administrator', account: 'Northwind Traders' },
      { email: 'user@northwind.example', role: 'Normal user', account: 'Northwind Traders' },
      { email: 'reseller@globex.example', role: 'Reseller administrator', account: 'Globex Networks' },
      { email: 'admin@vandelay.example', role: 'Customer administrator', account: 'Vandelay Industries' },
    ],
  };
}

export const GLOBEX_RESELLER_ID = 'acc_globex_networks';

/**
 * Globex Networks: a second reseller with its own brand and its own help (no logo, teal, English
 * and German), and one customer, Vandelay Industries, whose admin gets Globex's help, not Acme's.
 */
function addGlobex(b: Builder): void {
  b.account({
    id: GLOBEX_RESELLER_ID,
    parentId: null,
    kind: 'reseller',
    name: 'Globex Networks',
    country: 'AT',
    reference: 'GLOBEX-RS',
    createdAt: b.iso(-400),
  });
  b.account({
    id: 'acc_vandelay',
    parentId: GLOBEX_RESELLER_ID,
    kind: 'customer',
    name: 'Vandelay Industries',
    productTypeId: 'pt_business',
    country: 'AT',
    reference: 'VDL-001',
  });
  b.user({
    id: 'usr_gxn_admin',
    accountId: GLOBEX_RESELLER_ID,
    name: 'Greta Globex',
    email: 'reseller@globex.example',
    role: 'admin',
    permissions: ALL_PERMISSIONS,
    locale: 'de',
  });
  b.user({
    id: 'usr_vandelay_admin',
    accountId: 'acc_vandelay',
    name: 'Viktor Vandelay',
    email: 'admin@vandelay.example',
    role: 'admin',
    permissions: ALL_PERMISSIONS,
    locale: 'en',
  });
}

const GLOBEX_HELP: MemorySeed['help'][number] = {
  accountId: GLOBEX_RESELLER_ID,
  ownerAccountId: GLOBEX_RESELLER_ID,
  displayName: 'Globex Networks Service Desk',
  logoUrl: null,
  mode: 'popup',
  helpUrl: 'https://support.globex.example/',
  email: 'servicedesk@globex.example',
  phone: '+43 1 2345678',
  hours: { en: 'Mon–Sat 7:00–20:00 CET', de: 'Mo–Sa 7:00–20:00 Uhr MEZ' },
  message: {
    en: 'Your Globex service desk: we answer e-mails within four hours.',
    de: 'Ihr Globex-Service-Desk: Wir beantworten E-Mails innerhalb von vier Stunden.',
  },
  accentColor: '#0f766e',
  version: 1,
};

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

export const SCALE_RESELLER_ID = 'acc_scale';
const COMPANY_WORDS = [
  'Alpen',
  'Baltic',
  'Cedar',
  'Delta',
  'Elbe',
  'Fjord',
  'Granite',
  'Harbor',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nordic',
  'Orchid',
  'Pioneer',
  'Quartz',
  'Rhine',
  'Summit',
  'Tisza',
  'Umber',
  'Vertex',
  'Willow',
  'Zenith',
];
const COMPANY_KINDS = [
  'Logistics',
  'Dental',
  'Bakery',
  'Consulting',
  'Media',
  'Energy',
  'Travel',
  'Robotics',
  'Textiles',
  'Foods',
];
const COMPANY_FORMS = ['GmbH', 'AG', 'SARL', 'Kft.', 'Ltd', 'SAS', 'KG', 'Zrt.'];
const SITES = [
  'Berlin',
  'Paris',
  'Budapest',
  'Vienna',
  'Lyon',
  'Hamburg',
  'Debrecen',
  'Zurich',
  'Munich',
  'Lille',
];
const SCALE_COUNTRIES = ['DE', 'FR', 'HU', 'AT', 'CH', 'BE'];

/**
 * Scale Telecom: a reseller with 2,000 customers and 5,000 sub-accounts, for the sub-account list's
 * search and paging at scale. Plain loops and no randomness, so it is built in milliseconds.
 */
function addScaleReseller(b: Builder): void {
  const created = b.iso(-500);
  const updated = b.iso(-15);
  b.account({
    id: SCALE_RESELLER_ID,
    parentId: null,
    kind: 'reseller',
    name: 'Scale Telecom',
    country: 'DE',
    reference: 'SCALE-RS',
    createdAt: created,
  });
  b.user({
    id: 'usr_scale_admin',
    accountId: SCALE_RESELLER_ID,
    name: 'Sam Scale',
    email: 'reseller@scale.example',
    role: 'admin',
    permissions: ALL_PERMISSIONS,
    locale: 'en',
  });
  const types = ['pt_starter', 'pt_business', 'pt_enterprise', 'pt_legacy'];
  let sub = 0;
  for (let i = 0; i < 2000; i++) {
    const n = String(i + 1).padStart(4, '0');
    const word = COMPANY_WORDS[i % COMPANY_WORDS.length]!;
    const kind = COMPANY_KINDS[Math.floor(i / COMPANY_WORDS.length) % COMPANY_KINDS.length]!;
    const form = COMPANY_FORMS[i % COMPANY_FORMS.length]!;
    const id = `acc_scale_${n}`;
    const inTrial = i % 9 === 4;
    b.account({
      id,
      parentId: SCALE_RESELLER_ID,
      kind: 'customer',
      name: `${word} ${kind} ${form} ${n}`,
      productTypeId: inTrial ? 'pt_business' : types[i % types.length]!,
      reference: `SC-${n}`,
      country: SCALE_COUNTRIES[i % SCALE_COUNTRIES.length]!,
      trial: inTrial ? { endsAt: b.iso(1 + (i % 28)) } : null,
      internal: i === 7,
      status: i % 31 === 30 ? 'suspended' : 'active',
      createdAt: created,
      updatedAt: updated,
    });
    // 5,000 sub-accounts: two or three per customer.
    const count = i % 2 === 0 ? 3 : 2;
    for (let k = 0; k < count; k++, sub++) {
      const site = SITES[(i + k) % SITES.length]!;
      b.account({
        id: `acc_scale_${n}_${k + 1}`,
        parentId: id,
        kind: 'sub-account',
        name: `${word} ${kind} ${site} ${k + 1}`,
        productTypeId: 'pt_starter',
        reference: `SC-${n}-${k + 1}`,
        country: SCALE_COUNTRIES[(i + k) % SCALE_COUNTRIES.length]!,
        status: sub % 47 === 46 ? 'suspended' : 'active',
        createdAt: created,
        updatedAt: updated,
      });
    }
  }
}
