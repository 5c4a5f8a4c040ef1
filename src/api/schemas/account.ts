import * as z from 'zod/mini';
import {
  CountryCode,
  Email,
  FreeText,
  Id,
  Instant,
  LocaleTag,
  LocalizedText,
  RequiredText,
  Version,
  pageOf,
} from './common.js';

export const AccountKind = z.enum(['reseller', 'customer', 'sub-account']);
export const AccountStatus = z.enum(['active', 'suspended']);
export type AccountStatus = z.infer<typeof AccountStatus>;

/** One value of a product-specific account field (`settings`). */
export const SettingValue = z.union([z.string().check(z.maxLength(2000)), z.number(), z.boolean()]);
export type SettingValue = z.infer<typeof SettingValue>;

/** Product-specific account fields by their id; the product type declares which (seed 004 step 3). */
export const AccountSettings = z.record(
  z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)),
  SettingValue,
);
export type AccountSettings = z.infer<typeof AccountSettings>;

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
  /** The reseller's internal demo system: not billed. One per reseller. */
  internal: z.boolean(),
  status: AccountStatus,
  /** Values of the fields the product type declares (`ProductType.fields`); `{}` when none. */
  settings: z._default(AccountSettings, {}),
  createdAt: Instant,
  updatedAt: Instant,
  version: Version,
});
export type Account = z.infer<typeof Account>;

/** An ancestor on the way from the listed account down to a found one. */
export const AccountRef = z.object({ id: Id, name: z.string() });
export type AccountRef = z.infer<typeof AccountRef>;

/** An account as lists return it: with how many children it has and, in subtree searches, its path. */
export const AccountListItem = z.extend(Account, {
  /** Number of direct children; lists may leave it out (then the tree asks when expanded). */
  childCount: z.optional(z.int().check(z.gte(0))),
  /**
   * With `include=descendants`: the accounts between the listed one (exclusive) and this one's parent
   * (inclusive), top first; `[]` for direct children.
   */
  path: z.optional(z.array(AccountRef)),
});
export type AccountListItem = z.infer<typeof AccountListItem>;
export const AccountPage = pageOf(AccountListItem);

/** The primary administrator created with a new account; invited by e-mail. */
export const PrimaryAdmin = z.strictObject({
  name: RequiredText(200),
  email: Email,
  locale: z.optional(LocaleTag),
  /** The admin's permissions; every permission of the catalog when left out. */
  permissions: z.optional(z.array(Id)),
});
export type PrimaryAdmin = z.infer<typeof PrimaryAdmin>;

const accountFields = {
  name: RequiredText(200),
  productTypeId: Id,
  reference: z.optional(FreeText(200)),
  country: CountryCode,
  notes: z.optional(FreeText(4000)),
  /** Start a trial (only when the product type offers one). */
  trial: z.optional(z.boolean()),
  /** The reseller's internal demo system (not billed); the server allows one per reseller (409). */
  internal: z.optional(z.boolean()),
  /** Product-specific fields; checked against the product type's `fields` (see `checkSettings`). */
  settings: z.optional(AccountSettings),
};

/** Body of `POST /accounts/{id}/children`. */
export const AccountCreate = z.strictObject({ ...accountFields, primaryAdmin: PrimaryAdmin });
export type AccountCreate = z.infer<typeof AccountCreate>;

/** Body of `PATCH /accounts/{id}`; `settings` replaces the whole set of product settings. */
export const AccountUpdate = z.partial(z.strictObject({ ...accountFields, status: AccountStatus }));
export type AccountUpdate = z.infer<typeof AccountUpdate>;

/** What a product-specific field holds. */
export const ProductFieldType = z.enum(['text', 'number', 'boolean', 'select', 'url']);
export type ProductFieldType = z.infer<typeof ProductFieldType>;

/** An extra account field a product type declares (seed 004 step 3: the phone-system connection). */
export const ProductField = z.object({
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)),
  /** Reseller-written: a string or one per language. */
  label: LocalizedText(200),
  type: ProductFieldType,
  required: z.optional(z.boolean()),
  /** The choices of a `select` field. */
  options: z.optional(
    z.array(z.object({ value: z.string().check(z.minLength(1)), label: LocalizedText(200) })),
  ),
  /** A regular expression the whole text must match (`text` fields). */
  pattern: z.optional(z.string().check(z.maxLength(500))),
  /** Bounds of a `number` field. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** The value a new account starts with. */
  default: z.optional(SettingValue),
  help: z.optional(LocalizedText(1000)),
});
export type ProductField = z.infer<typeof ProductField>;

/** A product type ("tenant profile", seed 004): licence level and features. */
export const ProductType = z.object({
  id: Id,
  name: RequiredText(200),
  description: FreeText(1000),
  trialAvailable: z.boolean(),
  trialDays: z.int().check(z.gte(0)),
  /** Once assigned to an account, the type can no longer be changed. */
  lockedOnceAssigned: z.boolean(),
  /** Extra account fields of this product; none by default. */
  fields: z._default(z.array(ProductField), []),
});
export type ProductType = z.infer<typeof ProductType>;
export const ProductTypeList = z.object({ items: z.array(ProductType) });
