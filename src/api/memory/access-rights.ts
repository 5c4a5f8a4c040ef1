import type { Versioned } from '../client.js';
import {
  AccessRightCreate,
  AccessRightListQuery,
  AccessRightUpdate,
  type AccessRight,
  type Page,
} from '../schemas/index.js';
import { instant, listPage, validOn, type ListRules } from './list.js';
import { conflict, invalid, notFound, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

const rightRules: ListRules<AccessRight> = {
  text: (r) => [r.id, r.offerId, r.productId],
  sort: {
    id: (r) => r.id,
    offerId: (r) => r.offerId,
    productId: (r) => r.productId,
    startsAt: (r) => instant(r.startsAt),
    endsAt: (r) => instant(r.endsAt),
    status: (r) => r.status,
    manual: (r) => r.manual,
    createdAt: (r) => instant(r.createdAt),
  },
  defaultSort: 'startsAt',
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

/** Creates a manual right; the platform product is the one some right already has for this id, else the id itself. */
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
  const right = changeableRight(s, ref.id);
  const input = validate(AccessRightUpdate, patch);
  checkVersion(right, ref.version);
  requireManual(right);
  const updated: AccessRight = { ...right, ...input, updatedAt: s.timestamp(), version: right.version + 1 };
  // The patch alone may be consistent while the resulting term is not.
  if (updated.endsAt !== null && Date.parse(updated.startsAt) >= Date.parse(updated.endsAt)) {
    throw invalid('endsAt', 'end_before_start', 'The end must lie after the start');
  }
  s.store.accessRights.set(updated);
  return updated;
}

export function deleteAccessRight(s: Session, ref: Versioned): void {
  const right = changeableRight(s, ref.id);
  checkVersion(right, ref.version);
  requireManual(right);
  s.store.accessRights.delete(right.id);
}

/** A right in scope, for an admin to change. */
function changeableRight(s: Session, id: string): AccessRight {
  const right = s.store.accessRights.get(id);
  if (!right || !s.sees(right.accountId)) throw notFound('Access right', id);
  s.requireAdmin();
  return right;
}

/** Rights that came with an order are read-only; only those created by hand may change. */
function requireManual(right: AccessRight): void {
  if (!right.manual) throw conflict('Only manually created access rights can be changed or deleted');
}

/** The platform product `productId` names, or the one an existing right maps it to (as the server resolves it). */
function findProduct(
  s: Session,
  productId: string,
): Pick<AccessRight, 'platformProductId' | 'productName'> | undefined {
  const product = s.store.products.find((p) => p.id === productId);
  if (product) return { platformProductId: product.id, productName: product.name };
  for (const r of s.store.accessRights.values())
    if (r.productId === productId || r.platformProductId === productId) return r;
  return undefined;
}
