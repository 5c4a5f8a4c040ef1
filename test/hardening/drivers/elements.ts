import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../../src/api/client.js';
import '../../../src/define/all.js';
import type { Target } from './faulty-rest.js';

/**
 * One small driver per element, so that every fault, conflict and property case runs against all
 * of them from one case list: how to mount it, which request is its main read and what shows it
 * was read, and (where the element writes) how a person fills and sends its form.
 */
export interface ElementDriver {
  tag: string;
  /** The demo principal it is shown to. */
  principal: string;
  mount(client: ProvisioningClient, locale: string): Promise<HTMLElement>;
  read: {
    target: Target;
    /** True once what was read is on screen. */
    ready(el: HTMLElement): boolean;
    /** Where a failed read is said, and its retry (default the error panel `[part~=error]`, `[part~=retry]`). */
    error?: string;
    retry?: string;
    /** A search a person types while the read is slow, and a text the matching result shows. */
    search?: { selector: string; term: string; shows: string };
  };
  write?: WriteDriver;
}

export interface WriteDriver {
  /** What a person does: "create a user", "rename a resource"… */
  what: string;
  target: Target;
  /** Gets the element to its form and fills it. */
  fill(el: HTMLElement): Promise<void>;
  submit(el: HTMLElement): void;
  /** What the person typed, as the form shows it now; compared before and after a failure. */
  values(el: HTMLElement): string[];
  /** The failure message, once shown. */
  message(el: HTMLElement): Element | null | undefined;
  succeeded(el: HTMLElement): boolean;
  /** A field still open while the request runs, to keep typing into (selector, text). */
  typeOn?: { selector: string; text: string };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Sets a field as typing does (input and change events). */
export function type(el: Element, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, selector);
  if (!input) throw new Error(`no ${selector} in ${el.localName}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function button(el: Element, text: string): HTMLButtonElement {
  const root = el.shadowRoot ?? el;
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}" in ${el.localName}`);
  return found;
}

const value = (el: Element, selector: string) =>
  $<HTMLInputElement | HTMLSelectElement>(el, selector)?.value ?? `(no ${selector})`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = (el: HTMLElement) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

/** `<tag>` with `attributes`, its client set before it connects. */
async function plain(
  tag: string,
  client: ProvisioningClient,
  attributes: Record<string, string>,
): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as HTMLElement & { client: ProvisioningClient };
  el.client = client;
  for (const [name, v] of Object.entries(attributes)) el.setAttribute(name, v);
  host.append(el);
  return el;
}

/** Shows every access right, the manual (editable) ones first. */
export async function manualRightsFirst(el: HTMLElement): Promise<void> {
  const table = el as HTMLElement & { filter: unknown; sort: unknown; whenReady(): Promise<void> };
  table.filter = { q: '', status: 'all', validOn: 'all' };
  table.sort = { field: 'manual', direction: 'desc' };
  await settle(el);
  await table.whenReady();
}

const RITA = 'usr_acme_admin';
const NORA = 'usr_nw_admin';
const has = (el: HTMLElement, selector: string) => !!$(el, selector);
const rows = '.body [role=row]:not(.placeholder)';

export const DRIVERS: ElementDriver[] = [
  {
    tag: 'tk-user-manager',
    principal: NORA,
    mount: (client, locale) => plain('tk-user-manager', client, { 'account-id': 'acc_northwind', locale }),
    read: {
      target: { method: 'GET', path: /^\/accounts\/acc_northwind\/users$/ },
      ready: (el) => has(el, 'table[aria-busy="false"]'),
      search: { selector: '#search', term: 'Uwe', shows: 'Uwe' },
    },
    write: {
      what: 'create a user',
      target: { method: 'POST', path: /^\/accounts\/acc_northwind\/users$/ },
      async fill(el) {
        button(el, 'New user').click();
        await waitUntil(() => $<HTMLDialogElement>(el, '#user-dialog')?.open, 'no dialog');
        await waitUntil(() => $$(el, 'input[name=permission]').length > 0, 'permissions not loaded');
        type(el, 'input[name=name]', 'Fay Fault');
        type(el, 'input[name=email]', 'fay@fault.example');
      },
      submit: (el) => button($(el, 'form')!, 'Create and invite').click(),
      values: (el) => [value(el, 'input[name=name]'), value(el, 'input[name=email]')],
      message: (el) => $(el, '#user-dialog [role=alert]'),
      succeeded: (el) => !$<HTMLDialogElement>(el, '#user-dialog')?.open,
    },
  },
  {
    tag: 'tk-access-rights-table',
    principal: NORA,
    mount: (client, locale) =>
      plain('tk-access-rights-table', client, { 'account-id': 'acc_northwind', locale }),
    read: {
      target: { method: 'GET', path: /^\/accounts\/acc_northwind\/access-rights$/ },
      ready: (el) => has(el, rows),
      search: { selector: '#q', term: 'ar_nw', shows: 'ar_nw' },
    },
    write: {
      what: 'edit an access right',
      target: { method: 'PATCH', path: /^\/access-rights\// },
      async fill(el) {
        await manualRightsFirst(el);
        await waitUntil(() => has(el, `${rows} [part=cell]:last-child .btn:not(.danger)`), 'no editable row');
        $<HTMLButtonElement>(el, `${rows} [part=cell]:last-child .btn:not(.danger)`)!.click();
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open && has(el, '#f-endsAt'), 'no dialog');
        type(el, '#f-endsAt', '2032-12-31');
        await settle(el);
      },
      submit: (el) => $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click(),
      values: (el) => [value(el, '#f-endsAt')],
      message: (el) => $(el, 'dialog .banner.error'),
      succeeded: (el) => !$<HTMLDialogElement>(el, 'dialog')?.open,
    },
  },
  {
    tag: 'tk-sub-account-list',
    principal: RITA,
    mount: (client, locale) => plain('tk-sub-account-list', client, { 'account-id': 'acc_acme', locale }),
    read: {
      target: { method: 'GET', path: /^\/accounts\/acc_acme\/children$/ },
      ready: (el) => has(el, 'table[aria-busy="false"]'),
      search: { selector: '#search', term: 'Northwind', shows: 'Northwind' },
    },
  },
  {
    tag: 'tk-sub-account-form',
    principal: RITA,
    mount: (client, locale) => plain('tk-sub-account-form', client, { 'parent-id': 'acc_acme', locale }),
    read: {
      target: { method: 'GET', path: /^\/product-types$/ },
      ready: (el) => has(el, '#f-name') && $$(el, '#f-productTypeId option').length > 1,
      // The form stays usable: the product-type field says it could not load them.
      error: '.field-error',
      retry: '.field-error button',
    },
    write: {
      what: 'create a customer',
      target: { method: 'POST', path: /^\/accounts\/acc_acme\/children$/ },
      async fill(el) {
        const next = async () => {
          $<HTMLButtonElement>(el, '[part=next]')!.click();
          await settle(el);
          await tick();
        };
        type(el, '#f-name', 'Initrode GmbH');
        type(el, '#f-productTypeId', 'pt_starter');
        type(el, '#f-country', 'Germany');
        await next();
        type(el, '#f-primaryAdmin-name', 'Ida Initrode');
        type(el, '#f-primaryAdmin-email', 'ida@initrode.example');
        await next();
        await waitUntil(() => $$(el, 'input[name=permission]').length > 0, 'no permissions');
        await next();
        await waitUntil(() => has(el, '.review-section'), 'no review');
      },
      submit: (el) => $<HTMLButtonElement>(el, '[part=submit]')!.click(),
      // The review lists what was typed on every step.
      values: (el) =>
        ['Initrode GmbH', 'Germany', 'Ida Initrode', 'ida@initrode.example'].map((v) =>
          $$(el, '.review-section').some((s) => s.textContent!.includes(v)) ? v : `(lost ${v})`,
        ),
      message: (el) => $(el, '[part~=error]'),
      succeeded: (el) => !!$(el, '[part=banner]')?.textContent?.includes('ida@initrode.example'),
    },
  },
  {
    tag: 'tk-scope-banner',
    principal: RITA,
    async mount(client, locale) {
      const provider = await fixture<HTMLElement>(
        html`<tk-provider .client=${client} account-id="acc_northwind" locale=${locale}
          ><tk-scope-banner></tk-scope-banner
        ></tk-provider>`,
      );
      return provider.querySelector<HTMLElement>('tk-scope-banner')!;
    },
    read: {
      target: { method: 'GET', path: /^\/accounts\/acc_northwind$/ },
      ready: (el) => has(el, '[part~=back]'),
    },
  },
  {
    tag: 'tk-help-popup',
    principal: NORA,
    mount: (client, locale) => plain('tk-help-popup', client, { placement: 'inline', open: '', locale }),
    read: {
      target: { method: 'GET', path: /\/help$/ },
      ready: (el) => has(el, '[part~=message], [part~=email]'),
    },
  },
  {
    tag: 'tk-help-settings',
    principal: RITA,
    mount: (client, locale) => plain('tk-help-settings', client, { locale }),
    read: {
      target: { method: 'GET', path: /\/help$/ },
      ready: (el) => has(el, '#hs-displayName'),
    },
    write: {
      what: 'save the help settings',
      target: { method: 'PUT', path: /\/help$/ },
      async fill(el) {
        await waitUntil(() => has(el, '#hs-displayName'), 'no form');
        type(el, '#hs-displayName', 'Acme Fault Desk');
        type(el, '#hs-phone', '+49 30 555');
        await settle(el);
      },
      submit: (el) => $<HTMLButtonElement>(el, '[part~=submit]')!.click(),
      values: (el) => [value(el, '#hs-displayName'), value(el, '#hs-phone')],
      message: (el) => $(el, '[data-notice]'),
      succeeded: (el) => !!$(el, '[part~=banner]')?.textContent?.includes('saved'),
      typeOn: { selector: '#hs-message', text: 'Typed while saving.' },
    },
  },
  {
    tag: 'tk-resource-list',
    principal: RITA,
    mount: (client, locale) =>
      plain('tk-resource-list', client, { 'account-id': 'acc_acme', kind: 'sim', locale }),
    read: {
      target: { method: 'GET', path: /^\/accounts\/acc_acme\/resources$/ },
      ready: (el) => has(el, rows),
      search: { selector: '#q', term: '8949', shows: '8949' },
    },
    write: {
      what: 'rename a resource',
      target: { method: 'PATCH', path: /^\/resources\// },
      async fill(el) {
        await waitUntil(() => has(el, `${rows} .identifier`), 'no rows');
        const row = $(el, `${rows}`)!;
        row
          .querySelector('.identifier')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await settle(el);
        row.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ContextMenu', bubbles: true, composed: true }),
        );
        await waitUntil(() => has(el, '[data-action=rename]'), 'no menu');
        $<HTMLButtonElement>(el, '[data-action=rename]')!.click();
        await waitUntil(() => has(el, 'dialog #label'), 'no rename form');
        type(el, '#label', 'Spare for Berlin');
        await settle(el);
      },
      submit: (el) => $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click(),
      values: (el) => [value(el, '#label')],
      message: (el) => $(el, 'dialog [role=alert]'),
      succeeded: (el) => !$<HTMLDialogElement>(el, 'dialog')?.open,
    },
  },
  {
    tag: 'tk-import',
    principal: RITA,
    mount: (client, locale) => plain('tk-import', client, { locale }),
    read: {
      target: { method: 'GET', path: /^\/me$/ },
      ready: (el) => has(el, 'h2'),
    },
    write: {
      what: 'import checked rows',
      target: {
        method: 'POST',
        path: /\/imports$/,
        body: (b) => (b as { dryRun?: boolean })?.dryRun === false,
      },
      async fill(el) {
        await waitUntil(() => has(el, 'input[type=file]'), 'no file step');
        const input = $<HTMLInputElement>(el, 'input[type=file]')!;
        const transfer = new DataTransfer();
        const csv =
          'Customer name,Customer reference,Product type,Country,User name,E-mail,Role\r\n' +
          'Faultline AG,FL-1,Starter,DE,Fritz Fault,fritz@faultline.example,admin\r\n';
        transfer.items.add(new File([csv], 'rows.csv', { type: 'text/csv' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change'));
        await waitUntil(() => (el as HTMLElement & { step: string }).step === 'columns', 'file not read');
        await settle(el);
        button(el, 'Check').click();
        await waitUntil(() => $$(el, '[part=row]').length > 0, 'no check results', { timeout: 4000 });
      },
      submit: (el) => button(el, 'Import 1 row').click(),
      // The checked rows stay with the import: on screen, or behind its retry (same batch, same key).
      values: (el) => [has(el, '[part=row]') || has(el, '[part~=retry]') ? 'rows kept' : 'rows lost'],
      message: (el) => $(el, '.banner.error'),
      succeeded: (el) => (el as HTMLElement & { step: string }).step === 'links',
    },
  },
];
