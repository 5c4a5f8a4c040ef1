import { read, utils, write } from '@e965/xlsx';
import type { Sheet } from './parse.js';

/** Every sheet of a workbook as rows of formatted text (what the user sees in the cells). */
export function readWorkbook(bytes: Uint8Array): Sheet[] {
  const book = read(bytes, { type: 'array', dense: true });
  return book.SheetNames.map((name) => ({
    name,
    rows: utils
      .sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, raw: false, defval: '', blankrows: false })
      .map((row) => row.map((cell) => String(cell ?? ''))),
  }));
}

export function writeWorkbook(rows: string[][], sheetName: string): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), sheetName.slice(0, 31));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
