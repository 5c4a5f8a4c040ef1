import * as z from 'zod/mini';
import { FreeText, Id, Instant, ListQuery, Version, pageOf } from './common.js';

/**
 * What a reseller assigns from its stock to sub-accounts (seed 001: SIM cards; seed 002:
 * domains, hosting packages, licences).
 */
export const ResourceKind = z.enum(['sim', 'domain', 'licence', 'hosting']);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const ResourceStatus = z.enum(['active', 'suspended', 'inactive']);
export type ResourceStatus = z.infer<typeof ResourceStatus>;

export const UsageUnit = z.enum(['MB', 'GB', 'minutes', 'seats']);
export type UsageUnit = z.infer<typeof UsageUnit>;

/** Consumption in the current period; it comes from the platform's data, never from the admin. */
export const Usage = z.object({
  used: z.number().check(z.gte(0)),
  unit: UsageUnit,
  period: z.enum(['day', 'month', 'year']),
});
export type Usage = z.infer<typeof Usage>;

/** A usage cap and its alert level, both in the usage's unit; the alert lies at or below the cap. */
export const Cap = z.object({
  limit: z.number().check(z.gt(0)),
  alert: z.number().check(z.gt(0)),
});
export type Cap = z.infer<typeof Cap>;

/** The share of the cap at which the alert is set when a cap is enabled without one (seed 001). */
export const DEFAULT_ALERT_RATIO = 0.8;

/** One resource, as the API shows it: with its account's name and path in the principal's scope. */
export const Resource = z.object({
  id: Id,
  accountId: Id,
  /** The name of the account it belongs to. */
  accountName: z.string(),
  /** Account names from the principal's scope root down to (and including) the resource's account. */
  accountPath: z.array(z.string()),
  kind: ResourceKind,
  /** ICCID, domain name or licence key. */
  identifier: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The admin's own name for it; may be empty. */
  label: FreeText(200),
  status: ResourceStatus,
  /** Null for kinds without usage (a domain). */
  usage: z.nullable(Usage),
  cap: z.nullable(Cap),
  /** Usage has reached the alert level. */
  overAlert: z.boolean(),
  /** Usage has reached the cap. */
  overCap: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
  version: Version,
});
export type Resource = z.infer<typeof Resource>;
export const ResourcePage = pageOf(Resource);

/** A resource as stored (demo data, memory client): the fields the server derives are left out. */
export type ResourceRecord = Omit<Resource, 'accountName' | 'accountPath' | 'overAlert' | 'overCap'>;

const alertWithinCap = (cap: { limit: number; alert?: number }) =>
  cap.alert === undefined || cap.alert <= cap.limit;

/** A cap to set: without `alert`, the server puts the alert at 80 % of the limit. */
export const CapInput = z
  .strictObject({
    limit: z.number().check(z.gt(0), z.lte(1e12)),
    alert: z.optional(z.number().check(z.gt(0))),
  })
  .check(z.refine(alertWithinCap, { path: ['alert'], message: 'alert-above-cap' }));
export type CapInput = z.infer<typeof CapInput>;

/** Body of `PATCH /resources/{id}`: rename, set or change the cap (`null` removes it). */
export const ResourceUpdate = z.strictObject({
  label: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  cap: z.optional(z.nullable(CapInput)),
});
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

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

export const MAX_MOVE_IDS = 10_000;

/**
 * Body of `POST /accounts/{id}/resources/move`: the resources (by `ids`, or by a `query` over the
 * account's list with `except` left out) go to the account `to`. Each must be in the principal's
 * scope; one that is not is an error of that item, never a move.
 */
export const ResourceMove = z.union([
  z.strictObject({
    ids: z.array(Id).check(z.minLength(1), z.maxLength(MAX_MOVE_IDS)),
    to: Id,
    /**
     * The version each resource had when the user picked it: one that changed since (moved or edited
     * by someone else) fails as `changed` and stays where it is, so two moves never silently
     * overwrite each other. Resources left out move whatever their version.
     */
    versions: z.optional(z.record(Id, Version)),
  }),
  z.strictObject({
    query: ResourceSelection,
    except: z.optional(z.array(Id).check(z.maxLength(MAX_MOVE_IDS))),
    to: Id,
    /** As above, for the matched resources the user has seen; the others move whatever their version. */
    versions: z.optional(z.record(Id, Version)),
  }),
]);
export type ResourceMove = z.infer<typeof ResourceMove>;

/** What became of one resource of a move. */
export const ResourceMoveItem = z.object({
  id: Id,
  outcome: z.enum(['moved', 'unchanged', 'failed']),
  /** Why it failed: `not-found` (unknown or outside the scope), `changed` (its version differs), or another code. */
  code: z.optional(z.string()),
  message: z.optional(z.string()),
});
export type ResourceMoveItem = z.infer<typeof ResourceMoveItem>;

/** Answer of a move: counts and one result per resource; moved ones went in one transaction. */
export const ResourceMoveResult = z.object({
  moved: z.int().check(z.gte(0)),
  unchanged: z.int().check(z.gte(0)),
  failed: z.int().check(z.gte(0)),
  results: z.array(ResourceMoveItem),
});
export type ResourceMoveResult = z.infer<typeof ResourceMoveResult>;

/** The flags the server derives from usage and cap. */
export function capFlags(usage: Usage | null, cap: Cap | null): Pick<Resource, 'overAlert' | 'overCap'> {
  if (!usage || !cap) return { overAlert: false, overCap: false };
  return { overAlert: usage.used >= cap.alert, overCap: usage.used >= cap.limit };
}

/** The stored cap for a requested one: the alert defaults to 80 % of the limit. */
export function capFromInput(input: CapInput): Cap {
  return { limit: input.limit, alert: input.alert ?? roundUsage(input.limit * DEFAULT_ALERT_RATIO) };
}

/** Usage amounts are kept to three decimals. */
export const roundUsage = (value: number) => Math.round(value * 1000) / 1000;
