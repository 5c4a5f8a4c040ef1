import * as z from 'zod/mini';

/** The core User schema's URN (RFC 7643 §4.1). */
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** One entry of a multi-valued attribute (`emails`, `roles`, `entitlements`, `groups`; RFC 7643 §2.4). */
const MultiValue = z.object({
  value: z.optional(z.string()),
  type: z.optional(z.string()),
  primary: z.optional(z.boolean()),
});
export type ScimMultiValue = z.infer<typeof MultiValue>;

/**
 * The parts of a SCIM User (RFC 7643 §4.1) that tenantkit reads; anything else is ignored. Lenient
 * where providers differ, strict where the contract needs a value: the mapped user is then checked
 * with the contract's own `User` schema.
 */
export const ScimUser = z.object({
  id: z.string().check(z.minLength(1)),
  userName: z.string(),
  displayName: z.optional(z.nullable(z.string())),
  name: z.optional(
    z.nullable(
      z.object({
        formatted: z.optional(z.nullable(z.string())),
        givenName: z.optional(z.nullable(z.string())),
        familyName: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
  emails: z.optional(z.nullable(z.array(MultiValue))),
  active: z.optional(z.nullable(z.boolean())),
  preferredLanguage: z.optional(z.nullable(z.string())),
  roles: z.optional(z.nullable(z.array(MultiValue))),
  entitlements: z.optional(z.nullable(z.array(MultiValue))),
  /** Read-only: the groups the user is a member of (`value` is the group's `id`). */
  groups: z.optional(z.nullable(z.array(MultiValue))),
  meta: z.optional(
    z.nullable(
      z.object({
        created: z.optional(z.nullable(z.string())),
        lastModified: z.optional(z.nullable(z.string())),
        version: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
});
export type ScimUser = z.infer<typeof ScimUser>;

/** A list response (RFC 7644 §3.4.2); `Resources` may be left out when there are none. */
export const ScimListResponse = z.object({
  totalResults: z.int().check(z.gte(0)),
  startIndex: z.optional(z.int()),
  itemsPerPage: z.optional(z.int()),
  Resources: z.optional(z.array(z.unknown())),
});

const Supported = z.object({ supported: z.boolean() });

/** What the provider says it can do (RFC 7643 §5); the client reads only these. */
export const ScimServiceProviderConfig = z.object({
  patch: z.optional(Supported),
  filter: z.optional(z.object({ supported: z.boolean(), maxResults: z.optional(z.int().check(z.gte(1))) })),
  sort: z.optional(Supported),
  etag: z.optional(Supported),
});
export type ScimServiceProviderConfig = z.infer<typeof ScimServiceProviderConfig>;

/** An error response (RFC 7644 §3.12); `status` is a string in the RFC, a number from some providers. */
export const ScimError = z.object({
  status: z.optional(z.union([z.string(), z.int()])),
  scimType: z.optional(z.string()),
  detail: z.optional(z.string()),
});
export type ScimError = z.infer<typeof ScimError>;

/** The access fields an extension schema carries (`ScimAccessMapping` `extension`). */
export const ScimAccessExtension = z.object({
  role: z.optional(z.string()),
  permissions: z.optional(z.array(z.string())),
  notifications: z.optional(z.record(z.string(), z.boolean())),
});
