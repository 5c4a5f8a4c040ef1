import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.js';

type OutboxRow = {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  link_url: string | null;
  created_at: Date;
};

async function recentMail(deps: Deps) {
  const rows = await deps.db.query<OutboxRow>('SELECT * FROM outbox ORDER BY id DESC LIMIT 200');
  return rows.map((r) => ({
    id: Number(r.id),
    to: r.recipient,
    subject: r.subject,
    body: r.body,
    linkUrl: r.link_url,
    createdAt: r.created_at.toISOString(),
  }));
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

/** `GET /api/dev/outbox`: the sent mail as JSON, newest first (development only). */
export function devApiRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/outbox', async (c) => c.json({ items: await recentMail(deps) }));
  return app;
}

/** `GET /dev/outbox`: the same as a page, so a developer can follow password links. */
export function devPageRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/outbox', async (c) => {
    const mails = await recentMail(deps);
    const items = mails
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p>To ${escapeHtml(m.to)} · ${m.createdAt}</p>` +
          (m.linkUrl ? `<p><a href="${escapeHtml(m.linkUrl)}">${escapeHtml(m.linkUrl)}</a></p>` : '') +
          `<pre>${escapeHtml(m.body)}</pre></article>`,
      )
      .join('\n');
    return c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outbox</title>` +
        `<link rel="stylesheet" href="/portal.css"></head><body class="outbox"><h1>Outbox (${mails.length})</h1>` +
        `${items || '<p>No mail yet.</p>'}</body></html>`,
    );
  });
  return app;
}
