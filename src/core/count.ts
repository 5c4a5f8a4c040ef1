import type { Localizer, TextKey } from './localize.js';

/** A list's count as the API answers it; `totalExact: false`: the server stopped counting at `total`. */
export interface Counted {
  total: number;
  totalExact?: boolean;
}

/**
 * A count with its noun, `key` being a plural message of `{count}`: "500 results", or "More than
 * 500 results" when the server counted only that far (issue 21: it does not scan a large account).
 */
export function countText(l: Localizer, key: TextKey, counted: Counted): string {
  const text = l.t(key, { count: counted.total });
  return counted.totalExact === false ? l.t('common.moreThan', { text }) : text;
}

/** The range a page shows: "1–50 of 500", or "1–50 of more than 500". */
export function rangeText(l: Localizer, from: number, to: number, counted: Counted): string {
  const key = counted.totalExact === false ? 'common.rangeOfMore' : 'common.rangeOfTotal';
  return l.t(key, { from, to, total: counted.total });
}

/**
 * What a list knows of its count once one more page of the same query has arrived: an exact count
 * replaces what was known; a bounded one is a lower bound that only grows, so an earlier block
 * answering after a deeper one never shrinks the list.
 */
export function mergeCount(known: Counted | undefined, page: Counted): Counted {
  if (page.totalExact !== false) return { total: page.total };
  if (known?.totalExact === false && known.total >= page.total) return known;
  return { total: page.total, totalExact: false };
}
