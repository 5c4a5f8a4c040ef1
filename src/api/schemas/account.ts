import * as z from 'zod/mini';
import {
  CountryCode,
  Email,
  FreeText,
  Id,
  Instant,
  ListQuery,
  LocaleTag,
  RequiredText,
  Version,
  pageOf,
} from './common.js';

export const AccountKind = z.enum(['reseller', 'customer', 'sub-account']);
export const AccountStatus = z.enum(['active', 'suspended']);

/** A tenant, customer or sub-account (seed 004 step 1). */
export const Account = z.object({
  id: Id,
  parentId: z.nullable(Id),
  kind: AccountKind,
  name: RequiredText(200),
  productTypeId: z.nullable(Id),
  /** Free text from another system; printed on invoices (the id is used when empty). */
  reference: FreeText(200),
  country: CountryCode,
  notes: FreeText(4000),
  trial: z.nullable(z.object({ endsAt: Instant })),
  /** The reseller's internal demo system: not billed. */
  internal: z.boolean(),
  status: AccountStatus,
  createdAt: Instant,
  updatedAt: Instant,
  version: Version,
});
export type Account = z.infer<typeof Account>;
export const AccountPage = pageOf(Account);

/** The primary administrator created with a new account; invited by e-mail. */
export const PrimaryAdmin = z.strictObject({
  name: RequiredText(200),
  email: Email,
  locale: z.optional(LocaleTag),
});

const accountFields = {
  name: RequiredText(200),
  productTypeId: Id,
  reference: z.optional(FreeText(200)),
  country: CountryCode,
  notes: z.optional(FreeText(4000)),
  /** Start a trial (only when the product type offers one). */
  trial: z.optional(z.boolean()),
  internal: z.optional(z.boolean()),
};

/** Body of `POST /accounts/{id}/children`. */
export const AccountCreate = z.strictObject({ ...accountFields, primaryAdmin: PrimaryAdmin });
export type AccountCreate = z.infer<typeof AccountCreate>;

/** Body of `PATCH /accounts/{id}`. */
export const AccountUpdate = z.partial(z.strictObject({ ...accountFields, status: AccountStatus }));
export type AccountUpdate = z.infer<typeof AccountUpdate>;

export const AccountListQuery = z.extend(ListQuery, { status: z.optional(AccountStatus) });
export type AccountListQuery = z.infer<typeof AccountListQuery>;

/** A product type ("tenant profile", seed 004): licence level and features. */
export const ProductType = z.object({
  id: Id,
  name: RequiredText(200),
  description: FreeText(1000),
  trialAvailable: z.boolean(),
  trialDays: z.int().check(z.gte(0)),
  /** Once assigned to an account, the type can no longer be changed. */
  lockedOnceAssigned: z.boolean(),
});
export type ProductType = z.infer<typeof ProductType>;
export const ProductTypeList = z.object({ items: z.array(ProductType) });
