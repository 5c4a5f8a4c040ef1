import * as z from 'zod/mini';
import { Id } from './common.js';
import { FieldProblem } from './problem.js';

/** What happens (dry run) or happened to one entity of a row. */
export const ImportAction = z.enum(['create', 'update', 'unchanged', 'error']);
export type ImportAction = z.infer<typeof ImportAction>;

/** One entity's outcome; `id` once it exists (after a write, or when it existed already). */
export const ImportEntityResult = z.object({
  action: ImportAction,
  id: z.nullable(Id),
  /** For `update`: the fields that change. */
  fields: z.optional(z.array(z.string())),
});
export type ImportEntityResult = z.infer<typeof ImportEntityResult>;

/**
 * The answer for one row, in request order. When any entity has an error, nothing of the row is
 * written and every entity of it reports `error`; `errors` carries the field problems with paths
 * such as `customer.name` or `user.email` and the contract's codes (`required`, `email`, `taken`,
 * `unknown_product_type`, `unknown_permission`, `unknown_customer`, …).
 */
export const ImportRowResult = z.object({
  index: z.int().check(z.gte(0)),
  line: z.optional(z.int()),
  status: ImportAction,
  customer: z.optional(ImportEntityResult),
  user: z.optional(ImportEntityResult),
  errors: z.array(FieldProblem),
});
export type ImportRowResult = z.infer<typeof ImportRowResult>;

/**
 * Counts of a batch: `created`, `updated` and `unchanged` count entities (a row with a customer and
 * a user counts twice); `failed` counts rows with errors.
 */
export const ImportSummary = z.object({
  created: z.int().check(z.gte(0)),
  updated: z.int().check(z.gte(0)),
  unchanged: z.int().check(z.gte(0)),
  failed: z.int().check(z.gte(0)),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Answer of `POST /accounts/{id}/imports`. `replayed` when an earlier answer was replayed for its key. */
export const ImportResult = z.object({
  dryRun: z.boolean(),
  replayed: z.optional(z.boolean()),
  rows: z.array(ImportRowResult),
  summary: ImportSummary,
});
export type ImportResult = z.infer<typeof ImportResult>;
