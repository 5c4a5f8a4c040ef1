import { sendKeys } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createMemoryClient, type MemoryClientOptions } from '../../src/api/memory/index.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import type { TkResourceList } from '../../src/components/resource-list/resource-list.js';
import type { ResourceFilter } from '../../src/components/resource-list/query.js';
import '../../src/define/resource-list.js';

export const RESELLER = 'usr_acme_admin';
export const NW_ADMIN = 'usr_nw_admin';
export const NW_USER = 'usr_nw_user';

let bulk: DemoData | undefined;
/** The demo data with Bulk GmbH's 50,000 SIMs, built once per page. */
export const bulkData = () => (bulk ??= createDemoData({ bulk: true }));

export function memoryClient(
  options: Partial<MemoryClientOptions> = {},
  data?: DemoData,
): ProvisioningClient {
  return createMemoryClient(data ?? createDemoData(), { principal: RESELLER, ...options });
}

export async function listFixture(
  options: {
    client?: ProvisioningClient;
    accountId?: string;
    filter?: ResourceFilter;
    kind?: string;
    locale?: string;
  } = {},
): Promise<TkResourceList> {
  const el = await fixture<TkResourceList>(
    html`<tk-resource-list
      account-id=${options.accountId ?? 'acc_acme'}
      kind=${options.kind ?? 'sim'}
      locale=${options.locale ?? 'en'}
      .client=${options.client ?? memoryClient()}
      .filter=${options.filter ?? { q: '', accountName: '', status: 'all', overAlert: false }}
    ></tk-resource-list>`,
  );
  await el.whenReady();
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The rendered rows (not placeholders). */
export const rows = (el: HTMLElement) => $$(el, '.body [role=row]:not(.placeholder)');
export const rowAt = (el: HTMLElement, index: number) => $(el, `.body [data-index="${index}"]`)!;
export const identifiers = (el: HTMLElement) =>
  rows(el).map((r) => r.querySelector('.identifier .mono')?.textContent?.trim());
export const selectedIndexes = (el: HTMLElement) =>
  rows(el)
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => Number(r.dataset.index));
export const selectedCount = (el: HTMLElement) => $(el, '.selected-count')?.textContent?.trim();

export function click(el: HTMLElement, index: number, init: MouseEventInit = {}) {
  rowAt(el, index)
    .querySelector<HTMLElement>('.identifier')!
    .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...init }));
}

export function key(target: Element, k: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));
}

export async function settle(el: TkResourceList) {
  await el.whenReady();
  await new Promise((r) => setTimeout(r, 0));
  await el.whenReady();
}

/** Types into a filter field and waits for the debounced query. */
export async function typeFilter(el: TkResourceList, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await new Promise((r) => setTimeout(r, 300));
  await settle(el);
}

/** A key pressed with a modifier held, through the real keyboard. */
export async function combo(modifier: 'Shift' | 'Control', press: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press });
  await sendKeys({ up: modifier });
}

export const dialog = (el: HTMLElement) => $<HTMLDialogElement>(el, 'dialog')!;

/** Selects the rows at `indexes`, then opens "Move to…". */
export async function openMove(el: TkResourceList, indexes: number[]) {
  click(el, indexes[0]!);
  for (const i of indexes.slice(1)) click(el, i, { ctrlKey: true });
  await settle(el);
  await openMoveOnSelection(el, indexes[0]!);
}

/** Opens "Move to…" from the context menu of the row at `index` and waits for the picker. */
export async function openMoveOnSelection(el: TkResourceList, index = 0) {
  key(rowAt(el, index), 'ContextMenu');
  await settle(el);
  $<HTMLButtonElement>(el, '[data-action=move]')!.click();
  // The picker loads the hierarchy level by level.
  for (let i = 0; i < 20 && !$(el, '[role=listbox]'); i++) await new Promise((r) => setTimeout(r, 20));
  await settle(el);
}
