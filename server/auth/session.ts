import type { MiddlewareHandler } from 'hono';
import { ACT_AS_HEADER } from '../../src/api/client.js';
import type { AppEnv, Deps } from '../context.js';
import { toAccount, toUser } from '../db/rows.js';
import { HttpError, notFound } from '../http/problem.js';
import { accountWithinAt } from './scope.js';
import { hashToken } from './tokens.js';

const unauthorized = () =>
  new HttpError(401, 'Sign in first.', undefined, { 'WWW-Authenticate': 'Bearer realm="tenantkit"' });

/** Resolves `Authorization: Bearer <token>` (and `X-Act-As-Account`) into the request's principal. */
export function authenticate(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!match) throw unauthorized();
    const tokenHash = hashToken(match[1]!);
    // One round trip for the session, its user, their account and the version of the hierarchy
    // that scope answers are remembered under (this runs on every request; scope.ts), through a
    // function whose plan the connection keeps (migration 011), called by a prepared statement.
    const [row] = await deps.db.query<{
      u: Record<string, unknown>;
      a: Record<string, unknown>;
      scope_version: string;
    }>(
      'SELECT user_row AS u, account_row AS a, hierarchy_version AS scope_version FROM tk_session($1, $2)',
      [tokenHash, deps.now()],
      { prepare: true },
    );
    if (!row) throw unauthorized();
    const user = toUser(row.u);
    const account = toAccount(row.a);
    let actingFor = account;
    // The account the page works as ("work as", seed 000): recorded in the audit trail, never a scope.
    const actAs = c.req.header(ACT_AS_HEADER);
    if (actAs && actAs !== account.id) {
      // Acting for an account outside the scope looks exactly like acting for one that does not exist.
      const target = await accountWithinAt(deps.db, row.scope_version, account.id, actAs);
      if (!target) throw notFound('Account');
      actingFor = target;
    }
    c.set('principal', { user, account, actingFor, tokenHash, scopeVersion: row.scope_version });
    await next();
  };
}
