import type { Versioned } from '../client.js';
import {
  AccessRightCreate,
  AccessRightListQuery,
  AccessRightUpdate,
  type AccessRight,
  type Page,
} from '../schemas/index.js';
import { listPage, validOn, type ListRules } from './list.js';
import { conflict, invalid, notFound, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

const rightRules: ListRules<AccessRight> = {
  text: (r) => [r.id, r.productId, r.platformProductId, r.productName, r.offerId, r.tierId, r.subscriptionId],
  sortable: [
    'id',
    'offerId',
    'productId',
    'productName',
    'tierId',
    'startsAt',
    'endsAt',
    'status',
    'manual',
    'createdAt',
  ],
};

export function listAccessRights(s: Session, accountId: string, query: unknown): Page<AccessRight> {
  s.account(accountId);
  const q = validate(AccessRightListQuery, query ?? {});
  const isValid = q.validOn ? validOn(q.validOn) : undefined;
  const keep = (r: AccessRight) =>
    r.accountId === accountId &&
    (!q.status || r.status === q.status) &&
    (q.manual === undefined || r.manual === q.manual) &&
    (!isValid || isValid(r));
  return listPage(s.store.accessRights, q, keep, rightRules);
}

/** Creates a manual right; product name and platform id are taken from a right of the same product if any. */
export function createAccessRight(s: Session, accountId: string, body: unknown): AccessRight {
  s.account(accountId);
  s.requireAdmin();
  const input = validate(AccessRightCreate, body);
  const sameProduct = findProduct(s, input.productId);
  const now = s.timestamp();
  const right: AccessRight = {
    id: s.store.newId('ar', s.store.accessRights),
    accountId,
    offerId: null,
    productId: input.productId,
    platformProductId: sameProduct?.platformProductId ?? input.productId,
    productName: sameProduct?.productName ?? input.productId,
    tierId: input.tierId ?? null,
    subscriptionId: null,
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    status: input.status ?? 'active',
    manual: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  s.store.accessRights.set(right);
  return right;
}

export function updateAccessRight(s: Session, ref: Versioned, patch: unknown): AccessRight {
  const right = manualRight(s, ref.id);
  const input = validate(AccessRightUpdate, patch);
  checkVersion(right, ref.version);
  const updated: AccessRight = { ...right, ...input, updatedAt: s.timestamp(), version: right.version + 1 };
  // The patch alone may be consistent while the resulting term is not.
  if (updated.endsAt !== null && Date.parse(updated.startsAt) >= Date.parse(updated.endsAt)) {
    throw invalid('endsAt', 'end-before-start', 'end-before-start');
  }
  s.store.accessRights.set(updated);
  return updated;
}

export function deleteAccessRight(s: Session, ref: Versioned): void {
  const right = manualRight(s, ref.id);
  checkVersion(right, ref.version);
  s.store.accessRights.delete(right.id);
}

/** A right the principal may change: in scope, an admin's, and created by hand (ordered rights are read-only). */
function manualRight(s: Session, id: string): AccessRight {
  const right = s.store.accessRights.get(id);
  if (!right || !s.sees(right.accountId)) throw notFound('Access right', id);
  s.requireAdmin();
  if (!right.manual) throw conflict('Only manually created access rights can be changed');
  return right;
}

function findProduct(s: Session, productId: string): AccessRight | undefined {
  for (const r of s.store.accessRights.values())
    if (r.productId === productId || r.platformProductId === productId) return r;
  return undefined;
}
