import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCESS_RIGHT_JSON, USER_JSON, toAccessRight, toUser } from '../db/rows.js';
import { startTestServer, type TestServer } from './helpers.js';

/**
 * The users and access-rights pages send JSON their items were built as by the database
 * (ListSql.pageJson): each SQL twin must give exactly what its mapper makes of the same row, keys
 * in the same order, so that a field added to one and not the other fails here.
 */
const TWINS = [
  ['users', USER_JSON, toUser],
  ['access_rights', ACCESS_RIGHT_JSON, toAccessRight],
] as const;

describe('items built by the database', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    // Timestamps the seed does not have: microseconds (cut, not rounded, to milliseconds as a
    // JavaScript Date does), a pending password link, a last login.
    await server.db.query(
      `UPDATE users SET created_at = '2026-03-04 05:06:07.891999+00', last_login_at = '2026-10-31 23:59:59.9999+00',
         password_link_sent_at = '2026-11-01 00:00:00.001+00', password_link_expires_at = '2026-11-08 00:00:00+00'
       WHERE id = (SELECT min(id) FROM users)`,
    );
    await server.db.query(
      `UPDATE access_rights SET starts_at = '1999-12-31 23:59:59.999999+00', ends_at = NULL
       WHERE id = (SELECT min(id) FROM access_rights)`,
    );
  });
  after(() => server.close());

  for (const [table, json, map] of TWINS)
    it(`${table}: the same items as its mapper, keys in the same order`, async () => {
      const rows = await server.db.query<Record<string, unknown> & { item: string }>(
        `SELECT *, (SELECT row_to_json(item)::text FROM (SELECT ${json}) AS item) AS item FROM ${table} t ORDER BY id`,
      );
      assert.ok(rows.length > 10, `${table} has seeded rows`);
      for (const { item, ...row } of rows)
        assert.equal(JSON.stringify(JSON.parse(item)), JSON.stringify(map(row)));
    });
});
