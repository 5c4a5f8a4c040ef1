export { TkImport } from './import.js';
export type { TkImportCompleteDetail, TkImportProgressDetail, TkImportStartDetail } from './events.js';
export { HEADER_SYNONYMS, IMPORT_FIELDS, matchHeaders, type ImportField, type Mapping } from './fields.js';
