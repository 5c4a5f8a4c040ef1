// Prints what a page downloads (min and min+gzip, English) and fails above size-budget.json:
// - the CDN folder (dist/cdn, built by rollup): the loader, the runtime chunk, the API entry, each
//   element as a page that uses only it loads it through the loader, and every element on one page;
// - the one file dist/tenantkit.min.js;
// - each npm define entry (dist/define, as npm ships it), bundled alone by esbuild as a site importing just that element ships it.
// Other languages are files of their own, loaded per catalog area on first use: listed on their own.
// Below the table, the floors: lit, ky and zod/mini with the contract, bundled alone.
// It also writes .storybook/element-sizes.json, which each element's docs page states.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const measure = (files) =>
  [...files].reduce(
    ([min, zipped], file) => {
      const contents = readFileSync(file);
      return [min + contents.length, zipped + gz(contents)];
    },
    [0, 0],
  );

const CDN = 'dist/cdn';
const manifest = JSON.parse(readFileSync(`${CDN}/manifest.json`, 'utf8'));
const elements = readdirSync('src/define')
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => name !== 'all')
  .sort();

/** An output file and every file it imports statically: what loads before it runs. */
function closure(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const imported of manifest[file].imports) closure(imported, into);
  return into;
}
const cdnFiles = (files) => new Set([...files].map((file) => `${CDN}/${file}`));

const loaderSource = readFileSync(`${CDN}/tenantkit.loader.js`, 'utf8');
const unknown = elements.filter((name) => !loaderSource.includes(`"${name}"`));
if (unknown.length) {
  console.error(`size: the loader does not know ${unknown.join(', ')} (src/loader/elements.ts)`);
  process.exit(1);
}

const rows = [];
const row = (name, files, limit) => {
  const [min, zipped] = measure(files);
  rows.push([name, min, zipped, limit]);
  return zipped;
};

// A page that uses the loader loads it, the API entry (to configure its client) and the element.
const base = closure('tenantkit.js', new Set(['tenantkit.loader.js']));
const runtime = Object.keys(manifest).find((file) => /^chunks\/runtime-/.test(file));
row('cdn/tenantkit.loader.js', cdnFiles(['tenantkit.loader.js']), budget['cdn/tenantkit.loader.js']);
row('cdn runtime chunk', cdnFiles([runtime]), budget['cdn/runtime']);
row('cdn/tenantkit.js (API: clients, configure)', cdnFiles(['tenantkit.js']), budget['cdn/tenantkit.js']);
// What every element page loads anyway; an element's own size is what it adds.
const shared = closure(runtime, new Set(base));
const sizes = {};
const everything = new Set(base);
for (const name of elements) {
  const files = closure(`define/${name}.js`, new Set(base));
  files.forEach((file) => everything.add(file));
  const limit = budget[`cdn page: tk-${name}`] ?? budget['cdn page: one element'];
  const page = row(`cdn page: <tk-${name}> via the loader`, cdnFiles(files), limit);
  const own = measure(cdnFiles([...files].filter((file) => !shared.has(file))))[1];
  sizes[`tk-${name}`] = { page, own };
}
row('cdn page: every element', cdnFiles(everything), budget['cdn page: every element']);
row(
  'dist/tenantkit.min.js (all, English inlined)',
  ['dist/tenantkit.min.js'],
  budget['dist/tenantkit.min.js'],
);

// Each npm define entry bundled alone (as a site that uses that one element gets it), split at
// its dynamic imports: what loads before the element runs is the entry's static closure. Bundled
// together, every entry paid for chunk boundaries cut by the others' dynamic imports.
for (const file of readdirSync('src/define').sort()) {
  const name = `define/${file.replace(/\.ts$/, '.js')}`;
  const outdir = mkdtempSync(join(tmpdir(), 'tenantkit-size-'));
  try {
    const result = await build({
      // The built npm file (dist/define), as a site's bundler gets it.
      entryPoints: [`dist/${name}`],
      entryNames: '[dir]/[name]',
      outbase: 'dist',
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
    const outputs = result.metafile.outputs;
    const staticClosure = (out, into = new Set()) => {
      if (into.has(out)) return into;
      into.add(out);
      for (const { path, kind } of outputs[out].imports)
        if (kind === 'import-statement') staticClosure(path, into);
      return into;
    };
    const out = Object.keys(outputs).find((k) => k.endsWith(name));
    row(`npm ${name}`, staticClosure(out), budget[name] ?? budget['define/*']);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

for (const lang of ['de', 'fr', 'hu']) {
  const areas = readdirSync(`${CDN}/locales/${lang}`).filter((file) => file.endsWith('.js'));
  const largest = areas
    .map((file) => [file, gz(readFileSync(`${CDN}/locales/${lang}/${file}`))])
    .sort((a, b) => b[1] - a[1])[0];
  row(
    `+ ${lang}, largest area (${largest[0]})`,
    [`${CDN}/locales/${lang}/${largest[0]}`],
    budget['locale area'],
  );
}

/** One file bundled by esbuild from `entryPoints` or from `contents` (a module in src/). */
const bundle = async ({ entryPoints, contents, external = [] }) =>
  build({
    ...(contents ? { stdin: { contents, resolveDir: 'src', loader: 'ts' } } : { entryPoints }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'size-bundle',
    external,
    target: 'es2022',
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.build.json',
    logLevel: 'silent',
  });
const sizeOf = ({ outputFiles }) => [outputFiles[0].contents.length, gz(outputFiles[0].contents)];

// tenantkit/scim is an entry of its own: bundled alone (with ky and zod), and what it adds beside
// the REST client (ky and zod shared). No element and neither main entry may pull it in.
{
  const alone = sizeOf(await bundle({ entryPoints: ['src/api/scim/index.ts'] }));
  const own = sizeOf(
    await bundle({ entryPoints: ['src/api/scim/index.ts'], external: ['ky', 'zod', 'zod/*'] }),
  );
  rows.push(['npm tenantkit/scim, alone (with ky, zod)', ...alone, budget['npm tenantkit/scim']]);
  rows.push([
    'npm tenantkit/scim, ky and zod external',
    ...own,
    budget['npm tenantkit/scim, ky and zod external'],
  ]);
  const others = await bundle({ entryPoints: ['src/index.ts', 'src/api/index.ts', 'src/define/all.ts'] });
  const leaked = Object.keys(others.metafile.inputs).filter((file) => file.includes('src/api/scim/'));
  if (leaked.length) {
    console.error(`size: ${leaked.join(', ')} reached a page that does not import tenantkit/scim`);
    process.exitCode = 1;
  }
}

// The floors: what every CDN page loads before any element, core or client code of ours (lit, ky,
// zod/mini and the contract as the browser uses it, src/api/schemas/browser.ts), each bundled alone
// and all in one file; the runtime chunk and the API entry together cannot weigh less than the last.
// Printed, not budgeted.
const LIT = `export * from 'lit'; export * from '@lit/context'; export * from '@lit/task';
  export * from 'lit/directives/repeat.js';`;
const KY = `export { default as ky } from 'ky';`;
const CONTRACT = `export * from './api/schemas/browser.js';`;
const floors = [
  ['lit, @lit/context, @lit/task, repeat', LIT],
  ['ky', KY],
  ['zod/mini, one z.object', `import * as z from 'zod/mini'; export const A = z.object({ a: z.string() });`],
  ['zod/mini with the contract (schemas/browser.ts)', CONTRACT],
  ['all of lit, ky, zod/mini and the contract', [LIT, KY, CONTRACT].join('\n')],
];
const floorRows = [];
for (const [name, contents] of floors) floorRows.push([name, ...sizeOf(await bundle({ contents }))]);

let failed = false;
console.log('entry'.padEnd(48), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
for (const [name, min, zipped, limit] of rows) {
  const over = limit === undefined || zipped > limit;
  failed ||= over;
  console.log(
    name.padEnd(48),
    kb(min).padStart(10),
    kb(zipped).padStart(10),
    (limit === undefined ? 'none' : kb(limit)).padStart(10),
    over ? ' OVER BUDGET' : '',
  );
}

console.log('\nfloor: what every page loads before our own code (not budgeted)');
for (const [name, min, zipped] of floorRows)
  console.log(name.padEnd(48), kb(min).padStart(10), kb(zipped).padStart(10));

// Each element's Storybook docs page states these (rounded, so that small changes do not churn the file).
const sizesFile = '.storybook/element-sizes.json';
const rounded = Object.fromEntries(
  Object.entries(sizes).map(([tag, { page, own }]) => [
    tag,
    { page: Math.round(page / 102.4) / 10, own: Math.round(own / 102.4) / 10 },
  ]),
);
const text = `${JSON.stringify(rounded, null, 2)}\n`;
if (!existsSync(sizesFile) || readFileSync(sizesFile, 'utf8') !== text) writeFileSync(sizesFile, text);

if (failed) {
  console.error('size: an entry is over its budget in size-budget.json (or has none)');
  process.exit(1);
}
