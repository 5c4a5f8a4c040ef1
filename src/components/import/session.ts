import type { ImportRow, ProductType } from '../../api/schemas/index.js';
import { isBlank, matchHeaders, toImportRow, type ImportField, type Mapping } from './fields.js';
import type { Sheet } from './parse.js';

/**
 * The file being imported: its sheets, the chosen sheet's cells (blank rows dropped, with their
 * lines in the file), the column mapping, and the rows built from them for a check. Cells are
 * corrected here in place, so the error download and a re-check see the fix.
 */
export class ImportSession {
  fileName = '';
  sheets: Sheet[] = [];
  sheetIndex = 0;
  mapping: Mapping = [];
  /** Cells below the header, blank rows dropped. */
  data: string[][] = [];
  /** The line in the file of each `data` row. */
  lines: number[] = [];
  /** The rows of the last check, one per `data` row. */
  rows: ImportRow[] = [];

  get headers(): string[] {
    return this.sheets[this.sheetIndex]?.rows[0] ?? [];
  }

  /** Takes a parsed file; false when no sheet has a row below its header. */
  accept(sheets: Sheet[], name: string, labels: [ImportField, string][]): boolean {
    const usable = sheets.filter((s) => s.rows.length > 0);
    const index = usable.findIndex((s) => s.rows.slice(1).some((r) => !isBlank(r)));
    if (index < 0) return false;
    this.sheets = usable;
    this.fileName = name;
    this.chooseSheet(index, labels);
    return true;
  }

  /** `labels` are the element's own column names, which carry the reseller's overrides. */
  chooseSheet(index: number, labels: [ImportField, string][]): void {
    this.sheetIndex = index;
    const rows = this.sheets[index]?.rows ?? [];
    this.data = [];
    this.lines = [];
    rows.slice(1).forEach((cells, i) => {
      if (isBlank(cells)) return;
      this.data.push([...cells]);
      this.lines.push(i + 2);
    });
    this.mapping = matchHeaders(rows[0] ?? [], labels);
  }

  /** A field belongs to one column: choosing it for `column` frees it elsewhere. */
  remap(column: number, field: ImportField | null): void {
    this.mapping = this.mapping.map((f, i) => (i === column ? field : f === field ? null : f));
  }

  /** The trimmed text of `field` in a row, if the file has it. */
  cell(rowIndex: number, field: ImportField): string | undefined {
    const column = this.mapping.indexOf(field);
    return column < 0 ? undefined : this.data[rowIndex]?.[column]?.trim() || undefined;
  }

  setCell(rowIndex: number, field: ImportField, value: string): void {
    const column = this.mapping.indexOf(field);
    if (column < 0) return;
    const cells = this.data[rowIndex]!;
    while (cells.length <= column) cells.push('');
    cells[column] = value;
  }

  /** Builds the rows to send from the cells as they are now. */
  buildRows(productTypes: readonly ProductType[]): ImportRow[] {
    this.rows = this.data.map((cells, i) => toImportRow(cells, this.mapping, this.lines[i]!, productTypes));
    return this.rows;
  }

  reset(): void {
    Object.assign(this, {
      fileName: '',
      sheets: [],
      sheetIndex: 0,
      mapping: [],
      data: [],
      lines: [],
      rows: [],
    });
  }
}
