import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAPPED_COLUMNS, toAccessRight, toUser } from '../db/rows.js';
import { startTestServer, type TestServer } from './helpers.js';

/**
 * A list page fetches only `MAPPED_COLUMNS` of its table (http/list-query.ts): each mapper must
 * give the same object from those columns as from the whole row, so a field added to a mapper
 * but not to its columns fails here instead of turning up empty in lists.
 */
const MAPPERS = { users: toUser, access_rights: toAccessRight };

describe('mapped columns', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('names exactly the tables with a list mapper', () => {
    assert.deepEqual(Object.keys(MAPPED_COLUMNS).sort(), Object.keys(MAPPERS).sort());
  });

  for (const [table, map] of Object.entries(MAPPERS))
    it(`${table}: the mapper reads nothing but its columns`, async () => {
      const columns = MAPPED_COLUMNS[table]!;
      const rows = await server.db.query(`SELECT * FROM ${table} ORDER BY id LIMIT 50`);
      assert.ok(rows.length > 0, `${table} has seeded rows`);
      for (const row of rows) {
        const narrow = Object.fromEntries(columns.map((column) => [column, row[column]]));
        assert.deepEqual(map(narrow), map(row));
      }
    });
});
