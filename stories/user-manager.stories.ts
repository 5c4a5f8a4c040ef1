import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ProvisioningError } from '../src/api/errors.js';
import { demoClient, demoData, failing } from './demo-client.js';
import { darkPage } from './dark-page.js';
import { narrowHost } from './narrow-host.js';
import '../src/define/user-manager.js';

/** Story controls: who is signed in, how slow the API is, and the element's own attributes. */
interface Args {
  principal: string;
  latency: number;
  accountId: string;
  pageSize: number;
  locale: string;
}

const element = (args: Args, c = demoClient(args)) =>
  html`<tk-user-manager
    .client=${c}
    account-id=${args.accountId || ''}
    page-size=${args.pageSize}
    locale=${args.locale || ''}
  ></tk-user-manager>`;

/**
 * `<tk-user-manager>` lets a customer's administrator (or the reseller acting for the customer)
 * invite, edit, disable and delete the users of one account and send them password links.
 * Administrators never set or see passwords. The stories run on the in-memory client with the
 * demo data; sign in as `usr_nw_admin` (Northwind's admin), `usr_nw_user` (a normal user) or
 * `usr_acme_admin` (the reseller).
 */
const meta: Meta<Args> = {
  title: 'Elements/User manager',
  component: 'tk-user-manager',
  args: { principal: 'usr_nw_admin', latency: 300, accountId: '', pageSize: 25, locale: '' },
  argTypes: {
    principal: { control: 'select', options: ['usr_nw_admin', 'usr_nw_user', 'usr_acme_admin'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** A normal user sees the list, without create, edit, delete or selection. */
export const ReadOnly: Story = { args: { principal: 'usr_nw_user' } };

/** An account without users invites its first one. */
export const Empty: Story = {
  args: { accountId: 'acc_northwind_berlin' },
  render: (args) => {
    const data = demoData();
    data.users = data.users.filter((u) => u.accountId !== 'acc_northwind_berlin');
    return element(args, demoClient(args, data));
  },
};

/** The API cannot be reached: the list offers a retry. */
export const NetworkError: Story = {
  render: (args) =>
    element(
      args,
      demoClient(args, demoData(), failing('listUsers', 'network', 'The service could not be reached')),
    ),
};

/** The API answers with data that does not match the contract. */
export const BadData: Story = {
  render: (args) =>
    element(args, demoClient(args, demoData(), failing('listUsers', 'invalid-response', 'Unexpected data'))),
};

/** Bulk GmbH: 10,000 users, paged and searched on the server, seen by the reseller. */
export const ManyUsers: Story = {
  args: { principal: 'usr_acme_admin', accountId: 'acc_bulk', latency: 150 },
  render: (args) => element(args, demoClient(args, demoData(true))),
};

export const German: Story = { args: { locale: 'de' } };
export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

/** `theme="dark"` forces the dark scheme; by default the OS preference applies. */
export const Dark: Story = {
  render: (args) =>
    darkPage(
      html`<tk-user-manager
        .client=${demoClient(args)}
        theme="dark"
        locale=${args.locale || ''}
      ></tk-user-manager>`,
    ),
};

/** A reseller's brand: its colours, font and corners through `--tk-*` tokens and `::part`s. */
export const ResellerBranded: Story = {
  render: (args) =>
    html`<style>
        .brand tk-user-manager {
          --tk-color-primary: #0b6e4f;
          --tk-color-selected: #e2f3ec;
          --tk-font-family: Georgia, 'Times New Roman', serif;
          --tk-radius: 0;
          --tk-user-manager-dialog-width: 42rem;
        }
        .brand tk-user-manager::part(header-row) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
        .brand tk-user-manager::part(toolbar) {
          padding: 0.75rem;
          border-block-end: 3px solid #0b6e4f;
        }
      </style>
      <div class="brand">${element(args)}</div>`,
};

/** A narrow host (a sidebar, a phone): login, role and password link fold into other cells, then cards. */
export const NarrowHost: Story = {
  render: (args) => narrowHost(element(args)),
};

/** Page size and page jump: a small page size shows the paging controls on Northwind too. */
export const Paged: Story = { args: { pageSize: 5 } };

/** Saving fails with a 409 that names no field: the server's reason is shown, not an e-mail error. */
export const ConflictWithoutField: Story = {
  render: (args) =>
    element(
      args,
      demoClient(args, demoData(), (op) => {
        const detail = 'You cannot disable yourself or give up your own admin role.';
        return op === 'updateUser'
          ? new ProvisioningError('conflict', detail, {
              status: 409,
              problem: { title: 'Conflict', status: 409, detail },
            })
          : undefined;
      }),
    ),
};
