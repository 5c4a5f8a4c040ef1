import { read, utils, write, type WorkSheet } from '@e965/xlsx';
import type { ParsedFile } from './parse.js';

/** A formula that reads another workbook: `[1]Sheet1!A1` or `'C:\dir\[Book.xlsx]Sheet1'!A1`. */
const EXTERNAL_REFERENCE = /\[(\d+|[^\]]*\.xl\w*)\]/i;

/** Whether any cell of the sheet holds a formula that reads another workbook. */
const readsOtherWorkbooks = (sheet: WorkSheet) =>
  (sheet['!data'] ?? []).some((row) => row?.some((cell) => !!cell?.f && EXTERNAL_REFERENCE.test(cell.f)));

/**
 * Every sheet of a workbook as rows of formatted text (what the user sees in the cells). A
 * formula cell gives the value the spreadsheet stored for it: nothing is evaluated or fetched.
 */
export function readWorkbook(bytes: Uint8Array): Required<ParsedFile> {
  const book = read(bytes, { type: 'array', dense: true, cellHTML: false });
  const sheets = book.SheetNames.map((name) => book.Sheets[name]!);
  return {
    sheets: book.SheetNames.map((name, i) => ({
      name,
      rows: utils
        .sheet_to_json<unknown[]>(sheets[i]!, { header: 1, raw: false, defval: '', blankrows: false })
        .map((row) => row.map((cell) => String(cell ?? ''))),
    })),
    externalLinks: sheets.some(readsOtherWorkbooks),
  };
}

export function writeWorkbook(rows: string[][], sheetName: string): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), sheetName.slice(0, 31));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
