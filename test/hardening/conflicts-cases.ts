import { waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { $, $$, button, DRIVERS, manualRightsFirst, type, type ElementDriver } from './drivers/elements.js';

/**
 * The five things two people can edit at once, each in the element that edits it. The other person
 * saves first (`theirs`, straight through the client); this person then saves what they typed
 * (`typeMine`) on the version they loaded, and must get the 412 flow.
 */
export interface ConflictCase {
  entity: string;
  driver: ElementDriver;
  /** Opens the form on the record and returns its id. */
  open(el: HTMLElement): Promise<string>;
  /** The other person's save. */
  theirs(client: ProvisioningClient, id: string): Promise<void>;
  typeMine(el: HTMLElement): Promise<void>;
  /** What this person typed, as the form shows it. */
  mine(el: HTMLElement): string[];
  submit(el: HTMLElement): void;
  /** Whether the stored record holds the other person's change and this person's. */
  stored(client: ProvisioningClient, id: string): Promise<{ theirs: boolean; mine: boolean }>;
}

const driver = (tag: string) => DRIVERS.find((d) => d.tag === tag)!;
const value = (el: HTMLElement, selector: string) => $<HTMLInputElement>(el, selector)?.value ?? '(gone)';
const settle = (el: HTMLElement) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
const rows = '.body [role=row]:not(.placeholder)';
const rightOf = async (client: ProvisioningClient, id: string) =>
  (await client.listAccessRights('acc_northwind', { limit: 500 })).items.find((r) => r.id === id)!;
/** The status the other person gave the access right (the opposite of the loaded one). */
let theirStatus: 'active' | 'deactivated' = 'active';

export const CONFLICT_CASES: ConflictCase[] = [
  {
    entity: 'user',
    driver: driver('tk-user-manager'),
    async open(el) {
      const tr = $$(el, 'tbody tr').find((r) => r.textContent!.includes('Uwe Nutzer'))!;
      button(tr, 'Edit').click();
      await waitUntil(() => $<HTMLDialogElement>(el, '#user-dialog')?.open, 'no dialog');
      await waitUntil(() => value(el, 'input[name=name]') === 'Uwe Nutzer', 'not filled');
      return 'usr_nw_user';
    },
    async theirs(client, id) {
      await client.updateUser(await client.getUser(id), { locale: 'fr' });
    },
    async typeMine(el) {
      type(el, 'input[name=name]', 'Uwe Second');
      await settle(el);
    },
    mine: (el) => [value(el, 'input[name=name]')],
    submit: (el) => button($(el, 'form')!, 'Save').click(),
    async stored(client, id) {
      const user = await client.getUser(id);
      return { theirs: user.locale === 'fr', mine: user.name === 'Uwe Second' };
    },
  },
  {
    entity: 'account',
    driver: {
      ...driver('tk-sub-account-form'),
      mount: (client, locale) => {
        const form = document.createElement('tk-sub-account-form') as HTMLElement & { client: unknown };
        form.client = client;
        form.setAttribute('account-id', 'acc_northwind');
        form.setAttribute('locale', locale);
        document.body.append(form);
        return Promise.resolve(form);
      },
      read: {
        ...driver('tk-sub-account-form').read,
        ready: (el) => value(el, '#f-name') === 'Northwind Traders',
      },
    },
    open: async () => 'acc_northwind',
    async theirs(client, id) {
      await client.updateAccount(await client.getAccount(id), { notes: 'Changed elsewhere' });
    },
    async typeMine(el) {
      type(el, '#f-reference', 'NW-0002');
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await settle(el);
    },
    // The form may be on the review by now, which lists what was typed.
    mine: (el) => [
      $<HTMLInputElement>(el, '#f-reference')?.value ??
        ($$(el, '.review-section').some((s) => s.textContent!.includes('NW-0002')) ? 'NW-0002' : '(gone)'),
    ],
    submit: (el) => $<HTMLButtonElement>(el, '[part=submit]')!.click(),
    async stored(client, id) {
      const account = await client.getAccount(id);
      return { theirs: account.notes === 'Changed elsewhere', mine: account.reference === 'NW-0002' };
    },
  },
  {
    entity: 'access right',
    driver: driver('tk-access-rights-table'),
    async open(el) {
      await manualRightsFirst(el);
      await waitUntil(() => $(el, `${rows} [part=cell]:last-child .btn:not(.danger)`), 'no editable row');
      $<HTMLButtonElement>(el, `${rows} [part=cell]:last-child .btn:not(.danger)`)!.click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open && $(el, '#f-endsAt'), 'no dialog');
      return ($(el, '#dialog-title')!.textContent!.match(/ar_\S+/) ?? [''])[0];
    },
    async theirs(client, id) {
      const right = await rightOf(client, id);
      theirStatus = right.status === 'active' ? 'deactivated' : 'active';
      await client.updateAccessRight(right, { status: theirStatus });
    },
    async typeMine(el) {
      type(el, '#f-endsAt', '2032-12-31');
      await settle(el);
    },
    mine: (el) => [value(el, '#f-endsAt')],
    submit: (el) => $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click(),
    async stored(client, id) {
      const right = await rightOf(client, id);
      return { theirs: right.status === theirStatus, mine: right.endsAt?.startsWith('2032-12-31') ?? false };
    },
  },
  {
    entity: 'resource',
    driver: driver('tk-resource-list'),
    async open(el) {
      await waitUntil(() => $(el, `${rows} .identifier`), 'no rows');
      const row = $(el, rows)!;
      const identifier = row.querySelector('.identifier .mono')!.textContent!.trim();
      row
        .querySelector('.identifier')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ContextMenu', bubbles: true, composed: true }));
      await waitUntil(() => $(el, '[data-action=setCap]'), 'no menu');
      $<HTMLButtonElement>(el, '[data-action=setCap]')!.click();
      await waitUntil(() => $(el, 'dialog form'), 'no cap form');
      return identifier;
    },
    async theirs(client, identifier) {
      const [resource] = (await client.listResources('acc_acme', { q: identifier, kind: 'sim' })).items;
      await client.updateResource(resource!, { label: 'Renamed by them' });
    },
    async typeMine(el) {
      type(el, '#cap-limit', '4096');
      await settle(el);
    },
    mine: (el) => [value(el, '#cap-limit')],
    submit: (el) => $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click(),
    async stored(client, identifier) {
      const [resource] = (await client.listResources('acc_acme', { q: identifier, kind: 'sim' })).items;
      return {
        theirs: resource!.label === 'Renamed by them',
        mine: JSON.stringify(resource!.cap).includes('4096'),
      };
    },
  },
  {
    entity: 'help settings',
    driver: driver('tk-help-settings'),
    open: async () => 'acc_acme',
    async theirs(client, id) {
      await client.putHelpSettings(id, { ...(await client.getHelpSettings(id)), phone: '+49 30 999' });
    },
    async typeMine(el) {
      type(el, '#hs-displayName', 'Second Desk');
      await settle(el);
    },
    mine: (el) => [value(el, '#hs-displayName')],
    submit: (el) => $<HTMLButtonElement>(el, '[part~=submit]')!.click(),
    async stored(client, id) {
      const settings = await client.getHelpSettings(id);
      return { theirs: settings.phone === '+49 30 999', mine: settings.displayName === 'Second Desk' };
    },
  },
];
