// Prints the min+gzip size of the CDN bundle and of each define entry, and fails above the budget.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const rows = [];
const bundle = readFileSync('dist/tenantkit.min.js');
rows.push(['dist/tenantkit.min.js', bundle.length, gz(bundle), budget['dist/tenantkit.min.js']]);

for (const file of readdirSync('src/define').sort()) {
  const result = await build({
    entryPoints: [`src/define/${file}`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.build.json',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  rows.push([`define/${file.replace(/\.ts$/, '.js')}`, code.length, gz(code), budget['define/*']]);
}

let failed = false;
console.log('entry'.padEnd(34), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
for (const [name, min, zipped, limit] of rows) {
  const over = zipped > limit;
  failed ||= over;
  console.log(
    name.padEnd(34),
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
