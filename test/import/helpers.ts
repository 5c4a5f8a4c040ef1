import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import type { TkImport } from '../../src/components/import/import.js';
import '../../src/define/import.js';

export const RITA = 'usr_acme_admin'; // admin of the reseller Acme Telecom

/**
 * A memory client for the reseller, wrapped so that tests can hold a batch (`gate`) or lose the
 * answer of a written batch on the way back (`dropAnswers`): the server wrote it, the page saw a
 * network failure.
 */
export function importClient(options: { principal?: string } = {}) {
  const inner = createMemoryClient(createDemoData(), { principal: options.principal ?? RITA });
  const state = {
    calls: [] as { dryRun: boolean; rows: number; key?: string }[],
    dropAnswers: 0,
    gate: undefined as Promise<void> | undefined,
    links: [] as string[],
  };
  const client: ProvisioningClient = {
    ...inner,
    importRows: async (accountId, body, o) => {
      state.calls.push({ dryRun: body.dryRun, rows: body.rows.length, key: o?.idempotencyKey });
      if (state.gate) await state.gate;
      if (o?.signal?.aborted) throw new ProvisioningError('aborted', 'aborted');
      const answer = await inner.importRows(accountId, body, o);
      if (!body.dryRun && state.dropAnswers > 0) {
        state.dropAnswers--;
        throw new ProvisioningError('network', 'connection lost');
      }
      return answer;
    },
    sendPasswordLink: async (id, o) => {
      state.links.push(id);
      return inner.sendPasswordLink(id, o);
    },
  };
  return { client, inner, state };
}

export async function mount(client: ProvisioningClient, attrs: { batchSize?: number; locale?: string } = {}) {
  const el = await fixture<TkImport>(
    html`<tk-import
      .client=${client}
      batch-size=${attrs.batchSize ?? 500}
      locale=${attrs.locale ?? 'en'}
    ></tk-import>`,
  );
  // A step heading, or the read-only note of a normal user.
  await waitUntil(() => el.shadowRoot!.querySelector('h2, [part=empty]'), 'the element did not load');
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export function button(el: Element, text: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(new URL(`../fixtures/import/${name}`, import.meta.url));
  return new File([await response.arrayBuffer()], name);
}

/** Chooses a file the way the file picker does. */
export async function choose(el: TkImport, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=file]');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => el.step === 'columns', 'the file was not read', { timeout: 5000 });
}

export const csvFile = (text: string, name = 'rows.csv') => new File([text], name, { type: 'text/csv' });

/** The field chosen for each column of the mapping table. */
export const mapping = (el: TkImport) =>
  $$<HTMLSelectElement>(el, '[part=mapping] select').map((s) => s.value);

export async function check(el: TkImport): Promise<void> {
  button(el, 'Check').click();
  await waitUntil(() => $$(el, '[part=row]').length > 0 || $(el, '[part=error]'), 'no check results', {
    timeout: 8000,
  });
}

export const statuses = (el: TkImport) => $$(el, '[part=row] .badge').map((b) => b.textContent!.trim());
