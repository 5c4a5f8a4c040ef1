import { fixture, html } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createMemoryClient, type MemoryClientOptions } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import type { AccessRight } from '../../src/api/schemas/index.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import type { AccessRightsFilter, AccessRightsSort } from '../../src/components/access-rights-table/types.js';
import '../../src/define/access-rights-table.js';

/** Every period, every status: the whole list, independent of today's date. */
export const ALL: AccessRightsFilter = { q: '', status: 'all', validOn: 'all' };

export const ADMIN = 'usr_nw_admin';
export const USER = 'usr_nw_user';
export const ACCOUNT = 'acc_northwind';

export function memoryClient(options: Partial<MemoryClientOptions> = {}): ProvisioningClient {
  return createMemoryClient(createDemoData(), { principal: ADMIN, ...options });
}

/** Northwind's rights in the tables' default test order (by id). */
export function demoRights(accountId = ACCOUNT): AccessRight[] {
  return createDemoData()
    .accessRights.filter((r) => r.accountId === accountId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const BY_ID: AccessRightsSort = { field: 'id', direction: 'asc' };

/** A table on the memory client (Northwind's rights, all periods), once its rows are in. */
export async function tableFixture(
  options: {
    client?: ProvisioningClient;
    filter?: AccessRightsFilter;
    setup?: (el: TkAccessRightsTable) => void;
  } = {},
): Promise<TkAccessRightsTable> {
  const el = await fixture<TkAccessRightsTable>(
    html`<tk-access-rights-table
      account-id=${ACCOUNT}
      .client=${options.client ?? memoryClient()}
      .filter=${options.filter ?? ALL}
      .sort=${BY_ID}
    ></tk-access-rights-table>`,
  );
  options.setup?.(el);
  await el.whenReady();
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The rendered body rows' first-column texts and ids. */
export const renderedIds = (el: HTMLElement) =>
  $$(el, '.body [role=row]:not(.placeholder)').map((row) =>
    row.querySelectorAll('[role=gridcell]')[1]?.textContent?.trim(),
  );

export const headers = (el: HTMLElement) =>
  $$(el, '[role=columnheader]').map((h) => h.querySelector('.text')?.textContent?.trim());
