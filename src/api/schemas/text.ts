import type { FieldProblem } from './problem.js';

/**
 * The one rule for text at the contract's edge, applied to every string of a request body or
 * query before its schema sees it (reference server and memory client alike):
 * - NUL cannot be stored in PostgreSQL text: refused, with the field named;
 * - a lone surrogate would be stored as U+FFFD: refused, never silently changed;
 * - leading U+FEFF is removed, because PGlite drops it when it reads text back, so what is read
 *   back is exactly what was accepted on both engines;
 * - nothing else is normalized.
 */
export interface AcceptedText {
  /** The value with leading byte order marks removed from every string. */
  value: unknown;
  /** One problem per string (or object key) that holds NUL or a lone surrogate. */
  problems: FieldProblem[];
}

const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LEADING_BOM = /^\uFEFF+/;

export const UNSTORABLE_TEXT_MESSAGE = 'Text may not contain NUL characters or unpaired surrogates.';

/** True when `text` holds a character the contract refuses (NUL, a lone surrogate). */
export const hasUnstorableText = (text: string): boolean => UNSTORABLE.test(text);

/** Applies the rule to a parsed JSON value (objects, arrays, strings; other values pass as they are). */
export function acceptText(value: unknown): AcceptedText {
  const problems: FieldProblem[] = [];
  const refuse = (path: string[]) =>
    problems.push({ path: path.join('.'), code: 'invalid', message: UNSTORABLE_TEXT_MESSAGE });

  const walk = (node: unknown, path: string[]): unknown => {
    if (typeof node === 'string') {
      if (UNSTORABLE.test(node)) refuse(path);
      return node.replace(LEADING_BOM, '');
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, String(i)]));
    if (!isPlainObject(node)) return node;
    // fromEntries defines own properties, so a `__proto__` key stays a key.
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => {
        if (UNSTORABLE.test(key)) refuse([...path, key]);
        return [key, walk(item, [...path, key])];
      }),
    );
  };

  return { value: walk(value, []), problems };
}

/** JSON objects only: a Date or a class instance passes unchanged, for its schema to judge. */
function isPlainObject(node: unknown): node is Record<string, unknown> {
  if (node === null || typeof node !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(node);
  return proto === Object.prototype || proto === null;
}
