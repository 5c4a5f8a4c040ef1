import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { demoClient, demoData, failing } from './demo-client.js';
import type { TkResourceList } from '../src/components/resource-list/resource-list.js';
import type { ResourceFilter } from '../src/components/resource-list/query.js';
import '../src/define/resource-list.js';

/** Story controls: who is signed in, how slow the API is, and the element's own attributes. */
interface Args {
  principal: string;
  latency: number;
  accountId: string;
  kind: string;
  locale: string;
}

const NO_FILTER: ResourceFilter = { q: '', accountName: '', status: 'all', overAlert: false };

/** Runs `then` on the element once its rows are in (stories that show a menu or dialog open). */
const whenReady = (then?: (el: TkResourceList) => void | Promise<void>) =>
  ref((node) => {
    if (!node || !then) return;
    const el = node as TkResourceList;
    // The ref runs before the element's first update, when it has no rows to wait for yet.
    void el.updateComplete.then(() => el.whenReady()).then(() => then(el));
  });

const element = (
  args: Args,
  c = demoClient(args),
  options: {
    filter?: ResourceFilter;
    then?: (el: TkResourceList) => void | Promise<void>;
    theme?: 'dark';
  } = {},
) =>
  html`<tk-resource-list
    ${whenReady(options.then)}
    .client=${c}
    .filter=${options.filter ?? NO_FILTER}
    account-id=${args.accountId}
    kind=${args.kind || ''}
    locale=${args.locale || ''}
    theme=${options.theme ?? ''}
  ></tk-resource-list>`;

const row = (el: TkResourceList, index: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.body [data-index="${index}"] .identifier`)!;
const click = (el: TkResourceList, index: number, init: MouseEventInit = {}) =>
  row(el, index).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...init }));
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

/** Selects rows 1–3 and 5 the way a user would: click, Shift-click, Ctrl-click. */
async function selectSome(el: TkResourceList) {
  click(el, 1);
  await pause();
  click(el, 3, { shiftKey: true });
  await pause();
  click(el, 5, { ctrlKey: true });
  await pause();
}

async function openMenu(el: TkResourceList) {
  await selectSome(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=actions]')!.click();
  await pause();
}

async function openAction(el: TkResourceList, action: string, select = selectSome) {
  await select(el);
  row(el, 5).dispatchEvent(
    new KeyboardEvent('keydown', { key: 'ContextMenu', bubbles: true, composed: true }),
  );
  await pause();
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action=${action}]`)!.click();
  await pause(300);
}

/**
 * `<tk-resource-list>` lists the resources a reseller assigns to sub-accounts (seed 001: SIM
 * cards) — of the account in scope and of every account below it — with usage against caps.
 * Select like in a file manager (click, Ctrl/Cmd-click, Shift-click, Shift+arrows, Ctrl+A), then
 * right-click, press the Menu key or Shift+F10, or use "Actions": move them to another account,
 * set or remove a cap (the alert starts at 80 % of it), rename. Normal users only look.
 */
const meta: Meta<Args> = {
  title: 'Elements/Resource list',
  component: 'tk-resource-list',
  args: { principal: 'usr_acme_admin', latency: 150, accountId: 'acc_acme', kind: 'sim', locale: '' },
  argTypes: {
    principal: { control: 'select', options: ['usr_acme_admin', 'usr_nw_admin', 'usr_nw_user'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    kind: { control: 'select', options: ['', 'sim', 'domain', 'licence', 'hosting'] },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Every kind: SIM cards, domains, a licence with seats, a hosting package. */
export const AllKinds: Story = { args: { kind: '' } };

/** A customer admin: Northwind and Northwind Berlin only, some SIMs over 80 % of their cap. */
export const CustomerAdmin: Story = { args: { principal: 'usr_nw_admin', accountId: 'acc_northwind' } };

/** Only the SIMs over their alert level ("over cap" too). */
export const OverAlert: Story = {
  render: (args) => element(args, demoClient(args), { filter: { ...NO_FILTER, overAlert: true } }),
};

/** Filtered by account name (seed 001's filter builder). */
export const FilteredByAccount: Story = {
  render: (args) => element(args, demoClient(args), { filter: { ...NO_FILTER, accountName: 'northwind' } }),
};

/** Rows selected with click, Shift-click and Ctrl-click; the count is live. */
export const Selection: Story = { render: (args) => element(args, demoClient(args), { then: selectSome }) };

/** The actions menu, opened from the Actions button. */
export const MenuOpen: Story = { render: (args) => element(args, demoClient(args), { then: openMenu }) };

/** Move to…: the account picker over the scope's hierarchy. */
export const MovePicker: Story = {
  render: (args) => element(args, demoClient(args), { then: (el) => openAction(el, 'move') }),
};

/** Set cap: the alert starts at 80 % of the cap, as a percentage or an amount. */
export const CapDialog: Story = {
  render: (args) =>
    element(args, demoClient(args), {
      then: (el) =>
        openAction(el, 'setCap', async (e) => {
          click(e, 5);
          await pause();
        }),
    }),
};

/** A normal user: the same list, read-only. */
export const ReadOnly: Story = { args: { principal: 'usr_nw_user', accountId: 'acc_northwind' } };

/** Bulk GmbH: 50,000 SIMs, paged from the server and virtualized. */
export const FiftyThousand: Story = {
  args: { accountId: 'acc_bulk' },
  render: (args) => element(args, demoClient(args, demoData(true))),
};

export const Empty: Story = {
  render: (args) => {
    const data = demoData();
    data.resources = [];
    return element(args, demoClient(args, data));
  },
};

export const Loading: Story = { args: { latency: 100_000 } };

/** The API cannot be reached: the list offers a retry. */
export const NetworkError: Story = {
  render: (args) =>
    element(args, demoClient(args, demoData(), failing('listResources', 'network', 'unreachable'))),
};

export const German: Story = { args: { locale: 'de' } };
export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

export const Dark: Story = { render: (args) => element(args, demoClient(args), { theme: 'dark' }) };

/** Right to left: columns, bars and the menu mirror. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${element(args, demoClient(args), { then: openMenu })}</div>`,
};
