import type { Versioned } from '../client.js';
import {
  AccountCreate,
  AccountListQuery,
  AccountUpdate,
  type Account,
  type Page,
  type ProductType,
} from '../schemas/index.js';
import { createInvitedUser } from './users.js';
import { instant, listPage, type ListRules } from './list.js';
import { conflict, invalid, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

const DAY = 86_400_000;

const accountRules: ListRules<Account> = {
  text: (a) => [a.name, a.reference],
  sort: {
    name: (a) => a.name.toLowerCase(),
    reference: (a) => a.reference,
    country: (a) => a.country,
    status: (a) => a.status,
    createdAt: (a) => instant(a.createdAt),
  },
  defaultSort: 'name',
};

export function listChildAccounts(s: Session, parentId: string, query: unknown): Page<Account> {
  s.account(parentId);
  const q = validate(AccountListQuery, query ?? {});
  const keep = (a: Account) => a.parentId === parentId && (!q.status || a.status === q.status);
  return listPage(s.store.accounts, q, keep, accountRules);
}

/** Creates a customer (below a reseller) or sub-account with its primary admin, who is invited. */
export function createChildAccount(s: Session, parentId: string, body: unknown): Account {
  const parent = s.account(parentId);
  s.requireAdmin();
  const input = validate(AccountCreate, body);
  const type = productType(s, input.productTypeId);
  if (input.trial) requireTrial(type);
  if (s.store.isSiblingNameTaken(parentId, input.name)) {
    throw conflict('An account with this name exists', 'name', 'taken');
  }
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
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  s.store.accounts.set(account);
  // Every customer needs an administrator, invited as soon as the account exists (seed 004 step 2).
  const permissions = s.store.permissions.map((p) => p.id);
  createInvitedUser(s, account.id, { ...input.primaryAdmin, role: 'admin', permissions });
  return account;
}

export function updateAccount(s: Session, ref: Versioned, patch: unknown): Account {
  const account = s.account(ref.id);
  s.requireAdmin();
  const input = validate(AccountUpdate, patch);
  checkVersion(account, ref.version);
  if (input.name !== undefined && s.store.isSiblingNameTaken(account.parentId, input.name, account.id)) {
    throw conflict('An account with this name exists', 'name', 'taken');
  }
  const current =
    account.productTypeId === null ? undefined : s.store.productTypes.get(account.productTypeId);
  const type = input.productTypeId === undefined ? current : productType(s, input.productTypeId);
  if (current?.lockedOnceAssigned && type !== current) {
    throw conflict('The product type cannot be changed once assigned', 'productTypeId', 'locked');
  }
  const { trial: wantsTrial, ...fields } = input;
  let trial = account.trial;
  if (wantsTrial === false) trial = null;
  if (wantsTrial === true && !trial) {
    if (!type) throw invalid('trial', 'trial_unavailable', 'Choose a product type first');
    trial = trialFrom(s.now(), requireTrial(type));
  }
  const updated: Account = {
    ...account,
    ...fields,
    trial,
    updatedAt: s.timestamp(),
    version: account.version + 1,
  };
  s.store.accounts.set(updated);
  return updated;
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
