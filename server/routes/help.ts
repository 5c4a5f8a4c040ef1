import { Hono } from 'hono';
import { HelpSettingsUpdate, type HelpSettings } from '../../src/api/schemas/index.js';
import { accountInScope, requireResellerAdmin } from '../auth/access.js';
import type { AppEnv, Deps } from '../context.js';
import { audited, fieldNames } from '../audit/record.js';
import type { Queryable } from '../db/db.js';
import { toHelpSettings } from '../db/rows.js';
import { HttpError, notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { requireIfMatch, staleVersion, versioned } from '../http/versions.js';

/** The nearest reseller at or above `accountId` (seed 001: customers see their reseller's help). */
async function nearestReseller(db: Queryable, accountId: string): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, kind, 0 AS depth FROM accounts WHERE id = $1
       UNION ALL
       SELECT a.id, a.parent_id, a.kind, up.depth + 1 FROM accounts a JOIN up ON a.id = up.parent_id
     )
     SELECT id FROM up WHERE kind = 'reseller' ORDER BY depth LIMIT 1`,
    [accountId],
  );
  return row?.id ?? null;
}

async function settingsOf(db: Queryable, resellerId: string): Promise<HelpSettings | null> {
  const [row] = await db.query('SELECT * FROM help_settings WHERE account_id = $1', [resellerId]);
  return row ? toHelpSettings(row) : null;
}

/**
 * The settings that apply to `accountId`: those of the nearest reseller at or above it that has
 * any (a reseller below another one without settings of its own shows its parent's), with the
 * owner's name, since a customer may not read the reseller's account itself.
 */
async function resolvedSettings(db: Queryable, accountId: string): Promise<HelpSettings | null> {
  const [row] = await db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, name, 0 AS depth FROM accounts WHERE id = $1
       UNION ALL
       SELECT a.id, a.parent_id, a.name, up.depth + 1 FROM accounts a JOIN up ON a.id = up.parent_id
     )
     SELECT h.*, up.name AS owner_name FROM up JOIN help_settings h ON h.account_id = up.id
     ORDER BY up.depth LIMIT 1`,
    [accountId],
  );
  return row ? toHelpSettings(row) : null;
}

/** A LocalizedText parameter for a jsonb column; SQL NULL for null. */
const jsonText = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** `/api/accounts/{id}/help`: help and contact settings, resolved from the nearest reseller. */
export function helpRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id/help', async (c) => {
    const account = await accountInScope(db, c.get('principal'), c.req.param('id'));
    const settings = await resolvedSettings(db, account.id);
    if (!settings) throw notFound('Help settings');
    return versioned(settings);
  });

  app.put('/:id/help', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    requireResellerAdmin(principal);
    const body = await readBody(c.req.raw, HelpSettingsUpdate);
    // The settings belong to the reseller the account's help resolves to, which must be in scope too.
    const resellerId = await nearestReseller(db, account.id);
    if (!resellerId) throw new HttpError(409, 'No reseller above this account holds help settings.');
    await accountInScope(db, principal, resellerId);
    const current = await settingsOf(db, resellerId);
    if (current) requireIfMatch(c.req.raw, current.version);
    const values = [
      resellerId,
      body.displayName,
      body.logoUrl,
      body.mode,
      body.helpUrl,
      body.email,
      body.phone,
      jsonText(body.hours),
      jsonText(body.message),
      body.accentColor,
    ];
    const rows = await db.transaction(async (tx) => {
      const written = current
        ? await tx.query(
            `UPDATE help_settings SET display_name = $2, logo_url = $3, mode = $4, help_url = $5, email = $6, phone = $7,
               hours = $8::jsonb, message = $9::jsonb, accent_color = $10, version = version + 1
             WHERE account_id = $1 AND version = $11 RETURNING *`,
            [...values, current.version],
          )
        : await tx.query(
            `INSERT INTO help_settings (account_id, display_name, logo_url, mode, help_url, email, phone, hours, message,
               accent_color, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, 1) ON CONFLICT (account_id) DO NOTHING
             RETURNING *`,
            values,
          );
      if (!written.length) throw staleVersion();
      const fields = fieldNames(body);
      await audited(c, deps, 'help.update', resellerId, ['help-settings', resellerId], fields, tx);
      return written;
    });
    const [owner] = await db.query<{ name: string }>('SELECT name FROM accounts WHERE id = $1', [resellerId]);
    return versioned(toHelpSettings({ ...rows[0]!, owner_name: owner?.name }), current ? 200 : 201);
  });

  return app;
}
