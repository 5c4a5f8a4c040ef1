/**
 * Benchmark of the import (issue 17) on the reference server (PGlite, in memory, demo data): the
 * generated file of n rows (n/5 customers, each with 4 users) at 1,000 to 10,000 rows, sent the
 * way <tk-import> sends it (the same header matching, row building, batches of 500 with the
 * customers first, and the REST client), as a dry run, as the import, and as a re-run of the same
 * file (every row unchanged). Each size gets a fresh database. Targets at 10,000 rows: dry run
 * under 5 s, import under 30 s.
 */
import { createApp, createDeps } from '../server/app.js';
import { defaultConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openPglite } from '../server/db/pglite.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../server/db/seed.js';
import { createRestClient } from '../src/api/rest.js';
import type { ImportRow } from '../src/api/schemas/index.js';
import { BatchRun } from '../src/components/import/batches.js';
import { matchHeaders, toImportRow } from '../src/components/import/fields.js';
import { countResults } from '../src/components/import/results.js';
// @ts-expect-error: the fixture generator is plain JavaScript (the browser test runs it too).
import { rows10k } from '../test/fixtures/import/generate-10k.mjs';

const SIZES = [1_000, 2_500, 5_000, 10_000];
const generate = rows10k as (n: number) => string[][];

async function measure(n: number): Promise<string> {
  const db = await openPglite();
  await migrate(db);
  await seedIfEmpty(db, { bulk: false });
  const app = createApp(createDeps({ db, config: defaultConfig() }));
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'reseller@acme.example', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const client = createRestClient({
    baseUrl: 'http://bench.local/api',
    getToken: () => token,
    fetch: (input, init) =>
      Promise.resolve(app.request(input instanceof Request ? input : String(input), init)),
    timeout: 120_000,
  });
  const [header, ...cells] = generate(n);
  const mapping = matchHeaders(header!);
  const types = await client.listProductTypes();
  const rows: ImportRow[] = cells.map((c, i) => toImportRow(c, mapping, i + 2, types));

  const pass = async (dryRun: boolean) => {
    const run = new BatchRun(client, 'acc_acme', rows, dryRun, 500);
    const start = performance.now();
    await run.run(new AbortController().signal, () => {});
    const ms = performance.now() - start;
    const c = countResults(run.results);
    return { ms, c };
  };
  const dry = await pass(true);
  const write = await pass(false);
  const rerun = await pass(false);
  await db.close();
  if (dry.c.failed || write.c.failed || rerun.c.create)
    throw new Error(
      `unexpected results at ${n}: ${JSON.stringify({ dry: dry.c, write: write.c, rerun: rerun.c })}`,
    );
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `| ${n.toLocaleString('en')} | ${(n / 5).toLocaleString('en')} + ${((n * 4) / 5).toLocaleString('en')} | ${s(dry.ms)} | ${s(write.ms)} (${write.c.create.toLocaleString('en')} created) | ${s(rerun.ms)} (${rerun.c.unchanged.toLocaleString('en')} unchanged) |`;
}

console.log('Import on PGlite (in memory), batches of 500 through the REST client:');
console.log('| rows | customers + users | dry run | import | re-run of the same file |');
console.log('|---:|---:|---:|---:|---:|');
for (const n of SIZES) console.log(await measure(n));
