import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.js';
import { toPermission, toProductType } from '../db/rows.js';

/** `/api/permissions` and `/api/product-types`: the reseller's catalogs, the same for everyone signed in. */
export function catalogRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/permissions', async (c) =>
    c.json({ items: (await deps.db.query('SELECT * FROM permissions ORDER BY position')).map(toPermission) }),
  );
  app.get('/product-types', async (c) =>
    c.json({
      items: (await deps.db.query('SELECT * FROM product_types ORDER BY position')).map(toProductType),
    }),
  );
  return app;
}
