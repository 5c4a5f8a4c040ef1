import * as z from 'zod/mini';
import { CountryCode, Email, FreeText, Id, LocaleTag, RequiredText, Version } from './common.js';
import { ResourceSelection } from './queries.js';
import { CapInput } from './resource.js';
import { Role } from './user.js';

/*
 * Request bodies that only the reference server and the memory client check: no element validates
 * them before sending (the import's rows and a move are put together by code, a resource update
 * carries the cap form's CapInput): the browser barrel (browser.ts) leaves them out, and the
 * browser builds drop a schema module nothing imports (rollup.config.mjs), so no page downloads them.
 */

/** Body of `PATCH /resources/{id}`: rename, set or change the cap (`null` removes it). */
export const ResourceUpdate = z.strictObject({
  label: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  cap: z.optional(z.nullable(CapInput)),
});
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

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
