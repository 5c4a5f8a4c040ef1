import { Hono } from 'hono';
import { ImportEnvelope } from '../../src/api/schemas/index.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import type { AppEnv, Deps } from '../context.js';
import { runImport } from '../domain/imports.js';
import { idempotencyKey } from '../http/idempotency.js';
import { readBody } from '../http/validate.js';

/** `POST /api/accounts/{id}/imports`: a batch of spreadsheet rows, checked (`dryRun`) or written. */
export function importRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/:id/imports', async (c) => {
    const principal = c.get('principal');
    const parent = await accountInScope(deps.db, principal, c.req.param('id'));
    requireAdmin(principal);
    const key = idempotencyKey(c);
    const batch = await readBody(c.req.raw, ImportEnvelope);
    const result = await runImport(deps, principal, parent, batch, key);
    if (!batch.dryRun) deps.db.afterBulkWrite();
    return c.json(result);
  });

  return app;
}
