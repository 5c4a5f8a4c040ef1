import type { Localizer } from '../../core/localize.js';
import { toCsv } from '../access-rights-table/csv.js';
import { IMPORT_FIELDS, type ImportField } from './fields.js';
import { workbookBytes } from './parse.js';
import { fieldLabel } from './results.js';

/** The example row of the templates. */
const EXAMPLE: Record<ImportField, string> = {
  'customer.name': 'Example Ltd',
  'customer.reference': 'CUST-1001',
  'customer.productTypeId': 'pt_business',
  'customer.country': 'DE',
  'customer.notes': '',
  'user.name': 'Erika Example',
  'user.email': 'erika@example.com',
  'user.role': 'admin',
  'user.permissions': '',
  'user.locale': 'de',
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template: the columns in the element's language and one example row, as CSV or XLSX. */
export async function downloadTemplate(l: Localizer, kind: 'csv' | 'xlsx'): Promise<void> {
  const header = IMPORT_FIELDS.map((f) => fieldLabel(l, f));
  const example = IMPORT_FIELDS.map((f) => EXAMPLE[f]);
  const name = l.t('import.label');
  if (kind === 'csv') {
    downloadCsv(`${name}.csv`, toCsv(header, [example]));
    return;
  }
  const bytes = await workbookBytes([header, example], l.t('import.step.file'));
  download(`${name}.xlsx`, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}

/** A CSV with a BOM, so that Excel reads it as UTF-8. */
export function downloadCsv(name: string, csv: string): void {
  download(name, new Blob([`\ufeff${csv}`], { type: 'text/csv' }));
}

/** Saves a file through a temporary link (a blob: URL, which a strict CSP allows for downloads). */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
