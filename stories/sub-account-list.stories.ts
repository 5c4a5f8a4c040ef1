import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoClient, demoData, failing } from './demo-client.js';
import { darkPage } from './dark-page.js';
import { narrowHost } from './narrow-host.js';
import '../src/define/provider.js';
import '../src/define/sub-account-list.js';
import '../src/define/scope-banner.js';
import '../src/define/sub-account-form.js';

interface Args {
  principal: string;
  latency: number;
  accountId: string;
  pageSize: number;
  locale: string;
}

type Shown = HTMLElement & { updateComplete: Promise<unknown> };
const pause = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/**
 * A provider around the list, as a portal has it, so "work as" has a scope to set; the banner above
 * the list shows the scope and takes it back.
 */
const element = (args: Args, c = demoClient(args)) =>
  html`<tk-provider .client=${c} locale=${args.locale || 'en'}>
    <tk-scope-banner></tk-scope-banner>
    <tk-sub-account-list account-id=${args.accountId || ''} page-size=${args.pageSize}></tk-sub-account-list>
  </tk-provider>`;

async function listIn(canvas: HTMLElement): Promise<Shown> {
  const list = canvas.querySelector<Shown>('tk-sub-account-list')!;
  for (let i = 0; i < 200 && !list.shadowRoot?.querySelector('table[aria-busy="false"]'); i++)
    await pause(25);
  return list;
}

const rowOf = (list: Shown, name: string) =>
  [...list.shadowRoot!.querySelectorAll('tr[part=row]')].find(
    (r) => r.querySelector('.name')?.textContent?.trim() === name,
  );

async function search(canvas: HTMLElement, text: string) {
  const list = await listIn(canvas);
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  await pause(400);
}

async function expand(canvas: HTMLElement, name: string) {
  const list = await listIn(canvas);
  rowOf(list, name)?.querySelector<HTMLButtonElement>('[part=toggle]')?.click();
  await pause(400);
}

/**
 * `<tk-sub-account-list>` shows the accounts below the scope as a tree (reseller → customers →
 * sub-accounts), searchable by name or reference across the whole subtree (seed 001), with
 * filters, badges and, by role, row actions: work as (seed 000), and in the row menu edit, new
 * sub-account, suspend or reactivate. Sign in as `usr_acme_admin` (the reseller), `usr_nw_admin`
 * (a customer's admin) or `usr_nw_user` (read-only); `usr_scale_admin` has 7,000 accounts.
 */
const meta: Meta<Args> = {
  title: 'Elements/Sub-account list',
  component: 'tk-sub-account-list',
  args: { principal: 'usr_acme_admin', latency: 150, accountId: '', pageSize: 25, locale: '' },
  argTypes: {
    principal: { control: 'select', options: ['usr_acme_admin', 'usr_nw_admin', 'usr_nw_user'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Acme's customers, with the internal demo and suspended badges. */
export const Default: Story = {};

/** Waiting for the first page. */
export const Loading: Story = { args: { latency: 600_000 } };

/** An account without sub-accounts. */
export const Empty: Story = { args: { accountId: 'acc_contoso' } };

/** The list cannot be loaded: an error with a retry. */
export const LoadFails: Story = {
  render: (args) =>
    element(args, demoClient(args, demoData(), failing('listChildAccounts', 'server', 'boom'))),
};

/** Northwind expanded: its sub-accounts load lazily, one with a trial badge and its end date. */
export const TreeExpanded: Story = {
  play: async ({ canvasElement }) => expand(canvasElement, 'Northwind Traders'),
};

/** Searching the whole subtree: each match shows where it is. */
export const SearchResults: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'northwind'),
};

/** A search that matches nothing. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'nothing like this'),
};

/** The row menu of a customer, open. */
export const RowMenu: Story = {
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    rowOf(list, 'Contoso Ltd')?.querySelector<HTMLButtonElement>('[part~=row-menu]')?.click();
    await pause(100);
  },
};

/** Working as Northwind: the banner names it, the row says so. */
export const WorkingAs: Story = {
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    rowOf(list, 'Northwind Traders')?.querySelector<HTMLButtonElement>('[part~=work-as]')?.click();
    await pause(400);
  },
};

/** A customer's administrator: only its own subtree. */
export const CustomerAdmin: Story = { args: { principal: 'usr_nw_admin' } };

/** A normal user: the tree and "work as" without edit, create or suspend. */
export const ReadOnly: Story = { args: { principal: 'usr_nw_user' } };

/** Scale Telecom: 2,000 customers and 5,000 sub-accounts, paged and searched. */
export const ScaleTelecom: Story = {
  args: { principal: 'usr_scale_admin' },
  render: (args) => element(args, demoClient(args, demoData(true))),
  play: async ({ canvasElement }) => search(canvasElement, 'berlin'),
};

export const German: Story = { args: { locale: 'de' } };
export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

/** `theme="dark"` forces the dark scheme. */
export const Dark: Story = {
  render: (args) =>
    darkPage(
      html`<tk-provider .client=${demoClient(args)} theme="dark" locale=${args.locale || 'en'}>
        <tk-sub-account-list></tk-sub-account-list>
      </tk-provider>`,
    ),
  play: async ({ canvasElement }) => expand(canvasElement, 'Northwind Traders'),
};

/** A narrow host (a sidebar, a phone): one card per account, each value under its label (the shared `.cards`). */
export const NarrowHost: Story = {
  render: (args) => narrowHost(element(args)),
  play: async ({ canvasElement }) => expand(canvasElement, 'Northwind Traders'),
};

/** Right-to-left: indentation, toggles and the row menu mirror. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${element(args)}</div>`,
  play: async ({ canvasElement }) => expand(canvasElement, 'Northwind Traders'),
};

/** A reseller's brand through `--tk-*` tokens and `::part`s. */
export const ResellerBranded: Story = {
  render: (args) =>
    html`<style>
        .brand tk-sub-account-list {
          --tk-color-primary: #0b6e4f;
          --tk-color-selected: #e2f3ec;
          --tk-font-family: Georgia, 'Times New Roman', serif;
          --tk-radius: 0;
        }
        .brand tk-sub-account-list::part(toolbar) {
          padding-block-end: 0.75rem;
          border-block-end: 3px solid #0b6e4f;
        }
      </style>
      <div class="brand">${element(args)}</div>`,
};
