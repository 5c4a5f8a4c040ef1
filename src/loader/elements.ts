/**
 * The elements the loader knows, by tag name without the prefix; each is the CDN chunk
 * `define/<name>.js`. `npm run size` fails if a file in `src/define` is missing here.
 */
export const ELEMENTS: readonly string[] = [
  'provider',
  'user-manager',
  'access-rights-table',
  'resource-list',
  'help-popup',
  'help-settings',
  'import',
  'sub-account-form',
  'sub-account-list',
  'scope-banner',
];
