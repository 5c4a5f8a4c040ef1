import type { Account, User } from '../src/api/schemas/index.js';
import type { RateLimiter } from './auth/rate-limit.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db/db.js';
import type { Mailer } from './mail/mailer.js';

/** What every route needs; built once per app (tests build one per database). */
export interface Deps {
  db: Db;
  config: ServerConfig;
  now: () => Date;
  limiter: RateLimiter;
  mailer: Mailer;
}

/**
 * The signed-in user, their account, and the account they work as (`X-Act-As-Account`; their own by
 * default). The scope is always `account` and everything below it; `actingFor` is for the audit trail.
 */
export interface Principal {
  user: User;
  account: Account;
  actingFor: Account;
  tokenHash: string;
  /** The account hierarchy's `scope_version` when the session was looked up (auth/scope.ts). */
  scopeVersion: string;
}

export type AppEnv = { Variables: { principal: Principal } };
