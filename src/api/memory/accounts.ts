import type { Versioned } from '../client.js';
import {
  AccountCreate,
  AccountListQuery,
  AccountUpdate,
  type Account,
  type AccountListItem,
  type AccountSettings,
  type Page,
  type ProductType,
} from '../schemas/index.js';
import { checkSettings } from '../settings.js';
import { createInvitedUser } from './users.js';
import { instant, listPage, type ListRules } from './list.js';
import { conflict, forbidden, invalid, problem, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';
import { Table } from './table.js';

const DAY = 86_400_000;

const accountRules: ListRules<Account> = {
  text: (a) => [a.name, a.reference],
  sort: {
    name: (a) => a.name.toLowerCase(),
    reference: (a) => a.reference,
    country: (a) => a.country,
    status: (a) => a.status,
    createdAt: (a) => instant(a.createdAt),
    trialEndsAt: (a) => instant(a.trial?.endsAt ?? null),
  },
  defaultSort: 'name',
};

/**
 * Children of an account, or with `include=descendants` every account below it with its path, filtered,
 * searched, sorted and paged as the reference server does.
 */
export function listChildAccounts(s: Session, parentId: string, query: unknown): Page<AccountListItem> {
  const root = s.account(parentId);
  const q = validate(AccountListQuery, query ?? {});
  const children = childIndex(s);
  const keep = (a: Account) =>
    (!q.status || a.status === q.status) &&
    (!q.productTypeId || a.productTypeId === q.productTypeId) &&
    (q.trial === undefined || (a.trial !== null) === q.trial) &&
    (q.internal === undefined || a.internal === q.internal);
  let page: Page<Account>;
  if (q.include === 'descendants') {
    const below = new Table(descendantsOf(root.id, children));
    page = listPage(below, q, keep, accountRules);
  } else {
    page = listPage(s.store.accounts, q, (a) => a.parentId === parentId && keep(a), accountRules);
  }
  return {
    ...page,
    items: page.items.map((a) => ({
      ...a,
      childCount: children.get(a.id)?.length ?? 0,
      path: pathBetween(s, root.id, a),
    })),
  };
}

/** Child accounts by parent id, built once per store version. */
const indexes = new WeakMap<object, Map<string, Account[]>>();
function childIndex(s: Session): Map<string, Account[]> {
  // The table's views are dropped on every write; a view of our own follows the same rule.
  const all = s.store.accounts.view('__all', (rows) => rows);
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const a of all) {
      if (a.parentId === null) continue;
      const list = index.get(a.parentId);
      if (list) list.push(a);
      else index.set(a.parentId, [a]);
    }
    indexes.set(all, index);
  }
  return index;
}

function descendantsOf(rootId: string, children: Map<string, Account[]>): Account[] {
  const out: Account[] = [];
  const stack = [...(children.get(rootId) ?? [])];
  while (stack.length) {
    const a = stack.pop()!;
    out.push(a);
    stack.push(...(children.get(a.id) ?? []));
  }
  return out;
}

/** The accounts between `rootId` (exclusive) and the account (exclusive), top first. */
function pathBetween(s: Session, rootId: string, account: Account): { id: string; name: string }[] {
  const path: { id: string; name: string }[] = [];
  for (const a of s.store.lineage(account.parentId ?? '')) {
    if (a.id === rootId) break;
    path.unshift({ id: a.id, name: a.name });
  }
  return path;
}

/** Creates a customer (below a reseller) or sub-account with its primary admin, who is invited. */
export function createChildAccount(s: Session, parentId: string, body: unknown): Account {
  const parent = s.account(parentId);
  s.requireAdmin();
  const input = validate(AccountCreate, body);
  const type = productType(s, input.productTypeId);
  if (input.trial) requireTrial(type);
  const settings = settingsOrThrow(type, input.settings ?? {});
  if (s.store.isSiblingNameTaken(parentId, input.name)) {
    throw conflict('An account with this name exists', 'name', 'taken');
  }
  if (input.internal) checkOneInternal(s, parentId);
  // Checked before anything is stored: account and admin are created together or not at all.
  if (s.store.isEmailTaken(input.primaryAdmin.email)) {
    throw conflict('This e-mail address is in use', 'primaryAdmin.email', 'taken');
  }
  const now = s.timestamp();
  const account: Account = {
    id: s.store.newId('acc', s.store.accounts),
    parentId,
    kind: parent.kind === 'reseller' ? 'customer' : 'sub-account',
    name: input.name,
    productTypeId: type.id,
    reference: input.reference ?? '',
    country: input.country,
    notes: input.notes ?? '',
    trial: input.trial ? trialFrom(s.now(), type) : null,
    internal: input.internal ?? false,
    status: 'active',
    settings,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const { permissions: chosen, ...admin } = input.primaryAdmin;
  // Every customer needs an administrator, invited as soon as the account exists (seed 004 step 2).
  const permissions = chosen ?? s.store.permissions.map((p) => p.id);
  s.store.accounts.set(account);
  try {
    createInvitedUser(s, account.id, { ...admin, role: 'admin', permissions });
  } catch (error) {
    s.store.accounts.delete(account.id);
    throw prefixed(error, 'primaryAdmin');
  }
  return account;
}

export function updateAccount(s: Session, ref: Versioned, patch: unknown): Account {
  const account = s.account(ref.id);
  const me = s.requireAdmin();
  const input = validate(AccountUpdate, patch);
  checkVersion(account, ref.version);
  const commercial = (['productTypeId', 'trial', 'internal', 'status'] as const).filter(
    (f) => input[f] !== undefined,
  );
  if (account.id === me.accountId && commercial.length) {
    throw forbidden(`Only the account above yours may change: ${commercial.join(', ')}`);
  }
  if (input.name !== undefined && s.store.isSiblingNameTaken(account.parentId, input.name, account.id)) {
    throw conflict('An account with this name exists', 'name', 'taken');
  }
  const current =
    account.productTypeId === null ? undefined : s.store.productTypes.get(account.productTypeId);
  const type = input.productTypeId === undefined ? current : productType(s, input.productTypeId);
  if (current?.lockedOnceAssigned && type !== current) {
    throw conflict('The product type cannot be changed once assigned', 'productTypeId', 'locked');
  }
  if (input.internal === true && !account.internal) checkOneInternal(s, account.parentId, account.id);
  const { trial: wantsTrial, settings: newSettings, ...fields } = input;
  let trial = account.trial;
  if (wantsTrial === false) trial = null;
  if (wantsTrial === true && !trial) {
    if (!type) throw invalid('trial', 'trial_unavailable', 'Choose a product type first');
    trial = trialFrom(s.now(), requireTrial(type));
  }
  let settings = account.settings;
  if (newSettings !== undefined || type !== current) {
    const declared = new Set((type?.fields ?? []).map((f) => f.id));
    const kept = Object.fromEntries(Object.entries(account.settings).filter(([k]) => declared.has(k)));
    settings = settingsOrThrow(type, newSettings ?? kept);
  }
  const updated: Account = {
    ...account,
    ...fields,
    trial,
    settings,
    updatedAt: s.timestamp(),
    version: account.version + 1,
  };
  s.store.accounts.set(updated);
  return updated;
}

function settingsOrThrow(type: ProductType | undefined, input: AccountSettings): AccountSettings {
  const { settings, problems } = checkSettings(type?.fields ?? [], input);
  if (problems.length) throw problem('validation', 422, 'The request has invalid fields', problems);
  return settings;
}

/** The reseller above (or at) `parentId`. */
function resellerOf(s: Session, parentId: string | null): Account | undefined {
  for (const a of s.store.lineage(parentId ?? '')) if (a.kind === 'reseller') return a;
  return undefined;
}

/** Seed 004: one internal demo system per reseller. */
function checkOneInternal(s: Session, parentId: string | null, exceptId?: string): void {
  const reseller = resellerOf(s, parentId);
  if (!reseller) return;
  for (const a of s.store.accounts.values()) {
    if (!a.internal || a.id === exceptId) continue;
    if (resellerOf(s, a.parentId)?.id === reseller.id) {
      throw conflict(
        `${reseller.name} already has an internal demo system: ${a.name}`,
        'internal',
        'one_per_reseller',
      );
    }
  }
}

/** A primary admin's problems carry their place in the request body (`primaryAdmin.email`). */
function prefixed(error: unknown, prefix: string): unknown {
  if (!(error instanceof Error) || !('fieldErrors' in error)) return error;
  const e = error as Error & { fieldErrors: { path: string }[]; problem?: { errors?: { path: string }[] } };
  for (const list of [e.fieldErrors, e.problem?.errors ?? []])
    for (const f of list) if (!f.path.startsWith(`${prefix}.`)) f.path = `${prefix}.${f.path}`;
  return error;
}

function productType(s: Session, id: string): ProductType {
  const type = s.store.productTypes.get(id);
  if (!type) throw invalid('productTypeId', 'unknown_product_type', `Unknown product type "${id}"`);
  return type;
}

function requireTrial(type: ProductType): ProductType {
  if (!type.trialAvailable) {
    throw invalid('trial', 'trial_unavailable', `The product type "${type.name}" offers no trial`);
  }
  return type;
}

function trialFrom(now: Date, type: ProductType): { endsAt: string } {
  return { endsAt: new Date(now.getTime() + type.trialDays * DAY).toISOString() };
}
