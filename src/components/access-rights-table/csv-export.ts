import { allowed } from '../../core/events.js';
import type { ResolvedColumn } from './columns.js';
import { toCsv } from './csv.js';
import type { TkAccessRightsExportDetail } from './events.js';
import { today } from './filters.js';
import type { AccessRightsDataProvider, AccessRightsFilter, AccessRightsSort } from './types.js';

const EXPORT_PAGE = 500;

/** The filtered, sorted view as CSV, fetched page by page through the data provider; action columns are left out. */
export async function viewAsCsv(
  provider: AccessRightsDataProvider,
  columnsInView: readonly ResolvedColumn[],
  sort: AccessRightsSort | undefined,
  filter: AccessRightsFilter,
): Promise<string> {
  const columns = columnsInView.filter((c) => c.kind !== 'action');
  const rows: string[][] = [];
  const signal = new AbortController().signal;
  for (let offset = 0, total = Infinity; offset < total;) {
    const page = await provider({ offset, limit: EXPORT_PAGE }, sort, filter, signal);
    total = page.total;
    page.items.forEach((r, k) => rows.push(columns.map((c) => c.text(r, offset + k))));
    if (!page.items.length) break;
    offset += page.items.length;
  }
  return toCsv(
    columns.map((c) => c.header),
    rows,
  );
}

/**
 * Exports the view as `access-rights-<account>-<day>.csv`, unless a `tk-access-rights-export`
 * listener on `host` takes it over (prevents the event).
 */
export async function exportView(
  host: EventTarget,
  provider: AccessRightsDataProvider,
  columnsInView: readonly ResolvedColumn[],
  sort: AccessRightsSort | undefined,
  filter: AccessRightsFilter,
  accountId: string | undefined,
): Promise<void> {
  const csv = await viewAsCsv(provider, columnsInView, sort, filter);
  const filename = `access-rights-${accountId ?? 'export'}-${today()}.csv`;
  if (allowed<TkAccessRightsExportDetail>(host, 'tk-access-rights-export', { csv, filename }))
    download(csv, filename);
}

/** Saves the CSV as a file through a temporary download link. */
export function download(csv: string, filename: string): void {
  // A BOM so that spreadsheet programs read the UTF-8 (umlauts, accents) correctly.
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
