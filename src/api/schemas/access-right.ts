import * as z from 'zod/mini';
import { Id, Instant, Version, pageOf } from './common.js';

export const AccessRightStatus = z.enum(['active', 'deactivated']);
export type AccessRightStatus = z.infer<typeof AccessRightStatus>;

/** One access right: one product of one tier of an offer (seed 003). */
export const AccessRight = z.object({
  /** The access right's unique id. */
  id: Id,
  accountId: Id,
  /** The order number the right came from; null for manual rights. */
  offerId: z.nullable(Id),
  /** May hold an external id (migration, or a third system via the API). */
  productId: Id,
  /** The platform's own product id; never changes. */
  platformProductId: Id,
  productName: z.string(),
  tierId: z.nullable(Id),
  subscriptionId: z.nullable(Id),
  startsAt: Instant,
  endsAt: z.nullable(Instant),
  status: AccessRightStatus,
  /** Created by hand; only these may be edited or deleted. */
  manual: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
  version: Version,
});
export type AccessRight = z.infer<typeof AccessRight>;
export const AccessRightPage = pageOf(AccessRight);

/** Start must lie before end when both are given. */
const startBeforeEnd = (v: { startsAt?: string; endsAt?: string | null }) =>
  !v.startsAt || !v.endsAt || Date.parse(v.startsAt) < Date.parse(v.endsAt);
const startBeforeEndIssue = { path: ['endsAt'], message: 'end-before-start' };

/** Body of `POST /accounts/{id}/access-rights`; created rights are manual. */
export const AccessRightCreate = z
  .strictObject({
    productId: Id,
    tierId: z.optional(z.nullable(Id)),
    startsAt: Instant,
    endsAt: z.optional(z.nullable(Instant)),
    status: z.optional(AccessRightStatus),
  })
  .check(z.refine(startBeforeEnd, startBeforeEndIssue));
export type AccessRightCreate = z.infer<typeof AccessRightCreate>;

/** Body of `PATCH /access-rights/{id}` (manual rights only). */
export const AccessRightUpdate = z
  .strictObject({
    startsAt: z.optional(Instant),
    endsAt: z.optional(z.nullable(Instant)),
    status: z.optional(AccessRightStatus),
  })
  .check(z.refine(startBeforeEnd, startBeforeEndIssue));
export type AccessRightUpdate = z.infer<typeof AccessRightUpdate>;
