// The production build of the server: one ES module, server/dist/main.js, with the server's code and
// the parts of src/api it uses bundled in and every npm package left to node_modules (the dependencies
// in server/package.json), plus the migrations' SQL beside it, where server/db/migrate.ts looks.
import { build } from 'esbuild';
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await rm(here('dist'), { recursive: true, force: true });
await build({
  entryPoints: [here('main.ts')],
  outfile: here('dist/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  // server/config.ts finds the repository (dist/ and examples/) from its own URL: one folder up from
  // server/config.ts, two from server/dist/main.js.
  define: { TENANTKIT_ROOT_FROM_MODULE: '"../../"' },
  logLevel: 'warning',
});
await cp(here('db/migrations'), here('dist/migrations'), { recursive: true });
console.log('server/dist/main.js and server/dist/migrations/ built');
