import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer, type OutgoingMail } from '../mail/mailer.js';
import { mailLanguage, passwordLinkMail } from '../mail/password-link-mail.js';
import { NW_ADMIN, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(() => s.close());

describe('mailer', () => {
  it('keeps mail in the outbox and hands it to a transport once', async () => {
    const sent: OutgoingMail[] = [];
    const mailer = createMailer(
      s.db,
      () => new Date('2026-11-01T00:00:00Z'),
      async (mail) => {
        if (mail.to === 'bounce@x.example') throw new Error('mailbox unavailable');
        sent.push(mail);
      },
    );
    await mailer.enqueue(s.db, { to: 'a@x.example', subject: 'Hi', body: 'Body', linkUrl: null });
    await mailer.enqueue(s.db, { to: 'bounce@x.example', subject: 'Hi', body: 'Body', linkUrl: null });
    await mailer.deliverPending();
    await mailer.deliverPending();
    assert.deepEqual(
      sent.map((m) => m.to),
      ['a@x.example'],
    );
    const rows = await s.db.query<{
      recipient: string;
      delivered_at: Date | null;
      delivery_error: string | null;
    }>('SELECT recipient, delivered_at, delivery_error FROM outbox ORDER BY id');
    assert.ok(
      rows.find((r) => r.recipient === 'a@x.example')!.delivered_at,
      'the mail to a@x.example is delivered',
    );
    assert.match(rows.find((r) => r.recipient === 'bounce@x.example')!.delivery_error!, /unavailable/);
  });

  it('without a transport, mail stays in the outbox for the development page', async () => {
    const mailer = createMailer(s.db, () => new Date());
    await mailer.enqueue(s.db, { to: 'dev@x.example', subject: 'Dev', body: 'Body', linkUrl: null });
    await mailer.deliverPending();
    const [row] = await s.db.query<{ delivered_at: Date | null }>(
      "SELECT delivered_at FROM outbox WHERE recipient = 'dev@x.example'",
    );
    assert.equal(row!.delivered_at, null);
  });
});

describe('password-link mail (issue 13)', () => {
  const user = { name: 'Ágnes Élő-Nagy', email: 'agnes@duna.example', login: 'agnes.elo-nagy' };
  const expires = new Date('2026-12-08T14:30:00Z');

  it("is written in the recipient's language, with the expiry as they read dates", () => {
    const de = passwordLinkMail(
      'new-user',
      { ...user, locale: 'de' },
      'Northwind',
      'https://x.example/l',
      expires,
    );
    assert.equal(de.subject, 'Sie wurden hinzugefügt: Wählen Sie Ihr Passwort');
    assert.match(de.body, /^Hallo Ágnes Élő-Nagy,/);
    assert.match(de.body, /läuft am 8\. Dezember 2026 um 14:30 UTC ab\./);
    assert.doesNotMatch(de.body, /2026-12-08T/);
    const fr = passwordLinkMail(
      'replacement',
      { ...user, locale: 'fr-CH' },
      'Contoso',
      'https://x.example/l',
      expires,
    );
    assert.match(fr.body, /expire le 8 décembre 2026 (à )?14:30 UTC/);
    const hu = passwordLinkMail(
      'invitation',
      { ...user, locale: 'hu' },
      'Duna Kft.',
      'https://x.example/l',
      expires,
    );
    assert.match(hu.body, /2026\. december 8\. 14:30 UTC/);
    assert.match(hu.subject, /jelszavát/);
    const en = passwordLinkMail(
      'invitation',
      { ...user, locale: null },
      'Duna Kft.',
      'https://x.example/l',
      expires,
    );
    assert.match(en.body, /expires on December 8, 2026(,| at) 02:30 PM UTC/);
  });

  it('names both ways to sign in: the e-mail address and the login', () => {
    const mail = passwordLinkMail(
      'new-user',
      { ...user, locale: 'en' },
      'Northwind',
      'https://x.example/l',
      expires,
    );
    assert.match(
      mail.body,
      /Sign in with your e-mail address agnes@duna\.example or your login agnes\.elo-nagy\./,
    );
    assert.doesNotMatch(mail.body, /Your login:/);
  });

  it('falls back to English for languages the server does not write', () => {
    assert.equal(mailLanguage('sv'), 'en');
    assert.equal(mailLanguage('de-AT'), 'de');
    assert.equal(mailLanguage(undefined), 'en');
  });

  it("goes out in the new user's language when an admin adds them", async () => {
    const admin = await s.login(NW_ADMIN);
    const created = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: admin,
      body: { name: 'Hanna Ungar', email: 'hanna@northwind.example', role: 'user', locale: 'hu' },
    });
    assert.equal(created.status, 201);
    const mail = await s.lastMailTo('hanna@northwind.example');
    assert.match(mail.subject, /jelszavát/);
    assert.match(mail.body, /^Kedves Hanna Ungar!/);
    assert.match(mail.body, /2026\. november 8\./);
  });
});
