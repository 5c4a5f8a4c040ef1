import * as z from 'zod/mini';
import { CountryCode, Email, FreeText, Id, LocaleTag, RequiredText } from './common.js';
import { FieldProblem } from './problem.js';
import { Role } from './user.js';

/** The most rows one `POST /accounts/{id}/imports` accepts; larger files go in several batches. */
export const IMPORT_BATCH_MAX = 500;

/**
 * The customer of an import row: created below the account in scope, or updated when one of its
 * children already has this reference (when given) or this name. `productTypeId` and `country`
 * are required to create one; an update changes only the fields given.
 */
export const ImportCustomer = z.strictObject({
  name: RequiredText(200),
  reference: z.optional(FreeText(200)),
  productTypeId: z.optional(Id),
  country: z.optional(CountryCode),
  notes: z.optional(FreeText(4000)),
});
export type ImportCustomer = z.infer<typeof ImportCustomer>;

/**
 * The user of an import row, matched by e-mail (unique: it is also a user name, seed 002). A user
 * is created `invited` with **no** password link: imports never send mail; the links go out later
 * (`sendPasswordLink`, the user manager's bulk action, or the import's last step).
 */
export const ImportUser = z.strictObject({
  name: RequiredText(200),
  email: Email,
  /** `user` when left out. */
  role: z.optional(Role),
  permissions: z.optional(z.array(Id).check(z.maxLength(100))),
  locale: z.optional(LocaleTag),
  /**
   * The customer the user belongs to, by name or reference, when the row carries no customer of
   * its own. Only the children of the account in scope are searched.
   */
  customer: z.optional(RequiredText(200)),
});
export type ImportUser = z.infer<typeof ImportUser>;

/** One row of a spreadsheet: a customer, a user, or both (the user then belongs to that customer). */
export const ImportRow = z.strictObject({
  /** The row's line in the file, echoed in the answer for messages and error downloads. */
  line: z.optional(z.int().check(z.gte(1))),
  customer: z.optional(ImportCustomer),
  user: z.optional(ImportUser),
});
export type ImportRow = z.infer<typeof ImportRow>;

/** A customer an earlier batch of the same dry run would create; user rows may name it. */
export const PlannedCustomer = z.strictObject({
  name: RequiredText(200),
  reference: z.optional(FreeText(200)),
});
export type PlannedCustomer = z.infer<typeof PlannedCustomer>;

/**
 * Body of `POST /accounts/{id}/imports`. With `dryRun` nothing is written and the answer says what
 * would happen; without, the batch is written in one transaction (rows with errors are skipped). Send
 * an `Idempotency-Key` header with each written batch: a repeated key replays the stored answer.
 */
export const ImportRequest = z.strictObject({
  dryRun: z.boolean(),
  rows: z.array(ImportRow).check(z.minLength(1), z.maxLength(IMPORT_BATCH_MAX)),
  /** Dry runs only: customers that earlier batches of this file would create. */
  plannedCustomers: z.optional(z.array(PlannedCustomer).check(z.maxLength(100_000))),
});
export type ImportRequest = z.infer<typeof ImportRequest>;

/**
 * The request as the server first reads it: the envelope is checked as a whole, each row on its
 * own with `ImportRow`, so that one bad row is an error of that row and not of the batch.
 */
export const ImportEnvelope = z.extend(ImportRequest, {
  rows: z.array(z.unknown()).check(z.minLength(1), z.maxLength(IMPORT_BATCH_MAX)),
});

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
