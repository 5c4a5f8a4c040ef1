import { waitUntil } from '@open-wc/testing';
import type { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { recordCalls } from '../fixtures/recording-client.js';
import '../../src/define/all.js';

export const RITA = 'usr_acme_admin'; // reseller admin of Acme Telecom
export const NORA = 'usr_nw_admin'; // admin of the customer Northwind Traders

/** A memory client over fresh demo data; `calls` records every operation. */
export function client(
  options: { principal?: string; fail?: (op: string) => ProvisioningError | undefined } = {},
) {
  const inner = createMemoryClient(createDemoData(), {
    principal: options.principal ?? RITA,
    fail: options.fail,
  });
  return recordCalls(inner);
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as T[];

/** Sets an input's value as typing would, and fires input and change. */
export function type(el: Element, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function check(el: Element, selector: string, on = true) {
  const input = $<HTMLInputElement>(el, selector);
  if (input.checked !== on) input.click();
}

export function button(el: Element, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export const stepTitle = (form: Element) => $(form, '#step-title').textContent!.trim();

export async function formReady(form: Element) {
  await waitUntil(
    () =>
      $(form, '#f-name') && (!$(form, '#f-productTypeId') || $$(form, '#f-productTypeId option').length > 1),
    'form ready',
    {
      timeout: 4000,
    },
  );
}

/** Fills step 1 with a valid customer. */
export function fillDetails(form: Element, name = 'Initrode GmbH', productTypeId = 'pt_starter') {
  type(form, '#f-name', name);
  const select = $<HTMLSelectElement>(form, '#f-productTypeId');
  select.value = productTypeId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  type(form, '#f-country', 'Germany');
}

export async function next(form: Element & { updateComplete: Promise<unknown> }) {
  $<HTMLButtonElement>(form, '[part=next]').click();
  await form.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
}
