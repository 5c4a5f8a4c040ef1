import { HelpSettingsUpdate, type HelpSettings } from '../schemas/index.js';
import { forbidden, notFound, problem, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

/** The settings of the nearest reseller at or above the account; customers see their reseller's help. */
export function getHelpSettings(s: Session, accountId: string): HelpSettings {
  s.account(accountId);
  for (const account of s.store.lineage(accountId)) {
    const settings = s.store.help.get(account.id);
    if (settings) return { ...settings, ownerName: account.name };
  }
  throw notFound('Help settings for account', accountId);
}

/** Writes the help settings of the nearest reseller at or above the account; reseller admins only. */
export function putHelpSettings(
  s: Session,
  accountId: string,
  body: object & { version?: number },
): HelpSettings {
  s.account(accountId);
  const admin = s.requireAdmin();
  if (s.store.accounts.get(admin.accountId)?.kind !== 'reseller') {
    throw forbidden('Only reseller administrators configure help');
  }
  // Like the REST client: the version is the If-Match, and a read object may be sent back with its owner id.
  const fields: Record<string, unknown> = { ...body };
  delete fields.version;
  delete fields.ownerAccountId;
  delete fields.ownerName;
  const input = validate(HelpSettingsUpdate, fields);
  const { version } = body;
  // The principal's own account is a reseller in this lineage, so an owner is always found.
  const owner = [...s.store.lineage(accountId)].find((a) => a.kind === 'reseller')!;
  const current = s.store.help.get(owner.id);
  if (current) {
    if (version === undefined) {
      throw problem('precondition-failed', 428, 'Send the version you read (If-Match)');
    }
    checkVersion(current, version);
  }
  const settings: HelpSettings = { ...input, ownerAccountId: owner.id, version: (current?.version ?? 0) + 1 };
  s.store.help.set(owner.id, settings);
  return { ...settings, ownerName: owner.name };
}
