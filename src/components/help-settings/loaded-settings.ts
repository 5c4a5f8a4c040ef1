import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError } from '../../api/errors.js';
import type { HelpSettings, Me } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { principalOf } from '../../core/principal.js';

/** The settings as read for one account, with who reads them and whose they are. */
export interface LoadedSettings {
  me: Me;
  accountId: string;
  /** Undefined when no settings exist yet (a reseller creates them by saving). */
  settings?: HelpSettings;
  ownerName?: string;
}

/** The settings that apply to `accountId` (default: the account the principal acts for). */
export async function loadSettings(
  api: ProvisioningClient,
  accountId: string | undefined,
  signal: AbortSignal,
): Promise<LoadedSettings> {
  const me = await principalOf(api);
  const account = accountId ?? me.actingFor.id;
  const settings = await api.getHelpSettings(account, { signal }).catch((error: unknown) => {
    if (isProvisioningError(error) && error.kind === 'not-found') return undefined;
    throw error;
  });
  const ownerName = settings ? await nameOf(api, settings, me, signal) : undefined;
  return { me, accountId: account, settings, ownerName };
}

/** The owner's name: from the settings, from the principal's own account, or by asking (it may be out of scope). */
async function nameOf(
  api: ProvisioningClient,
  settings: HelpSettings,
  me: Me,
  signal: AbortSignal,
): Promise<string | undefined> {
  if (settings.ownerName) return settings.ownerName;
  if (settings.ownerAccountId === me.account.id) return me.account.name;
  return api
    .getAccount(settings.ownerAccountId, { signal })
    .then((a) => a.name)
    .catch(() => undefined);
}

/** Whose settings these are, as far as known. */
export function ownerLabel(loaded: LoadedSettings): string {
  return loaded.ownerName ?? loaded.settings?.displayName ?? loaded.settings?.ownerAccountId ?? '';
}

/** Why the principal may not change the settings, or undefined when it may. */
export function readOnlyReason(l: Localizer, loaded: LoadedSettings): string | undefined {
  if (loaded.me.role !== 'admin') return l.t('helpSettings.readOnly.notAdmin');
  if (loaded.me.account.kind !== 'reseller') {
    return l.t('helpSettings.readOnly.notReseller', { name: ownerLabel(loaded) });
  }
  return undefined;
}
