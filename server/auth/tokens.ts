import { createHash, randomBytes } from 'node:crypto';

/** A random opaque token (bearer tokens, password links): 32 bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their sha256, so a database leak does not hand them out. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A short random id suffix for new resources (`acc_…`, `usr_…`, `ar_…`). */
export const newId = (prefix: string): string =>
  `${prefix}_${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;
