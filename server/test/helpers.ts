import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import pg from 'pg';
import { etagFor } from '../../src/api/client.js';
import { createApp, createDeps } from '../app.js';
import { defaultConfig, type ServerConfig } from '../config.js';
import type { Deps } from '../context.js';
import type { Db } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { DEMO_PASSWORD, seedIfEmpty } from '../db/seed.js';

export { DEMO_PASSWORD, etagFor };

/** A real PostgreSQL for the suite when one is given; PGlite in memory otherwise. */
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
export const ON_POSTGRES = Boolean(POSTGRES_URL);

export const SEED_NOW = new Date('2026-11-01T00:00:00Z');

/** The files a seeded database is made from; a change to any of them makes a new PGlite snapshot. */
async function seedFingerprint(): Promise<string> {
  const here = (path: string) => new URL(path, import.meta.url);
  const migrations = (await readdir(here('../db/migrations/')))
    .sort()
    .map((f) => here(`../db/migrations/${f}`));
  const sources = [
    ...migrations,
    here('../db/seed.ts'),
    here('../auth/passwords.ts'),
    here('../../src/api/memory/demo-data.ts'),
    here('../../node_modules/@electric-sql/pglite/package.json'),
  ];
  const hash = createHash('sha256');
  for (const source of sources) hash.update(await readFile(source));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A migrated and seeded in-memory PGlite. Creating one from scratch (initdb) costs seconds, so the
 * first test file leaves a snapshot in the temp folder and the others start from it.
 */
async function seededPglite(): Promise<Db> {
  const file = join(tmpdir(), `tenantkit-test-db-${await seedFingerprint()}.tar`);
  const snapshot = await readFile(file).then(
    (bytes) => new Blob([bytes]),
    () => undefined,
  );
  if (snapshot) return openPglite({ snapshot });
  const db = await openPglite();
  await migrate(db);
  await seedIfEmpty(db, { bulk: false, now: SEED_NOW });
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, Buffer.from(await (await db.snapshot()).arrayBuffer()));
  await rename(partial, file);
  return db;
}

/**
 * A new migrated and seeded schema on the test PostgreSQL. `db` is one pool on it; `open()` gives
 * another (a second server instance on the same database); `close()` drops the schema and ends `db`.
 */
export async function seededPostgresSchema() {
  if (!POSTGRES_URL) throw new Error('seededPostgresSchema needs DATABASE_URL (scripts/with-postgres.sh)');
  const url = POSTGRES_URL;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // The extension lives in public, shared by every test schema (a test schema's drop must not take it along).
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const open = () => openPostgres(url, `${schema},public`);
  const db = await open();
  await migrate(db);
  await seedIfEmpty(db, { bulk: false, now: SEED_NOW });
  return {
    db,
    open,
    close: async () => {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

/** A fresh seeded database: a schema of its own on PostgreSQL, or a new in-memory PGlite. */
async function openFreshDb(): Promise<Db> {
  if (!POSTGRES_URL) return seededPglite();
  const { db, close } = await seededPostgresSchema();
  return { ...db, close };
}

export interface Reply {
  status: number;
  headers: Headers;
  /** Tests look into bodies freely. */
  body: any;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Requests to one app in memory, with a bearer token and a JSON body, answered as status, headers and parsed body. */
export function requestOn(app: { request: Hono['request'] }) {
  return async (method: string, path: string, options: RequestOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (a page or a script): keep the text.
    }
    return { status: response.status, headers: response.headers, body };
  };
}

/** The whole app on a seeded database, a clock the test moves, and request helpers. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}) {
  const db = await openFreshDb();
  let now = SEED_NOW;
  const deps: Deps = createDeps({
    db,
    config: defaultConfig({ publicUrl: 'http://tenantkit.test', ...overrides }),
    now: () => now,
  });
  const app = createApp(deps);

  const request = requestOn(app);

  async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const reply = await request('POST', '/api/auth/login', { body: { email, password } });
    if (reply.status !== 200)
      throw new Error(`login ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body.token as string;
  }

  /** The latest outbox mail to `email`, and the token of its password link. */
  async function lastMailTo(email: string): Promise<{ subject: string; body: string; token: string | null }> {
    const [row] = await db.query<{ subject: string; body: string; link_url: string | null }>(
      'SELECT subject, body, link_url FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
      [email],
    );
    if (!row) throw new Error(`no mail to ${email}`);
    const token = row.link_url ? new URL(row.link_url).searchParams.get('token') : null;
    return { subject: row.subject, body: row.body, token };
  }

  return {
    app,
    db,
    deps,
    request,
    login,
    lastMailTo,
    /** Moves the server's clock forward. */
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    close: () => db.close(),
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export const RESELLER = 'reseller@acme.example';
export const NW_ADMIN = 'admin@northwind.example';
export const NW_USER = 'user@northwind.example';
