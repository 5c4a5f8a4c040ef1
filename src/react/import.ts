import '../define/import.js';
import { TkImport } from '../components/import/import.js';
import { wrap } from './wrap.js';

/** `<tk-import>` for React. */
export const Import = wrap('tk-import', TkImport, 'Import', [
  'tk-import-start',
  'tk-import-progress',
  'tk-import-complete',
]);
