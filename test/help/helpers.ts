import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import type { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { recordCalls } from '../fixtures/recording-client.js';
import type { TkHelpPopup } from '../../src/components/help-popup/help-popup.js';
import type { HelpContent } from '../../src/components/help-popup/types.js';
import type { TkHelpSettings } from '../../src/components/help-settings/help-settings.js';
import '../../src/define/help-popup.js';
import '../../src/define/help-settings.js';

/** Demo principals (see demo-data.ts). */
export const RITA = 'usr_acme_admin'; // the reseller's administrator
export const NORA = 'usr_nw_admin'; // a customer's administrator
export const UWE = 'usr_nw_user'; // a normal user

export const ACME: HelpContent = {
  displayName: 'Acme Telecom Support',
  mode: 'popup',
  logoUrl: 'https://acme.example/logo.svg',
  helpUrl: 'https://help.acme.example/',
  email: 'support@acme.example',
  phone: '+49 30 1234567',
  hours: { en: 'Mon–Fri 8–18', de: 'Mo–Fr 8–18 Uhr' },
  message: { en: 'We are here.\nSecond line: https://status.acme.example.', de: 'Wir sind da.' },
  accentColor: '#c2410c',
};

/** A memory client over fresh demo data, with every call recorded. */
export function demoClient(
  options: { principal?: string; data?: DemoData; fail?: (op: string) => ProvisioningError | undefined } = {},
) {
  const inner = createMemoryClient(options.data ?? createDemoData(), {
    principal: options.principal ?? NORA,
    fail: options.fail,
  });
  return { ...recordCalls(inner), inner };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
export const hasState = (el: Element, name: string) => el.matches(`:state(${name})`);

export async function popup(
  attrs: { settings?: HelpContent; client?: ProvisioningClient; locale?: string; placement?: string } = {},
): Promise<TkHelpPopup> {
  const el = await fixture<TkHelpPopup>(
    html`<tk-help-popup
      .settings=${attrs.settings}
      .client=${attrs.client}
      locale=${attrs.locale ?? 'en'}
      placement=${attrs.placement ?? 'bottom-end'}
    ></tk-help-popup>`,
  );
  await el.updateComplete;
  return el;
}

export const panel = (el: TkHelpPopup) => $(el, '#panel');
export const isOpen = (el: TkHelpPopup) => panel(el).matches(':popover-open');
export const trigger = (el: TkHelpPopup) => $(el, '[part~=trigger]');

export async function openPopup(el: TkHelpPopup) {
  trigger(el).click();
  await waitUntil(() => isOpen(el), 'the panel did not open');
  await el.updateComplete;
}

export async function settings(client: ProvisioningClient, locale = 'en'): Promise<TkHelpSettings> {
  const el = await fixture<TkHelpSettings>(
    html`<tk-help-settings .client=${client} locale=${locale}></tk-help-settings>`,
  );
  await waitUntil(() => $(el, 'form, [part~=error], [part~=empty]'), 'the settings did not load', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

/** Types into a field of the settings form, as a user would (an `input` event). */
export function type(el: Element, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export const previewOf = (el: TkHelpSettings) => $<TkHelpPopup>(el, 'tk-help-popup');
