import '../define/provider.js';
import { TkProvider } from '../components/provider/provider.js';
import { wrap } from './wrap.js';

/** `<tk-provider>` for React. */
export const Provider = wrap('tk-provider', TkProvider, 'Provider');
