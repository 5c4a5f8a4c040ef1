/**
 * The typing runs of `npm run bench`: the reference server on PGlite with the scale demo data,
 * serving bench/page/typing-page.ts, and Chromium typing queries into one list element on it.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createApp, createDeps } from '../../server/app.js';
import { defaultConfig } from '../../server/config.js';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../../server/db/seed.js';
import { bundlePage, pageHtml } from './page-server.js';

export interface BenchServer {
  base: string;
  db: Db;
  /** A bearer token for a demo user. */
  signIn(email: string): Promise<string>;
  close(): Promise<void>;
}

/** Seeds PGlite (with the bulk and scale accounts), serves the API and the typing page on loopback. */
export async function startBenchServer(): Promise<BenchServer> {
  const js = await bundlePage(new URL('../page/typing-page.ts', import.meta.url));

  const db = await openPglite();
  await migrate(db);
  await seedIfEmpty(db, { bulk: true });
  const app = createApp(createDeps({ db, config: defaultConfig({ devTools: false }) }));
  const server = serve({
    fetch: (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === '/typing-bench.js')
        return new Response(js, { headers: { 'content-type': 'text/javascript' } });
      if (pathname === '/typing-bench')
        return new Response(pageHtml('/typing-bench.js'), { headers: { 'content-type': 'text/html' } });
      return app.fetch(request);
    },
    hostname: '127.0.0.1',
    port: 0,
  });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    db,
    signIn: async (email) => {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      return ((await login.json()) as { token: string }).token;
    },
    close: async () => {
      server.close();
      await db.close();
    },
  };
}

/**
 * Types each query into `element` (a key every `gapMs`) in Chromium and answers, per query, the ms
 * from its last keystroke to the first painted frame showing its list.
 */
export async function typeQueries(
  server: BenchServer,
  options: { element: string; token: string; account?: string; queries: readonly string[]; gapMs: number },
): Promise<number[]> {
  const query = new URLSearchParams({ element: options.element, token: options.token });
  if (options.account) query.set('account', options.account);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.base}/typing-bench?${query}`);
    await page.evaluate(() => window.typingBench.ready());
    const times: number[] = [];
    for (const q of options.queries)
      times.push(
        await page.evaluate(([text, gap]) => window.typingBench.type(text, gap), [q, options.gapMs] as const),
      );
    return times;
  } finally {
    await browser.close();
  }
}
