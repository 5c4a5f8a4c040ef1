import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HelpContent } from '../src/components/help-popup/types.js';
import { demoClient, failing } from './demo-client.js';
import '../src/define/help-popup.js';

const ACME: HelpContent = {
  displayName: 'Acme Telecom Support',
  mode: 'popup',
  helpUrl: 'https://help.acme.example/',
  email: 'support@acme.example',
  phone: '+49 30 1234567',
  hours: {
    en: 'Mon–Fri 8:00–18:00 CET',
    de: 'Mo–Fr 8:00–18:00 Uhr',
    fr: 'Lun–ven 8 h–18 h',
    hu: 'H–P 8:00–18:00',
  },
  message: {
    en: 'Questions about your services? Our team is happy to help.\nStatus: https://status.acme.example',
    de: 'Fragen zu Ihren Diensten? Unser Team hilft gern.\nStatus: https://status.acme.example',
    fr: 'Des questions ? Notre équipe vous aide volontiers.\nÉtat : https://status.acme.example',
    hu: 'Kérdése van? Csapatunk szívesen segít.\nÁllapot: https://status.acme.example',
  },
  accentColor: '#c2410c',
};

interface Args {
  placement: string;
  locale: string;
}

/**
 * `<tk-help-popup>` shows the reseller's help and contact details in the reseller's brand. These
 * stories pass `.settings` directly (no API), except "From the API", which uses the memory client.
 * Use the toolbar for locale and theme.
 */
const meta: Meta<Args> = {
  title: 'Elements/Help popup',
  component: 'tk-help-popup',
  args: { placement: 'inline', locale: '' },
  argTypes: {
    placement: {
      control: 'select',
      options: ['inline', 'bottom-end', 'bottom-start', 'top-end', 'top-start'],
    },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) =>
    html`<tk-help-popup
      .settings=${ACME}
      placement=${args.placement}
      locale=${args.locale || ''}
      open
    ></tk-help-popup>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Open, inline: Acme's brand. */
export const Default: Story = {};

/**
 * Two resellers' brands side by side, from the API (memory client): Acme's help for Northwind's
 * admin, Globex's for Vandelay's admin (no logo, teal, English and German).
 */
export const TwoBrands: Story = {
  render: (args) =>
    html`<style>
        .two-brands {
          display: flex;
          flex-wrap: wrap;
          gap: 1.5rem;
          align-items: start;
        }
      </style>
      <div class="two-brands">
        ${['usr_nw_admin', 'usr_vandelay_admin'].map(
          (principal) =>
            html`<tk-help-popup
              preview
              placement="inline"
              locale=${args.locale || ''}
              .client=${demoClient({ principal, latency: 0 })}
            ></tk-help-popup>`,
        )}
      </div>`,
};

/** Link mode: the button opens the reseller's help page in a new tab. */
export const LinkMode: Story = {
  render: () =>
    html`<tk-help-popup placement="inline" .settings=${{ ...ACME, mode: 'link' }}></tk-help-popup>`,
};

/** Minimal: an e-mail address only. */
export const EmailOnly: Story = {
  render: () =>
    html`<tk-help-popup
      preview
      placement="inline"
      .settings=${{ displayName: 'Help', email: 'help@reseller.example' }}
    ></tk-help-popup>`,
};

const inLocale = (locale: string): Story => ({
  render: () =>
    html`<tk-help-popup preview placement="inline" locale=${locale} .settings=${ACME}></tk-help-popup>`,
});
export const English = inLocale('en');
export const German = inLocale('de');
export const French = inLocale('fr');
export const Hungarian = inLocale('hu');

/** Dark theme, open with its button. */
export const Dark: Story = {
  render: () => html`<tk-help-popup placement="inline" theme="dark" open .settings=${ACME}></tk-help-popup>`,
};

/** Right-to-left from a wrapper: the panel opens towards the inline end (here: the left). */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl">
      <tk-help-popup placement="inline" open .settings=${ACME}></tk-help-popup>
    </div>`,
};

/** Floating in a right-to-left wrapper: the bottom-end corner is the bottom left. */
export const RightToLeftFloating: Story = {
  render: () =>
    html`<div dir="rtl"><tk-help-popup placement="bottom-end" .settings=${ACME}></tk-help-popup></div>`,
};

/** Floating in the bottom-end corner, closed; click to open. */
export const Floating: Story = {
  args: { placement: 'bottom-end' },
  render: (a) => html`<tk-help-popup placement=${a.placement} .settings=${ACME}></tk-help-popup>`,
};

/** The host's own button in the `trigger` slot. */
export const OwnTrigger: Story = {
  render: () =>
    html`<tk-help-popup placement="inline" .settings=${ACME}
      ><button slot="trigger">Support</button></tk-help-popup
    >`,
};

/** Settings from the API (memory client, signed in as Northwind's user). */
export const FromTheApi: Story = {
  render: () =>
    html`<tk-help-popup
      placement="inline"
      open
      .client=${demoClient({ principal: 'usr_nw_user', latency: 300 })}
    ></tk-help-popup>`,
};

/** The API cannot be reached: a quiet error with a retry. */
export const NetworkError: Story = {
  render: () =>
    html`<tk-help-popup
      placement="inline"
      open
      .client=${demoClient({ principal: 'usr_nw_user', latency: 300 }, undefined, failing('getHelpSettings', 'network', 'down'))}
    ></tk-help-popup>`,
};

/** No help configured for the account. */
export const NotConfigured: Story = {
  render: () =>
    html`<tk-help-popup
      placement="inline"
      open
      .client=${demoClient({ principal: 'usr_nw_user', latency: 0 }, undefined, failing('getHelpSettings', 'not-found', 'none'))}
    ></tk-help-popup>`,
};
