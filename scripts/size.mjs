// Prints the min+gzip size of the CDN bundle and of each define entry, and fails above the budget.
// A define entry is bundled alone with its dependencies, as a site that imports just that element
// would ship it; the catalogs other than English are separate chunks fetched on first use, so they
// are listed on their own.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const rows = [];
const bundle = readFileSync('dist/tenantkit.min.js');
rows.push([
  'dist/tenantkit.min.js (all, all locales)',
  bundle.length,
  gz(bundle),
  budget['dist/tenantkit.min.js'],
]);

/** Bytes of an output file and of every chunk it imports statically (what loads before it runs). */
function initialLoad(outputs, file, seen = new Set()) {
  if (seen.has(file)) return [0, 0];
  seen.add(file);
  const contents = readFileSync(file);
  let [min, zipped] = [contents.length, gz(contents)];
  for (const { path, kind } of outputs[file].imports) {
    if (kind !== 'import-statement') continue;
    const [m, z] = initialLoad(outputs, path, seen);
    min += m;
    zipped += z;
  }
  return [min, zipped];
}

const outdir = mkdtempSync(join(tmpdir(), 'tenantkit-size-'));
try {
  const defines = readdirSync('src/define').sort();
  const result = await build({
    entryPoints: [
      ...defines.map((f) => `src/define/${f}`),
      'src/locales/de/index.ts',
      'src/locales/fr/index.ts',
      'src/locales/hu/index.ts',
    ],
    entryNames: '[dir]/[name]',
    outbase: 'src',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir,
    metafile: true,
    target: 'es2022',
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.build.json',
    logLevel: 'silent',
  });
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).map(([k, v]) => [k, v]));
  for (const file of defines) {
    const out = Object.keys(outputs).find((k) => k.endsWith(`define/${file.replace(/\.ts$/, '.js')}`));
    const [min, zipped] = initialLoad(outputs, out);
    const name = `define/${file.replace(/\.ts$/, '.js')}`;
    rows.push([`${name} (en)`, min, zipped, budget[name] ?? budget['define/*']]);
  }
  for (const lang of ['de', 'fr', 'hu']) {
    const out = Object.keys(outputs).find((k) => k.endsWith(`locales/${lang}/index.js`));
    const contents = readFileSync(out);
    rows.push([`+ ${lang} catalog, on first use`, contents.length, gz(contents), budget['locale']]);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

let failed = false;
console.log('entry'.padEnd(42), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
for (const [name, min, zipped, limit] of rows) {
  const over = zipped > limit;
  failed ||= over;
  console.log(
    name.padEnd(42),
    kb(min).padStart(10),
    kb(zipped).padStart(10),
    kb(limit).padStart(10),
    over ? ' OVER BUDGET' : '',
  );
}
if (failed) {
  console.error('size: an entry is over its budget in size-budget.json');
  process.exit(1);
}
