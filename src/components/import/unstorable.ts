import type { FieldProblem, ImportRow, ImportRowResult } from '../../api/schemas/index.js';
import { hasUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../../api/schemas/text.js';

/**
 * Rows with a cell the contract refuses to store (a NUL, an unpaired surrogate: `schemas/text.ts`),
 * answered here as that row's error, field by field. The server refuses such text for the whole
 * request, so one such cell sent with its batch would fail every row of it; these rows stay out of
 * the batches instead, and the rest are checked and imported as usual.
 */
export function unstorableRows(rows: readonly ImportRow[]): Map<number, ImportRowResult> {
  const refused = new Map<number, ImportRowResult>();
  rows.forEach((row, index) => {
    const errors: FieldProblem[] = [];
    for (const entity of ['customer', 'user'] as const)
      for (const [key, value] of Object.entries(row[entity] ?? {}))
        for (const [path, text] of texts(`${entity}.${key}`, value))
          if (hasUnstorableText(text))
            errors.push({ path, code: 'unstorable', message: UNSTORABLE_TEXT_MESSAGE });
    if (!errors.length) return;
    const failed = { action: 'error', id: null } as const;
    refused.set(index, {
      index,
      line: row.line,
      status: 'error',
      ...(row.customer ? { customer: failed } : {}),
      ...(row.user ? { user: failed } : {}),
      errors,
    });
  });
  return refused;
}

/** The strings of a field with their paths: a list's items as `user.permissions.0`, … */
const texts = (path: string, value: unknown): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Array.isArray(value)
      ? value.flatMap((item, i) => texts(`${path}.${i}`, item))
      : [];
