import { Hono } from 'hono';
import type { LocalizedText, Permission } from '../../src/api/schemas/index.js';
import type { AppEnv, Deps } from '../context.js';
import { toPermission, toProduct, toProductType } from '../db/rows.js';

/**
 * Reseller-written text in one language, by the rule `Localizer.pick()` follows in the elements:
 * the exact tag (`de-AT`), its base language (`de`), English, then the first language given.
 */
export function pickText(text: LocalizedText, lang: string): string {
  if (typeof text === 'string') return text;
  const wanted = lang.toLowerCase();
  const exact = Object.keys(text).find((k) => k.toLowerCase() === wanted);
  return (
    (exact === undefined ? undefined : text[exact]) ??
    text[wanted.split('-')[0] ?? ''] ??
    text['en'] ??
    Object.values(text)[0] ??
    ''
  );
}

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * `/api/permissions`, `/api/product-types` and `/api/products`: the reseller's and the platform's
 * catalogs, the same for everyone signed in.
 *
 * Permissions answer as stored: group, label and description are a string or a map by language,
 * so an element switching language needs no new request. `?lang=de` resolves every text to one
 * language instead (with the fallback of `pickText`), for clients that want plain strings.
 */
export function catalogRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/permissions', async (c) => {
    const items = (await deps.db.query('SELECT * FROM permissions ORDER BY position')).map(toPermission);
    const lang = c.req.query('lang');
    if (!lang || !LANG.test(lang)) return c.json({ items });
    const resolve = (p: Permission): Permission => ({
      id: p.id,
      group: pickText(p.group, lang),
      label: pickText(p.label, lang),
      description: pickText(p.description, lang),
    });
    return c.json({ items: items.map(resolve) });
  });
  app.get('/product-types', async (c) =>
    c.json({
      items: (await deps.db.query('SELECT * FROM product_types ORDER BY position')).map(toProductType),
    }),
  );
  app.get('/products', async (c) =>
    c.json({
      items: (await deps.db.query('SELECT * FROM products ORDER BY tk_fold(name), name, id')).map(toProduct),
    }),
  );
  return app;
}
