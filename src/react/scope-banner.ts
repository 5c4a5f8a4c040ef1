import '../define/scope-banner.js';
import { TkScopeBanner } from '../components/scope-banner/scope-banner.js';
import { wrap } from './wrap.js';

/** `<tk-scope-banner>` for React. */
export const ScopeBanner = wrap('tk-scope-banner', TkScopeBanner, 'ScopeBanner', ['tk-scope-change']);
