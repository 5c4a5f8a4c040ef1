import * as z from 'zod/mini';
import { AccessRightStatus } from './access-right.js';
import { AccountStatus } from './account.js';
import { Id } from './common.js';
import { ResourceKind, ResourceStatus } from './resource.js';
import { Role, UserStatus } from './user.js';

/*
 * The query parameters of the lists. Only the reference server and the memory client parse them
 * (the REST client sends what it is given): the browser barrel (browser.ts) leaves them out, and
 * the browser builds drop a schema module nothing imports (rollup.config.mjs), so no page downloads
 * them.
 */

export const SortParam = z.string().check(z.regex(/^-?[A-Za-z]+$/));

/** Query parameters every list accepts. */
export const ListQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  sort: z.optional(SortParam),
  offset: z.optional(z.int().check(z.gte(0))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const UserListQuery = z.extend(ListQuery, {
  role: z.optional(Role),
  status: z.optional(UserStatus),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

/**
 * Query of `GET /accounts/{id}/children`. With `include=descendants` the list covers the whole subtree
 * below the account (every depth), each item with its `path`: "filter by account name" (seed 001).
 * (The same parameter as the resource list's.)
 */
export const AccountListQuery = z.extend(ListQuery, {
  status: z.optional(AccountStatus),
  productTypeId: z.optional(Id),
  /** Only accounts in a trial (`true`) or not (`false`). */
  trial: z.optional(z.boolean()),
  /** Only the internal demo system (`true`) or the billed accounts (`false`). */
  internal: z.optional(z.boolean()),
  /** `descendants`: every account below, not only the children. */
  include: z.optional(z.enum(['descendants'])),
});
export type AccountListQuery = z.infer<typeof AccountListQuery>;

export const AccessRightListQuery = z.extend(ListQuery, {
  status: z.optional(AccessRightStatus),
  manual: z.optional(z.boolean()),
  /** Only rights valid on this day (`YYYY-MM-DD`). */
  validOn: z.optional(z.iso.date()),
});
export type AccessRightListQuery = z.infer<typeof AccessRightListQuery>;

/** The filters of a resource list, also the `query` a move selects by. */
const resourceFilters = {
  kind: z.optional(ResourceKind),
  /** Only resources whose account's name contains this text (case-insensitive). */
  accountName: z.optional(z.string().check(z.maxLength(200))),
  status: z.optional(ResourceStatus),
  /** Only resources whose usage has reached the alert level (true) or has not (false). */
  overAlert: z.optional(z.boolean()),
  /** `descendants`: the account's own resources and those of every account below it. */
  include: z.optional(z.enum(['descendants'])),
};

/** Query of `GET /accounts/{id}/resources`; `sort` by identifier, label, kind, status, accountName, used, createdAt. */
export const ResourceListQuery = z.extend(ListQuery, resourceFilters);
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;

/** A selection by query, as a list shows it, less the rows unticked by hand. */
export const ResourceSelection = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(200))),
  ...resourceFilters,
});
export type ResourceSelection = z.infer<typeof ResourceSelection>;

/** Query of `GET /accounts/{id}/audit-events`: newest first; `include=descendants` adds the subtree's. */
export const AuditEventQuery = z.object({
  offset: ListQuery.shape.offset,
  limit: ListQuery.shape.limit,
  action: z.optional(z.string().check(z.maxLength(100))),
  include: z.optional(z.enum(['descendants'])),
});
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;
