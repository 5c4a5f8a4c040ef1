/** Letters that carry no combining mark in Unicode but that PostgreSQL's `unaccent` folds too. */
const EXTRA: Record<string, string> = { ß: 'ss', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/**
 * Text for accent- and case-insensitive matching, as the reference server's `tk_fold` (migration
 * 003: `lower(unaccent(…))`) folds it: "Élő-Nagy" → "elo-nagy".
 */
export function foldText(text: string): string {
  // Plain ASCII (most ids, e-mail addresses and logins) needs only lower-casing.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøđłæœıþ]/g, (ch) => EXTRA[ch] ?? ch);
}
