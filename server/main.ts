import { serve } from '@hono/node-server';
import { createApp, createDeps } from './app.js';
import { configFromEnv } from './config.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { DEMO_PASSWORD, seedIfEmpty } from './db/seed.js';
import { smtpTransport } from './mail/smtp.js';
import { createDemoData } from '../src/api/memory/demo-data.js';

/**
 * `npm start` (and, built, `node server/dist/main.js`): opens (and on first start creates and seeds)
 * the database, then serves the API, the built library and the example portal on `HOST:PORT`.
 */
const env = process.env;
const port = Number(env.PORT ?? 8080);
// Loopback unless told otherwise: behind a load balancer, HOST=0.0.0.0 (or the instance's address).
const hostname = env.HOST ?? '127.0.0.1';
const config = configFromEnv(env, port);
const dataDir = env.TENANTKIT_DATA ?? '.data';
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
const applied = await migrate(db);
if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
const started = Date.now();
// Demo dates (links pending, trials running) are relative to the first start.
if (await seedIfEmpty(db, { bulk: env.TENANTKIT_BULK !== '0', now: new Date() }))
  console.log(`Seeded the demo data in ${Date.now() - started} ms.`);

const transport = env.SMTP_URL
  ? await smtpTransport(env.SMTP_URL, env.SMTP_FROM ?? 'tenantkit <noreply@localhost>')
  : undefined;
const app = createApp(createDeps({ db, config, transport }));
const server = serve({ fetch: app.fetch, hostname, port }, () => {
  console.log(`tenantkit reference server on ${config.publicUrl}/`);
  console.log(`  storage: ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}`);
  console.log(`  API: ${config.publicUrl}/api  ·  OpenAPI: ${config.publicUrl}/api/openapi.json`);
  if (config.devTools) console.log(`  outbox: ${config.publicUrl}/dev/outbox`);
  console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const login of createDemoData().logins)
    console.log(`  ${login.email.padEnd(26)} ${login.role}, ${login.account}`);
});

const shutdown = () => {
  server.close();
  void db.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
