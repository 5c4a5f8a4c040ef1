import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { HelpSettings } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

// Issue 15: the help message and hours are LocalizedText; single strings keep working.
let s: TestServer;
let reseller: string;
let nwAdmin: string;
let nwUser: string;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin, nwUser] = [await s.login(RESELLER), await s.login(NW_ADMIN), await s.login(NW_USER)];
});
after(() => s.close());

const base = {
  displayName: 'Acme Help',
  logoUrl: null,
  mode: 'popup',
  helpUrl: 'https://help.acme.example/',
  email: 'help@acme.example',
  phone: '+49 30 555',
  accentColor: '#112233',
};

async function current(): Promise<number> {
  return (await s.request('GET', '/api/accounts/acc_acme/help', { token: reseller })).body.version;
}

async function put(body: object) {
  return s.request('PUT', '/api/accounts/acc_acme/help', {
    token: reseller,
    body,
    headers: { 'If-Match': `"${await current()}"` },
  });
}

describe('help settings of two resellers', () => {
  it('a Globex customer’s admin gets Globex’s help, and neither reseller sees the other’s', async () => {
    const vandelay = await s.login('admin@vandelay.example');
    const r = await s.request('GET', '/api/accounts/acc_vandelay/help', { token: vandelay });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(HelpSettings, r.body).success, 'HelpSettings');
    assert.equal(r.body.ownerAccountId, 'acc_globex_networks');
    assert.equal(r.body.ownerName, 'Globex Networks');
    assert.equal(r.body.displayName, 'Globex Networks Service Desk');
    assert.equal(r.body.logoUrl, null);
    assert.equal(r.body.accentColor, '#0f766e');
    assert.deepEqual(Object.keys(r.body.message).sort(), ['de', 'en']);
    const globex = await s.login('reseller@globex.example');
    for (const [token, foreign] of [
      [globex, 'acc_northwind'],
      [reseller, 'acc_vandelay'],
      [vandelay, 'acc_acme'],
    ] as const) {
      const other = await s.request('GET', `/api/accounts/${foreign}/help`, { token });
      assert.equal(other.status, 404, foreign);
    }
  });
});

describe('help settings in many languages', () => {
  it('a customer reads its reseller’s demo message in en, de, fr and hu, with the owner’s name', async () => {
    const r = await s.request('GET', '/api/accounts/acc_northwind_berlin/help', { token: nwUser });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(HelpSettings, r.body).success, 'HelpSettings');
    assert.equal(r.body.ownerAccountId, 'acc_acme');
    assert.equal(r.body.ownerName, 'Acme Telecom');
    assert.deepEqual(Object.keys(r.body.message).sort(), ['de', 'en', 'fr', 'hu']);
    assert.deepEqual(Object.keys(r.body.hours).sort(), ['de', 'en', 'fr', 'hu']);
  });

  it('stores a message and hours per language and returns them as written', async () => {
    const message = { en: 'Hello\nSecond line https://acme.example', de: 'Hallo', 'fr-CH': 'Salut' };
    const hours = { en: '24/7', hu: '0–24' };
    const saved = await put({ ...base, message, hours });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.message, message);
    assert.deepEqual(saved.body.hours, hours);
    assert.equal(saved.body.ownerName, 'Acme Telecom');
    const seen = await s.request('GET', '/api/accounts/acc_northwind/help', { token: nwAdmin });
    assert.deepEqual(seen.body.message, message);
    assert.deepEqual(seen.body.hours, hours);
    assert.equal(seen.headers.get('etag'), `"${saved.body.version}"`);
  });

  it('still takes and returns single strings, and null', async () => {
    const saved = await put({ ...base, message: 'One text for everyone', hours: null });
    assert.equal(saved.status, 200);
    const seen = await s.request('GET', '/api/accounts/acc_northwind/help', { token: nwUser });
    assert.equal(seen.body.message, 'One text for everyone');
    assert.equal(seen.body.hours, null);
  });

  it('names the language whose text is too long, and refuses a tag that is not BCP 47', async () => {
    const tooLong = await put({ ...base, message: { en: 'ok', de: 'x'.repeat(2001) }, hours: null });
    assert.equal(tooLong.status, 422);
    assert.deepEqual(
      tooLong.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['message.de', 'too-long']],
    );
    const badTag = await put({ ...base, message: { 'not a tag': 'x' }, hours: { en: 'x'.repeat(201) } });
    assert.equal(badTag.status, 422);
    assert.deepEqual(badTag.body.errors.map((e: { path: string }) => e.path).sort(), ['hours.en', 'message']);
  });

  it('settings written before migration 005 (text columns) read unchanged after it', async () => {
    await put({ ...base, message: 'placeholder', hours: 'placeholder' });
    // Back to the 001 column types, with a text row as it was stored then.
    await s.db.query(`ALTER TABLE help_settings ALTER COLUMN message TYPE text USING message #>> '{}'`);
    await s.db.query(`ALTER TABLE help_settings ALTER COLUMN hours TYPE text USING hours #>> '{}'`);
    await s.db.query(`UPDATE help_settings SET message = $1, hours = $2 WHERE account_id = 'acc_acme'`, [
      'Legacy text\n{"en": "not a map"}',
      'Mon–Fri',
    ]);
    const migration = await readFile(
      new URL('../db/migrations/005_localized_help.sql', import.meta.url),
      'utf8',
    );
    for (const statement of migration
      .replace(/^--.*$/gm, '')
      .split(';')
      .map((t) => t.trim())) {
      if (statement) await s.db.query(statement);
    }
    const seen = await s.request('GET', '/api/accounts/acc_northwind/help', { token: nwUser });
    assert.equal(seen.status, 200);
    assert.equal(seen.body.message, 'Legacy text\n{"en": "not a map"}');
    assert.equal(seen.body.hours, 'Mon–Fri');
    // And the migrated row takes a per-language message.
    const saved = await put({ ...base, message: { de: 'Neu' }, hours: 'Mon–Fri' });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.message, { de: 'Neu' });
  });

  it('describes message and hours as a string or a map by language in the OpenAPI document', async () => {
    const doc = (await s.request('GET', '/api/openapi.json')).body;
    const update = JSON.stringify(doc.components.schemas.HelpSettingsUpdate.properties.message);
    assert.match(update, /"type":"string"/);
    assert.match(update, /"type":"object"/);
    assert.match(update, /additionalProperties/);
    assert.ok(doc.components.schemas.HelpSettings.properties.ownerName, 'HelpSettings documents ownerName');
  });
});
