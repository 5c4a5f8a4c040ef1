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

/** Surrounding white space or an ASCII control character (tab, line break): URL parsing drops them. */
const loose = (s: string) => s !== s.trim() || [...s].some((c) => c < ' ' || c === '\x7f');

/**
 * Only `http(s):` URLs are ever accepted; nothing else is rendered as a link. One that URL parsing
 * would change (trimmed, tabs and line breaks dropped) is refused instead of stored changed (issue 20).
 */
export const WebUrl = z.pipe(
  z.string().check(
    z.maxLength(2000),
    z.refine((s) => !loose(s), { message: 'invalid' }),
  ),
  z.url({ protocol: /^https?$/ }),
);

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

/** A row of a list that its schema rejects: left out of `items`, reported here, so the rest stay. */
export interface UnreadableRow {
  /** Its position in the page as the API sent it. */
  index: number;
  /** Its id, when it has a readable one. */
  id?: string;
  /** What is wrong with it (the first problem), for logs and tooltips; never shown as markup. */
  reason: string;
}
export type Page<T> = { items: T[]; total: number; totalExact?: boolean; unreadable?: UnreadableRow[] };

/**
 * How clients read a page: the envelope must match, but each row is checked on its own, so one
 * bad row is reported in `unreadable` instead of failing the whole list (issue 20). The contract
 * itself stays `pageOf`.
 */
export const readablePageOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.object({
      items: z.array(z.unknown()),
      total: z.int().check(z.gte(0)),
      totalExact: z.optional(z.boolean()),
    }),
    z.transform(({ items: rows, ...envelope }): Page<z.infer<T>> => {
      const items: z.infer<T>[] = [];
      const unreadable: UnreadableRow[] = [];
      rows.forEach((row, index) => {
        const parsed = z.safeParse(item, row);
        if (parsed.success) items.push(parsed.data);
        else unreadable.push({ index, ...rowId(row), reason: issueText(parsed.error.issues[0]) });
      });
      return unreadable.length ? { ...envelope, items, unreadable } : { ...envelope, items };
    }),
  );

function rowId(row: unknown): { id?: string } {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' && z.safeParse(Id, id).success ? { id } : {};
}
const issueText = (issue: z.core.$ZodIssue | undefined) =>
  `${issue?.path.length ? issue.path.map(String).join('.') : '(row)'}: ${issue?.message ?? 'invalid'}`;
