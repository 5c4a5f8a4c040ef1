import { checkZip, FileRefused, MAX_FILE_BYTES } from './file-guard.js';

/** A parsed sheet: its name (XLSX) and its rows of text cells, header first. */
export interface Sheet {
  name: string;
  rows: string[][];
}

/** What a file or the pasted cells held: the sheets, and whether the workbook links to others. */
export interface ParsedFile {
  sheets: Sheet[];
  /** External-link parts or formulas that reference other workbooks: their cells are read as stored values. */
  externalLinks?: boolean;
}

/**
 * Text of a CSV file: UTF-8 (BOM removed) when the bytes are valid UTF-8, else Windows-1252, the
 * encoding Excel on Windows writes "CSV" in for German, French and Hungarian users.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** CSV or pasted (tab-separated) text; papaparse is loaded on first use, as its own chunk. */
export async function parseDelimited(text: string): Promise<ParsedFile> {
  const { parseCsv } = await import('./csv-parser.js');
  return { sheets: [{ name: '', rows: parseCsv(text) }] };
}

/**
 * An `.xlsx` workbook, every sheet, once its sizes have passed {@link checkZip}; SheetJS is
 * loaded only now, as its own chunk.
 */
export async function parseWorkbook(bytes: Uint8Array): Promise<ParsedFile> {
  const census = await checkZip(bytes);
  const { readWorkbook } = await import('./xlsx-parser.js');
  const book = readWorkbook(bytes);
  return { sheets: book.sheets, externalLinks: census.externalLinks || book.externalLinks };
}

/** Reads a chosen or dropped file; one over {@link MAX_FILE_BYTES} is refused unread. */
export async function parseFile(file: File): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES) throw new FileRefused('tooLarge', MAX_FILE_BYTES);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name) || isZip(bytes)) return parseWorkbook(bytes);
  return parseDelimited(decodeText(bytes));
}

/** XLSX files are ZIP archives: `PK\x03\x04`. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** An XLSX file of one sheet with `rows`; SheetJS loads only when a template is asked for. */
export async function workbookBytes(rows: string[][], sheetName: string): Promise<Uint8Array> {
  const { writeWorkbook } = await import('./xlsx-parser.js');
  return writeWorkbook(rows, sheetName);
}
