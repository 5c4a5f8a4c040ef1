import * as z from 'zod/mini';
import { Id, Instant, pageOf } from './common.js';

/**
 * One write, as the audit trail keeps it: who (user and their account), as which account they
 * worked ("work as", seed 000), what they did to which resource, and the names of the fields
 * they changed. Values are never recorded, so no secret can end up here.
 */
export const AuditEvent = z.object({
  id: Id,
  at: Instant,
  actorUserId: Id,
  actorUserName: z.string(),
  actorAccountId: Id,
  /** The account named by `X-Act-As-Account` (the page's scope); the actor's own when none was sent. */
  actingForAccountId: Id,
  /** The account the changed resource belongs to (for an account: the account itself). */
  accountId: Id,
  /** `account.create`, `account.update`, `account.suspend`, `user.delete`, `user.password-link`… */
  action: z.string().check(z.regex(/^[a-z-]+\.[a-z-]+$/)),
  targetType: z.string(),
  targetId: Id,
  /** Names of the fields the request set, dotted (`primaryAdmin.email`); never their values. */
  fields: z.array(z.string()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
export const AuditEventPage = pageOf(AuditEvent);
