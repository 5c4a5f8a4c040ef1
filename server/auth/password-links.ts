import type { PasswordLink } from '../../src/api/schemas/index.js';
import type { Deps } from '../context.js';
import type { Queryable } from '../db/db.js';
import { passwordLinkMail, type LinkPurpose } from '../mail/password-link-mail.js';
import { hashToken, newToken } from './tokens.js';

/**
 * Gives the user a fresh password link (superseding any pending one) and mails it, in `tx`.
 * Only the hash is stored; the token itself exists only in the mail.
 */
export async function issuePasswordLink(
  deps: Deps,
  tx: Queryable,
  user: { id: string; name: string; email: string; login: string; locale?: string | null },
  accountName: string,
  purpose: LinkPurpose,
): Promise<PasswordLink> {
  const token = newToken();
  const sentAt = deps.now();
  const expiresAt = new Date(sentAt.getTime() + deps.config.passwordLinkTtlMs);
  await tx.query(
    `UPDATE users SET password_link_hash = $2, password_link_sent_at = $3, password_link_expires_at = $4,
       updated_at = $3, version = version + 1
     WHERE id = $1`,
    [user.id, hashToken(token), sentAt, expiresAt],
  );
  const url = `${deps.config.publicUrl}/set-password?token=${encodeURIComponent(token)}`;
  await deps.mailer.enqueue(tx, passwordLinkMail(purpose, user, accountName, url, expiresAt));
  return { sentAt: sentAt.toISOString(), expiresAt: expiresAt.toISOString() };
}
