import * as z from 'zod/mini';
import { FreeText, Id, Instant, Version, pageOf } from './common.js';

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
