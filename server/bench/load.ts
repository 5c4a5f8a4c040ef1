import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { paced } from '../../bench/lib/paced.js';
import { BULK_ACCOUNT_ID } from '../../src/api/memory/demo-data.js';
import { createApp, createDeps } from '../app.js';
import { defaultConfig } from '../config.js';
import type { Db } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../db/seed.js';
import { addGrowthAccount } from './grow.js';

/**
 * `npm run load` (and `scripts/with-postgres.sh npm run load` for PostgreSQL beside PGlite): the
 * server with Bulk GmbH (10,000 users, 20,000 rights) and growth accounts of 1,000 and 100,000
 * users seeded, on 127.0.0.1. For the user search, the users page and the access-rights page it
 * measures saturation (autocannon, 10 connections) and a paced 200 req/s (evenly spaced, raw
 * latencies, from a separate process), then the growth table: saturation per account size.
 */
const seconds = Number(process.env.LOAD_SECONDS ?? 5);
const growSeconds = Number(process.env.LOAD_GROW_SECONDS ?? 3);
const rate = Number(process.env.LOAD_RATE ?? 200);
const term = process.env.LOAD_QUERY ?? 'anna';
const SIZES = [1_000, 10_000, 100_000];

const ENDPOINTS = {
  'user search': (account: string) => `/api/accounts/${account}/users?q=${encodeURIComponent(term)}&limit=50`,
  'users page': (account: string) => `/api/accounts/${account}/users?limit=50`,
  'access-rights page': (account: string) => `/api/accounts/${account}/access-rights?limit=50`,
};
type Endpoint = keyof typeof ENDPOINTS;

interface Figures {
  saturation: number;
  paced: { p50: number; p99: number; failures: number };
  growth: Record<number, number>;
}
type EngineResult = Record<Endpoint, Figures>;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN;

async function saturate(url: string, token: string, duration: number): Promise<number> {
  const result = await autocannon({
    url,
    connections: 10,
    duration,
    // The load generator runs in its own thread, so it does not steal the server's event loop.
    workers: 1,
    headers: { Authorization: `Bearer ${token}` },
  });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function prepare(db: Db): Promise<Record<number, string>> {
  const started = Date.now();
  await seedIfEmpty(db, { bulk: true });
  const accounts: Record<number, string> = { 10_000: BULK_ACCOUNT_ID };
  for (const size of SIZES.filter((s) => s !== 10_000))
    accounts[size] = (await addGrowthAccount(db, size)).id;
  // As after the seed and after an import (Db.afterBulkWrite): statistics and the visibility map,
  // so the growth accounts' counts read their indexes alone, as Bulk GmbH's do.
  await db.exec('VACUUM (ANALYZE)');
  console.log(`  seeded Bulk GmbH and the growth accounts in ${Date.now() - started} ms`);
  return accounts;
}

async function measure(engine: string, databaseUrl: string | undefined): Promise<EngineResult> {
  console.log(`${engine}:`);
  const db = await openDatabase({ databaseUrl });
  await migrate(db);
  const accounts = await prepare(db);
  const app = createApp(createDeps({ db, config: defaultConfig({ devTools: false }) }));
  // Counts requests in flight, so the database closes only after the last one has finished.
  let inFlight = 0;
  const server = serve({
    fetch: async (request) => {
      inFlight++;
      try {
        return await app.fetch(request);
      } finally {
        inFlight--;
      }
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

  const result = {} as EngineResult;
  for (const [name, path] of Object.entries(ENDPOINTS) as [Endpoint, (a: string) => string][]) {
    const url = base + path(BULK_ACCOUNT_ID);
    const probe = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await probe.json()) as { total: number; totalExact?: boolean };
    console.log(
      `  ${name}: GET ${path(BULK_ACCOUNT_ID)} → total ${body.total}${body.totalExact === false ? '+' : ''}`,
    );
    await saturate(url, token, 1); // warm-up
    const saturation = await saturate(url, token, seconds);
    const run = await paced({ urls: [url], token, rate, seconds });
    const sorted = run.latencies.sort((a, b) => a - b);
    const growth: Record<number, number> = {};
    for (const size of SIZES) growth[size] = await saturate(base + path(accounts[size]!), token, growSeconds);
    result[name] = {
      saturation,
      paced: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), failures: run.failures },
      growth,
    };
    console.log(
      `    ${saturation.toFixed(0)} req/s; paced ${rate}/s p50 ${result[name].paced.p50.toFixed(1)} ms, p99 ${result[name].paced.p99.toFixed(1)} ms (pacer lag ≤ ${run.maxLagMs.toFixed(1)} ms)`,
    );
  }

  // Ends autocannon's idle keep-alive sockets too, so no late request meets a closed database.
  await new Promise((resolve) => {
    server.close(resolve);
    (server as Server).closeAllConnections();
  });
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  await db.close();
  return result;
}

const engines: [string, string | undefined][] = [['PGlite', undefined]];
if (process.env.DATABASE_URL) engines.push(['PostgreSQL', process.env.DATABASE_URL]);
const results: Record<string, EngineResult> = {};
for (const [engine, url] of engines) results[engine] = await measure(engine, url);

const names = engines.map(([engine]) => engine);
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
console.log(
  `\nSaturation (10 connections, ${seconds} s) and paced ${rate} req/s (raw latencies), Bulk GmbH:`,
);
row(['endpoint', ...names.flatMap((n) => [`${n} req/s`, `${n} p50 / p99 ms`])]);
row(['---', ...names.flatMap(() => ['---:', '---:'])]);
for (const endpoint of Object.keys(ENDPOINTS) as Endpoint[])
  row([
    endpoint,
    ...names.flatMap((n) => {
      const f = results[n]![endpoint];
      const failed = f.paced.failures ? ` (${f.paced.failures} failed)` : '';
      return [f.saturation.toFixed(0), `${f.paced.p50.toFixed(1)} / ${f.paced.p99.toFixed(1)}${failed}`];
    }),
  ]);
console.log(
  `\nGrowth: saturation req/s by account size (users; rights are twice as many), ${growSeconds} s each:`,
);
row([
  'endpoint',
  ...names.flatMap((n) => SIZES.map((s) => `${n} ${s / 1000}k`)),
  ...names.map((n) => `${n} 100k/1k`),
]);
row(['---', ...names.flatMap(() => SIZES.map(() => '---:')), ...names.map(() => '---:')]);
for (const endpoint of Object.keys(ENDPOINTS) as Endpoint[])
  row([
    endpoint,
    ...names.flatMap((n) => SIZES.map((s) => results[n]![endpoint].growth[s]!.toFixed(0))),
    ...names.map((n) => {
      const g = results[n]![endpoint].growth;
      return `${(g[1_000]! / g[100_000]!).toFixed(2)}× slower`;
    }),
  ]);
