import type {
  AccessRight,
  Account,
  HelpSettings,
  Permission,
  Product,
  ProductType,
  ResourceRecord,
  User,
} from '../schemas/index.js';
import { Table } from './table.js';

/** What a memory client starts from; `createDemoData()` returns this shape (its `logins` are ignored). */
export interface MemorySeed {
  accounts: Account[];
  users: User[];
  accessRights: AccessRight[];
  productTypes: ProductType[];
  permissions: Permission[];
  /** Platform products; when absent, the products the access rights name. */
  products?: Product[];
  /** Help settings of reseller accounts, keyed by `accountId`. */
  help: Array<HelpSettings & { accountId: string }>;
  /** Resources (SIM cards, domains, licences) as stored; none when absent. */
  resources?: ResourceRecord[];
}

/** The data of one memory client, in insertion order, so lists are deterministic. */
export class MemoryStore {
  readonly accounts: Table<Account>;
  readonly users: Table<User>;
  readonly accessRights: Table<AccessRight>;
  readonly resources: Table<ResourceRecord>;
  readonly productTypes = new Map<string, ProductType>();
  readonly permissions: Permission[];
  readonly products: Product[];
  /** Help settings by the reseller account they belong to. */
  readonly help = new Map<string, HelpSettings>();
  private idCounter = 0;

  constructor(seed: MemorySeed) {
    // A private copy: the caller's seed (often shared between stories) is never changed.
    const own = structuredClone(seed);
    this.accounts = new Table(own.accounts);
    this.users = new Table(own.users);
    this.accessRights = new Table(own.accessRights);
    this.resources = new Table(own.resources ?? []);
    for (const t of own.productTypes) this.productTypes.set(t.id, t);
    for (const { accountId, ...settings } of own.help) this.help.set(accountId, settings);
    this.permissions = own.permissions;
    this.products =
      own.products ??
      [...new Map(own.accessRights.map((r) => [r.platformProductId, r.productName]))].map(([id, name]) => ({
        id,
        name,
      }));
  }

  /** A new id with `prefix` that no record of `map` holds; sequential, so runs are repeatable. */
  newId(prefix: string, table: { has(id: string): boolean }): string {
    let id: string;
    do id = `${prefix}_mem${++this.idCounter}`;
    while (table.has(id));
    return id;
  }

  /** The account and its ancestors, nearest first. */
  *lineage(accountId: string): Generator<Account> {
    for (
      let a = this.accounts.get(accountId);
      a;
      a = a.parentId === null ? undefined : this.accounts.get(a.parentId)
    ) {
      yield a;
    }
  }

  isEmailTaken(email: string, exceptUserId?: string): boolean {
    const wanted = email.toLowerCase();
    for (const u of this.users.values())
      if (u.id !== exceptUserId && u.email.toLowerCase() === wanted) return true;
    return false;
  }

  isSiblingNameTaken(parentId: string | null, name: string, exceptAccountId?: string): boolean {
    const wanted = name.toLowerCase();
    for (const a of this.accounts.values()) {
      if (a.parentId === parentId && a.id !== exceptAccountId && a.name.toLowerCase() === wanted) return true;
    }
    return false;
  }
}
