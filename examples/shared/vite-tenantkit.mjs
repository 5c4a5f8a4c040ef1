import { fileURLToPath } from 'node:url';

/**
 * Resolves `tenantkit` and `tenantkit/…` to this repository's built package (dist/, through its
 * package.json "exports"), as an app with tenantkit in node_modules gets it: an app of your own
 * needs no such plugin.
 */
export function tenantkitFromThisRepository() {
  return {
    name: 'tenantkit-from-this-repository',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'tenantkit' || id.startsWith('tenantkit/')) return fileURLToPath(import.meta.resolve(id));
      return null;
    },
  };
}
