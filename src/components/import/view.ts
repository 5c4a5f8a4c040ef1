import type { Localizer } from '../../core/localize.js';
import type { VirtualScroll } from '../../core/virtual/virtual-scroll.js';
import type { ImportField } from './fields.js';
import type { ImportedUser, LinkSender } from './links.js';
import type { Results } from './results.js';
import type { ImportRunner } from './runner.js';
import type { ImportSession } from './session.js';

/** The five steps of an import. */
export type ImportStep = 'file' | 'columns' | 'check' | 'import' | 'links';
export const STEPS: readonly ImportStep[] = ['file', 'columns', 'check', 'import', 'links'];

/** What the step views show besides the file and the runs. */
export interface ImportUi {
  pasted: string;
  dragOver: boolean;
  reading: boolean;
  fileError?: string;
  /** The workbook links to other workbooks: its cells are read as stored, nothing is fetched. */
  externalLinks?: boolean;
  errorsOnly: boolean;
  /** The row whose cells are being corrected. */
  fixing?: number;
}

/**
 * What each step's render function reads and calls: `<tk-import>` hands one of these to the view
 * of the step it shows, so the views hold no state of their own.
 */
export interface ImportView {
  readonly l: Localizer;
  readonly step: ImportStep;
  readonly ui: Readonly<ImportUi>;
  readonly session: ImportSession;
  readonly runner: ImportRunner;
  readonly links: LinkSender;
  /** The results table's scroll geometry: its rendered rows and its scroll handler. */
  readonly virtual: VirtualScroll;
  readonly busy: boolean;
  /** The answers of the shown step's run: the check's, or the import's. */
  readonly results: Results;
  /** Indices of the rows the results table shows (all, or those with errors). */
  readonly visible: number[];
  readonly createdUsers: ImportedUser[];
  set(patch: Partial<ImportUi>): void;
  goTo(step: ImportStep): void;
  readFile(file: File): void;
  usePasted(): void;
  downloadTemplate(kind: 'csv' | 'xlsx'): void;
  chooseSheet(index: number): void;
  remap(column: number, field: ImportField | null): void;
  check(): void;
  retryCheck(): void;
  startImport(): void;
  retryImport(): void;
  cancel(): void;
  setCell(row: number, field: ImportField, value: string): void;
  openFix(row: number): void;
  showErrorsOnly(on: boolean): void;
  downloadErrors(): void;
  sendLinks(users?: readonly ImportedUser[]): void;
  restart(): void;
}
