/**
 * Benchmark of <tk-resource-list> and the resource move (issue 16), medians of 7:
 * - in Chromium (production Lit bundle, strict CSP): a keystroke in "account name" over the
 *   reseller's 50,082 SIMs (50,000 of Bulk GmbH) until the filtered list is painted;
 * - on the reference server (PGlite, bulk demo data): moving 1,000 selected SIMs in one request.
 */
import { chromium } from 'playwright-core';
import { SEARCH_PAUSE_MS } from '../src/core/search-pause.js';
import { createApp, createDeps } from '../server/app.js';
import { defaultConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openPglite } from '../server/db/pglite.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../server/db/seed.js';
import { bundlePage, servePage } from './lib/page-server.js';
import { median } from './lib/stats.js';

const RUNS = 7;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

async function browserBench(): Promise<void> {
  const server = await servePage(await bundlePage(new URL('./page/resource-page.ts', import.meta.url)), CSP);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate(() => (window as unknown as { bench: { ready(): Promise<void> } }).bench.ready());
    const times: Record<string, number[]> = { bulk: [], northwind: [], '': [] };
    const counts: Record<string, string> = {};
    for (let i = 0; i < RUNS; i++)
      for (const text of ['bulk', 'northwind', '']) {
        const r = await page.evaluate(
          (t) =>
            (
              window as unknown as { bench: { filter(t: string): Promise<{ ms: number; count: string }> } }
            ).bench.filter(t),
          text,
        );
        times[text]!.push(r.ms);
        counts[text] = r.count;
      }
    console.log(
      `Filter by account name over 50,082 SIMs (memory client), keystroke → painted (incl. the ${SEARCH_PAUSE_MS} ms typing pause), median of 7:`,
    );
    for (const [text, xs] of Object.entries(times))
      console.log(
        `  "${text}" (${counts[text]}): ${median(xs).toFixed(0)} ms (${(median(xs) - SEARCH_PAUSE_MS - 10).toFixed(0)} ms after waiting out the pause)`,
      );
  } finally {
    await browser.close();
    server.close();
  }
}

async function serverBench(): Promise<void> {
  const db = await openPglite();
  await migrate(db);
  const seeding = Date.now();
  await seedIfEmpty(db, { bulk: true });
  console.log(`Seeded the bulk demo data (with 50,000 SIMs) into PGlite in ${Date.now() - seeding} ms.`);
  const app = createApp(createDeps({ db, config: defaultConfig() }));
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await app.request(`/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const { token } = (await call('POST', '/auth/login', undefined, {
    email: 'reseller@acme.example',
    password: DEMO_PASSWORD,
  })) as { token: string };
  const ids = Array.from({ length: 1000 }, (_, i) => `res_bulk_${String(i + 1).padStart(5, '0')}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const to = i % 2 === 0 ? 'acc_acme' : 'acc_bulk';
    const start = performance.now();
    const result = (await call('POST', '/accounts/acc_acme/resources/move', token, { ids, to })) as {
      moved: number;
    };
    times.push(performance.now() - start);
    if (result.moved !== 1000) throw new Error(`moved ${result.moved}, not 1,000`);
  }
  console.log(
    `Move 1,000 selected SIMs in one request (one transaction, 1,000 audit events), PGlite, median of 7: ${median(times).toFixed(0)} ms`,
  );
  await db.close();
}

await browserBench();
await serverBench();
