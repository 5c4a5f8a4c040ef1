import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import type { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { recordCalls } from '../fixtures/recording-client.js';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import '../../src/define/user-manager.js';

/** Demo principals (see demo-data.ts). */
export const NORA = 'usr_nw_admin'; // admin of Northwind Traders
export const UWE = 'usr_nw_user'; // normal user of Northwind Traders

export interface ClientOptions {
  principal?: string;
  latency?: number;
  fail?: (op: string) => ProvisioningError | undefined;
  data?: DemoData;
}

/** A memory client over fresh demo data, with every call recorded. */
export function demoClient(options: ClientOptions = {}) {
  const inner = createMemoryClient(options.data ?? createDemoData(), {
    principal: options.principal ?? NORA,
    latency: options.latency,
    fail: options.fail,
  });
  return { ...recordCalls(inner), inner };
}

export async function mount(client: ProvisioningClient, attrs: { accountId?: string; locale?: string } = {}) {
  const el = await fixture<TkUserManager>(
    html`<tk-user-manager
      .client=${client}
      locale=${attrs.locale ?? 'en'}
      account-id=${attrs.accountId ?? ''}
    ></tk-user-manager>`,
  );
  if (!attrs.accountId) el.removeAttribute('account-id');
  await settled(el);
  return el;
}

/** Waits until the list (or a state panel) is shown and nothing is pending. */
export async function settled(el: TkUserManager) {
  await waitUntil(
    () => el.shadowRoot!.querySelector('table[aria-busy="false"], [part~="empty"], [part~="error"]'),
    'list did not settle',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
/** True while the create/edit form is open (it is not in the document before its first use). */
export const userDialogOpen = (el: Element) =>
  !!el.shadowRoot!.querySelector<HTMLDialogElement>('#user-dialog')?.open;

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];

/** The visible names in the table, in order. */
export const names = (el: Element) => $$(el, 'td.name .cell-name').map((td) => td.textContent!.trim());

/** The button whose visible text starts with `text` (row buttons end with the user's hidden name). */
export function button(root: Element | ShadowRoot, text: string): HTMLButtonElement {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** The row of the user called `name`. */
export function row(el: Element, name: string): HTMLTableRowElement {
  const found = $$<HTMLTableRowElement>(el, 'tbody tr').find(
    (tr) => tr.querySelector('td.name .cell-name')?.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no row "${name}"`);
  return found;
}

export const hasState = (el: TkUserManager, name: string) => el.matches(`:state(${name})`);

/** Opens the row menu ("⋯") of the user called `name` and picks the entry that starts with `label`. */
export async function menuAction(el: Element, name: string, label: string): Promise<void> {
  const r = row(el, name);
  const toggle = r.querySelector<HTMLButtonElement>('[part~=row-menu]')!;
  toggle.click();
  const menu = r.querySelector<HTMLElement>('[role=menu]')!;
  await waitUntil(() => menu.matches(':popover-open'), 'menu did not open');
  button(menu, label).click();
}
