import type { ProvisioningClient } from '../../api/client.js';
import { clientDataProvider } from './data-provider.js';
import type { AccessRightsDataProvider } from './types.js';

/**
 * Where the rows come from without a `dataProvider`: the client's access rights of the account.
 * A new provider starts a new query, so one is made only when the client or the account changes.
 */
export class DefaultProvider {
  private memo?: { api: ProvisioningClient; accountId: string; provider: AccessRightsDataProvider };

  /** The provider for `api` and `accountId`; undefined while either is missing. */
  for(
    api: ProvisioningClient | undefined,
    accountId: string | undefined,
  ): AccessRightsDataProvider | undefined {
    if (!api || !accountId) return undefined;
    const memo = this.memo;
    if (memo?.api === api && memo.accountId === accountId) return memo.provider;
    this.memo = { api, accountId, provider: clientDataProvider(api, accountId) };
    return this.memo.provider;
  }
}
