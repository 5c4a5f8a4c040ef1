/**
 * Long lists count their matches only up to a bound (issue 21), so that a page costs the same in
 * an account of 1,000 users as in one of 100,000: beyond it, a page answers `total: N` with
 * `totalExact: false`, "more than N". The reference server and the memory client share the rule.
 */
export const COUNT_BOUND = 500;

/**
 * A search (`q`) counts less far: its count reads every row up to the bound's last match, and a
 * term that one row in twelve contains already means 1,200 rows for 100 matches.
 */
export const SEARCH_COUNT_BOUND = 100;

/** The bound for a list query: searches count less far than plain lists. */
export const countBoundFor = (query: { q?: string }) => (query.q?.trim() ? SEARCH_COUNT_BOUND : COUNT_BOUND);

/**
 * How far a bounded count goes for a page that ends at row `end`: the first multiple of `bound`
 * past it. Every page of one block reports the same "more than N"; a full page always has a next
 * one when the count is not exact; paging on counts the next block. So a count reads at most
 * `bound` rows past the page, whatever the list's length.
 */
export const countCap = (end: number, bound: number) => (Math.floor(end / bound) + 1) * bound;
