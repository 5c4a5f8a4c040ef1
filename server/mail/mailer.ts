import type { Db, Queryable } from '../db/db.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  linkUrl: string | null;
}

/** Delivers one mail (SMTP in production); absent in development, where the outbox page shows mail. */
export type Transport = (mail: OutgoingMail) => Promise<void>;

export interface Mailer {
  /** Records the mail in the outbox, inside the caller's transaction: no mail for a rolled-back change. */
  enqueue(tx: Queryable, mail: OutgoingMail): Promise<void>;
  /** Hands undelivered outbox mail to the transport, if there is one; never throws. */
  deliverPending(): Promise<void>;
}

export function createMailer(db: Db, now: () => Date, transport?: Transport): Mailer {
  return {
    enqueue: async (tx, mail) => {
      await tx.query(
        'INSERT INTO outbox (recipient, subject, body, link_url, created_at) VALUES ($1, $2, $3, $4, $5)',
        [mail.to, mail.subject, mail.body, mail.linkUrl, now()],
      );
    },
    deliverPending: async () => {
      if (!transport) return;
      const rows = await db.query<{
        id: string;
        recipient: string;
        subject: string;
        body: string;
        link_url: string | null;
      }>('SELECT * FROM outbox WHERE delivered_at IS NULL AND delivery_error IS NULL ORDER BY id LIMIT 100');
      for (const row of rows) {
        try {
          await transport({ to: row.recipient, subject: row.subject, body: row.body, linkUrl: row.link_url });
          await db.query('UPDATE outbox SET delivered_at = $2 WHERE id = $1', [row.id, now()]);
        } catch (error) {
          await db.query('UPDATE outbox SET delivery_error = $2 WHERE id = $1', [row.id, String(error)]);
        }
      }
    },
  };
}
