import { Hono } from 'hono';
import type { Me } from '../../src/api/schemas/index.js';
import type { AppEnv } from '../context.js';

/** `/api/me`: the principal, and the account it acts for (`X-Act-As-Account`, seed 000). */
export function meRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { user, account, actingFor } = c.get('principal');
    const me: Me = { user, account, role: user.role, permissions: user.permissions, actingFor };
    return c.json(me);
  });
  return app;
}
