import * as z from 'zod/mini';

/** An opaque identifier chosen by the server. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** An instant, as an ISO 8601 date-time with offset (`2026-01-31T12:00:00Z`). */
export const Instant = z.iso.datetime({ offset: true });

/** Optimistic-concurrency version; the resource's ETag is derived from it. */
export const Version = z.int().check(z.gte(0));

/** A single-line required text: trimmed by the caller, never empty. */
export const RequiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Optional free text that may be empty. */
export const FreeText = (max: number) => z.string().check(z.maxLength(max));

/** BCP 47 language tag such as `de` or `fr-CH`. */
export const LocaleTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/**
 * Text a reseller writes for its customers (help message, permission labels, product-field
 * labels): one plain string, or one per language (`{ en: 'Billing', de: 'Abrechnung' }`).
 * Elements show it with `Localizer.pick()`: the element's language, then its base language,
 * then English, then the first one given.
 */
export const LocalizedText = (max: number) =>
  z.union([z.string().check(z.maxLength(max)), z.record(LocaleTag, z.string().check(z.maxLength(max)))]);
export type LocalizedText = string | Record<string, string>;

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

export const Email = z.email().check(z.maxLength(254));

/** Only `http(s):` URLs are ever accepted; nothing else is rendered as a link. */
export const WebUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2000));

/**
 * A page of a list: the items in range and the total that match the query. `totalExact: false`
 * says the server stopped counting: more than `total` match (absent: `total` is exact).
 */
export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.int().check(z.gte(0)),
    totalExact: z.optional(z.boolean()),
  });

export const SortParam = z.string().check(z.regex(/^-?[A-Za-z]+$/));

/** Query parameters every list accepts. */
export const ListQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  sort: z.optional(SortParam),
  offset: z.optional(z.int().check(z.gte(0))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type ListQuery = z.infer<typeof ListQuery>;
export type Page<T> = { items: T[]; total: number; totalExact?: boolean };
