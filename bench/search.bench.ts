/**
 * Search that keeps up with typing (issue 21): <tk-user-manager> on Bulk GmbH (10,000 users)
 * against the reference server on PGlite, in Chromium. Types 20 queries key by key (a key every
 * 120 ms) and prints the median and p90 ms from the last keystroke to the painted list.
 */
import { serve } from '@hono/node-server';
import { build } from 'esbuild';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { BULK_ACCOUNT_ID } from '../src/api/memory/demo-data.js';
import { createApp, createDeps } from '../server/app.js';
import { defaultConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openPglite } from '../server/db/pglite.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../server/db/seed.js';

const QUERIES = [
  'anna',
  'jürgen',
  'müller',
  'zoé',
  'weber',
  'sophie',
  'lukas',
  'camille',
  'felix',
  'nagy',
  'dubois',
  'schmidt',
  'léa',
  'dóra',
  'jonas',
  'kovács',
  'becker',
  'moreau',
  'tóth',
  'laurent',
];
const GAP_MS = 120;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const js = (
  await build({
    entryPoints: [new URL('./page/search-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
    logLevel: 'warning',
  })
).outputFiles[0]!.text;

const db = await openPglite();
await migrate(db);
await seedIfEmpty(db, { bulk: true });
const app = createApp(createDeps({ db, config: defaultConfig({ devTools: false }) }));
const server = serve({
  fetch: (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/search-bench.js')
      return new Response(js, { headers: { 'content-type': 'text/javascript' } });
    if (pathname === '/search-bench')
      return new Response(
        '<!doctype html><html lang="en"><body><script type="module" src="/search-bench.js"></script></body></html>',
        { headers: { 'content-type': 'text/html' } },
      );
    return app.fetch(request);
  },
  hostname: '127.0.0.1',
  port: 0,
});
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: 'reseller@acme.example', password: DEMO_PASSWORD }),
});
const { token } = (await login.json()) as { token: string };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/search-bench?token=${token}&account=${BULK_ACCOUNT_ID}`);
await page.evaluate(() => window.searchBench.ready());
const times: number[] = [];
for (const query of QUERIES)
  times.push(await page.evaluate(([q, gap]) => window.searchBench.type(q, gap), [query, GAP_MS] as const));
console.log(
  `Search in <tk-user-manager>, Bulk GmbH (10,000 users), reference server on PGlite, ${QUERIES.length} queries typed a key every ${GAP_MS} ms:`,
);
console.log(
  `  last keystroke → painted list: median ${at(times, 0.5).toFixed(0)} ms, p90 ${at(times, 0.9).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
);
await browser.close();
server.close();
await db.close();
