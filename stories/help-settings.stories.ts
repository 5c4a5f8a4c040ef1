import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoClient, failing } from './demo-client.js';
import '../src/define/help-settings.js';

interface Args {
  principal: string;
  latency: number;
  locale: string;
}

/**
 * `<tk-help-settings>` is the reseller admin's form for the help its customers see, with a live
 * preview. Sign in as `usr_acme_admin` (the reseller), `usr_nw_admin` (a customer's admin: read-only,
 * naming the reseller) or `usr_nw_user` (read-only).
 */
const meta: Meta<Args> = {
  title: 'Elements/Help settings',
  component: 'tk-help-settings',
  args: { principal: 'usr_acme_admin', latency: 200, locale: '' },
  argTypes: {
    principal: {
      control: 'select',
      options: ['usr_acme_admin', 'usr_nw_admin', 'usr_nw_user', 'usr_gxn_admin', 'usr_vandelay_admin'],
    },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) =>
    html`<tk-help-settings .client=${demoClient(args)} locale=${args.locale || ''}></tk-help-settings>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** A customer's administrator sees whose settings apply, read-only. */
export const CustomerAdmin: Story = { args: { principal: 'usr_nw_admin' } };

/** A second reseller, Globex Networks, edits its own help (no logo, English and German). */
export const SecondReseller: Story = { args: { principal: 'usr_gxn_admin' } };

/** Globex's customer's administrator sees that Globex's settings apply, read-only. */
export const SecondResellerCustomerAdmin: Story = { args: { principal: 'usr_vandelay_admin' } };

/** A normal user: read-only with the reason. */
export const NormalUser: Story = { args: { principal: 'usr_nw_user' } };

/** A reseller with no settings yet. */
export const NoSettingsYet: Story = {
  render: (args) =>
    html`<tk-help-settings
      .client=${demoClient(args, undefined, failing('getHelpSettings', 'not-found', 'none'))}
    ></tk-help-settings>`,
};

/** Saving fails: the form keeps everything typed. */
export const SaveFails: Story = {
  render: (args) =>
    html`<tk-help-settings
      .client=${demoClient(args, undefined, failing('putHelpSettings', 'network', 'down'))}
    ></tk-help-settings>`,
};

/** Loading fails: an error with a retry. */
export const LoadFails: Story = {
  render: (args) =>
    html`<tk-help-settings
      .client=${demoClient(args, undefined, failing('getHelpSettings', 'server', 'boom'))}
    ></tk-help-settings>`,
};

export const German: Story = { args: { locale: 'de' } };
export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

/** Dark theme on the element itself. */
export const Dark: Story = {
  render: (args) => html`<tk-help-settings theme="dark" .client=${demoClient(args)}></tk-help-settings>`,
};

/** Right-to-left. */
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl"><tk-help-settings .client=${demoClient(args)}></tk-help-settings></div>`,
};
