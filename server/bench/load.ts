import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { BULK_ACCOUNT_ID } from '../../src/api/memory/demo-data.js';
import { createApp, createDeps } from '../app.js';
import { defaultConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../db/seed.js';

/**
 * `npm run load`: the server with Bulk GmbH seeded (PGlite in memory, or PostgreSQL when
 * DATABASE_URL is set), hammered on 127.0.0.1 with a search over 10,000 users for ~10 s.
 */
const duration = Number(process.env.LOAD_SECONDS ?? 10);
const term = process.env.LOAD_QUERY ?? 'anna';

const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
await migrate(db);
let started = Date.now();
await seedIfEmpty(db, { bulk: true });
console.log(
  `storage: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'}; seeded in ${Date.now() - started} ms`,
);

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
const path = `/api/accounts/${BULK_ACCOUNT_ID}/users?q=${encodeURIComponent(term)}&limit=50`;
const probe = (await (
  await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } })
).json()) as { total: number };
console.log(`GET ${path} → ${probe.total} matches; ${duration} s, 10 connections`);

started = Date.now();
const result = await autocannon({
  url: base + path,
  connections: 10,
  duration,
  // The load generator runs in its own thread, so it does not steal the server's event loop.
  workers: 1,
  headers: { Authorization: `Bearer ${token}` },
});
console.log(
  `requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total}, non-2xx ${result.non2xx}, errors ${result.errors})`,
);
console.log(`latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);

server.close();
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
await db.close();
