import * as z from 'zod/mini';
import { Account } from './account.js';
import { Id } from './common.js';
import { Role, User } from './user.js';

/** The signed-in principal, and the account it is currently acting for. */
export const Me = z.object({
  user: User,
  account: Account,
  role: Role,
  permissions: z.array(Id),
  /** The account being worked on ("work as selected tenant", seed 000); its own by default. */
  actingFor: Account,
});
export type Me = z.infer<typeof Me>;
