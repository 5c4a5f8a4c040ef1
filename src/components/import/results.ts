import type { FieldProblem, ImportRowResult } from '../../api/schemas/index.js';
import type { Localizer, TextKey } from '../../core/localize.js';
import { toCsv } from '../access-rights-table/csv.js';
import { IMPORT_FIELDS, type ImportField } from './fields.js';

/** A row's answer, or `undefined` while its batch has not been answered. */
export type Results = readonly (ImportRowResult | undefined)[];

export interface Counts {
  create: number;
  update: number;
  unchanged: number;
  failed: number;
}

/** Customers and users created, updated and unchanged, and the rows that failed. */
export function countResults(results: Results): Counts {
  const c = { create: 0, update: 0, unchanged: 0, failed: 0 };
  for (const r of results) {
    if (!r) continue;
    if (r.status === 'error') {
      c.failed++;
      continue;
    }
    for (const e of [r.customer, r.user])
      if (e?.action === 'create') c.create++;
      else if (e?.action === 'update') c.update++;
      else if (e?.action === 'unchanged') c.unchanged++;
  }
  return c;
}

/** The field a problem path names (`user.permissions.0` → `user.permissions`). */
export function fieldOf(path: string): ImportField | 'user.customer' | undefined {
  const [entity, field] = path.split('.');
  const name = `${entity}.${field}`;
  if (name === 'user.customer') return name;
  return (IMPORT_FIELDS as readonly string[]).includes(name) ? (name as ImportField) : undefined;
}

export const fieldLabel = (l: Localizer, field: ImportField | 'user.customer') =>
  l.t(`import.field.${field}` as TextKey);

/** "Field: message", in the catalog's words when it knows the code, else the server's. */
export function problemText(l: Localizer, p: FieldProblem): string {
  const key = `import.problem.${p.code}` as TextKey;
  const known = l.t(key);
  const text = known === key ? p.message : known;
  const field = fieldOf(p.path);
  return field ? `${fieldLabel(l, field)}: ${text}` : text;
}

/**
 * The failing rows with the file's columns and an error column; `toCsv` defuses cells that a
 * spreadsheet would run as formulas.
 */
export function errorsCsv(
  l: Localizer,
  headers: readonly string[],
  data: readonly string[][],
  results: Results,
): string {
  const rows = data
    .map((cells, i) => ({ cells, result: results[i] }))
    .filter(({ result }) => result?.status === 'error')
    .map(({ cells, result }) => [
      ...headers.map((_, c) => cells[c] ?? ''),
      result!.errors.map((p) => problemText(l, p)).join(' '),
    ]);
  return toCsv([...headers, l.t('import.errorColumn')], rows);
}
