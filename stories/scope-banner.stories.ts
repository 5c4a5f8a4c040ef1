import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoClient } from './demo-client.js';
import { darkPage } from './dark-page.js';
import '../src/define/provider.js';
import '../src/define/scope-banner.js';

interface Args {
  principal: string;
  latency: number;
  workAs: string;
  locale: string;
}

const element = (args: Args) =>
  html`<tk-provider .client=${demoClient(args)} account-id=${args.workAs} locale=${args.locale || 'en'}>
    <tk-scope-banner></tk-scope-banner>
  </tk-provider>`;

/**
 * `<tk-scope-banner>` says which account the page works as ("work as", seed 000) while the
 * provider's `account-id` is not the principal's own, with a button back; it shows nothing
 * otherwise. It is a status region, so the change is announced.
 */
const meta: Meta<Args> = {
  title: 'Elements/Scope banner',
  component: 'tk-scope-banner',
  args: { principal: 'usr_acme_admin', latency: 100, workAs: 'acc_northwind', locale: '' },
  argTypes: {
    workAs: {
      control: 'select',
      options: ['', 'acc_acme', 'acc_northwind', 'acc_northwind_berlin', 'acc_contoso'],
    },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The reseller works as its customer Northwind Traders. */
export const WorkingAsCustomer: Story = {};

/** Two levels down: a customer's sub-account, named with its parent. */
export const WorkingAsSubAccount: Story = { args: { workAs: 'acc_northwind_berlin' } };

/** The page works on the principal's own account: nothing is shown. */
export const OwnAccount: Story = { args: { workAs: '' } };

export const German: Story = { args: { locale: 'de' } };
export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

export const Dark: Story = {
  render: (args) =>
    darkPage(
      html`<tk-provider
        .client=${demoClient(args)}
        theme="dark"
        account-id=${args.workAs}
        locale=${args.locale || 'en'}
      >
        <tk-scope-banner></tk-scope-banner>
      </tk-provider>`,
    ),
};

export const RightToLeft: Story = { render: (args) => html`<div dir="rtl">${element(args)}</div>` };

/** A reseller's brand: its accent through `--tk-color-warning`, corners and font. */
export const ResellerBranded: Story = {
  render: (args) =>
    html`<style>
        .brand tk-scope-banner {
          --tk-color-warning: #0b6e4f;
          --tk-font-family: Georgia, 'Times New Roman', serif;
          --tk-radius: 0;
        }
      </style>
      <div class="brand">${element(args)}</div>`,
};
