import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer, type OutgoingMail } from '../mail/mailer.js';
import { startTestServer, type TestServer } from './helpers.js';

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
    assert.ok(rows.find((r) => r.recipient === 'a@x.example')!.delivered_at);
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
