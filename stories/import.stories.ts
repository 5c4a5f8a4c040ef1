import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ProvisioningClient } from '../src/api/client.js';
import { ProvisioningError } from '../src/api/errors.js';
import type { TkImport } from '../src/components/import/import.js';
import '../src/define/import.js';
import { demoClient } from './demo-client.js';

/** Story controls: who is signed in, how slow the API is, and the element's own attributes. */
interface Args {
  principal: string;
  latency: number;
  locale: string;
  batchSize: number;
}

/** Headers in each shipped language: the element matches them to its fields. */
const HEADERS: Record<string, string> = {
  en: 'Customer name,Customer reference,Product type,Country,User name,E-mail,Role',
  de: 'Mandant,Kundennummer,Produkttyp,Land,Anwender,E-Mail-Adresse,Rolle',
  fr: 'Nom du client,Référence client,Type de produit,Pays,Nom,Courriel,Rôle',
  hu: 'Ügyfél neve,Ügyfélszám,Terméktípus,Ország,Név,E-mail-cím,Szerepkör',
};

/**
 * New customers with their users, a user for an existing customer, a row with errors, and a row
 * with a character the contract cannot store (a NUL), refused on its own row and never sent.
 */
const ROWS = [
  'Fabrikam GmbH,FAB-1,Business,DE,Frieda Fabrikam,frieda@fabrikam.example,admin',
  'Fabrikam GmbH,FAB-1,,,Franz Fabrikam,franz@fabrikam.example,user',
  'Litware Inc,LIT-7,Starter,US,Lena Litware,lena@litware.example,admin',
  'Northwind Traders,,,,Nora Neu,nora@northwind.example,user',
  'Contoso Pharma,CP-9,Gold,XX,Bad Mail,not-an-email,boss',
  'Tailspin\u0000Toys,TT-3,Starter,DE,Tara Tailspin,tara@tailspin.example,user',
];
const sheet = (locale: string) => [HEADERS[locale] ?? HEADERS.en, ...ROWS].join('\n');

/** A client whose written batches, after `after` of them, never answer or fail as a lost connection. */
function stalling(client: ProvisioningClient, after: number, mode: 'hang' | 'drop'): ProvisioningClient {
  let written = 0;
  return {
    ...client,
    importRows: async (id, body, options) => {
      if (!body.dryRun && written++ >= after) {
        if (mode === 'hang') return new Promise(() => {});
        throw new ProvisioningError('network', 'connection lost');
      }
      return client.importRows(id, body, options);
    },
  };
}

const pause = (ms = 30) => new Promise((r) => setTimeout(r, ms));
async function until(done: () => unknown): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await pause();
}
const $ = <T extends Element = HTMLElement>(el: TkImport, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;
const press = async (el: TkImport, selector: string) => {
  await until(() => $(el, selector));
  $<HTMLButtonElement>(el, selector)!.click();
};

/** The steps a story starts on, reached the way a user gets there. */
const drive = {
  async columns(el: TkImport, locale: string) {
    await until(() => $(el, 'input[type=file]'));
    const input = $<HTMLInputElement>(el, 'input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([sheet(locale)], 'customers.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.step === 'columns');
  },
  async check(el: TkImport, locale: string) {
    await drive.columns(el, locale);
    await press(el, '[part=submit]');
    await until(() => $(el, '.counts'));
  },
  async fix(el: TkImport, locale: string) {
    await drive.check(el, locale);
    await press(el, '[part=row] .problems button');
  },
  async import(el: TkImport, locale: string) {
    await drive.check(el, locale);
    await press(el, '[part=submit]');
  },
  async links(el: TkImport, locale: string) {
    await drive.import(el, locale);
    await until(() => el.step === 'links');
  },
};
type Step = keyof typeof drive;

const element = (args: Args, options: { step?: Step; client?: ProvisioningClient; theme?: 'dark' } = {}) => {
  const locale = args.locale || 'en';
  const el = html`<tk-import
    ${ref((node) => {
      if (node && options.step) void drive[options.step](node as TkImport, locale);
    })}
    .client=${options.client ?? demoClient(args)}
    batch-size=${args.batchSize}
    locale=${args.locale || ''}
  ></tk-import>`;
  return options.theme ? html`<tk-provider theme="dark">${el}</tk-provider>` : el;
};

/**
 * `<tk-import>` brings a reseller's existing customers and users in from a spreadsheet (seed 000's
 * onboarding): file, columns, check (a dry run on the server, per row), import in batches, then
 * the password links, which go out only when asked. The stories reach each step the way a user
 * does, with a small sheet whose headers are in the story's language.
 */
const meta: Meta<Args> = {
  title: 'Elements/Import',
  component: 'tk-import',
  args: { principal: 'usr_acme_admin', latency: 150, locale: '', batchSize: 2 },
  argTypes: {
    principal: { control: 'select', options: ['usr_acme_admin', 'usr_nw_admin', 'usr_nw_user'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
    batchSize: { control: { type: 'number', min: 1, max: 500 } },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Step 1: choose, drop or paste; the templates carry the columns in the element's language. */
export const ChooseFile: Story = {};

/** Step 2: the headers matched to fields; each can be corrected or ignored. */
export const Columns: Story = { render: (args) => element(args, { step: 'columns' }) };

/** Step 3: the dry run's answer per row: will create, will update, unchanged, or the error. */
export const Check: Story = { render: (args) => element(args, { step: 'check' }) };

/** Step 3: a failing row's cells corrected in place before checking again. */
export const FixInPlace: Story = { render: (args) => element(args, { step: 'fix' }) };

/** Step 4: half-way, with the progress bar and Cancel. */
export const Importing: Story = {
  render: (args) => element(args, { step: 'import', client: stalling(demoClient(args), 1, 'hang') }),
};

/** Step 4: the connection dropped; "Try again" repeats the batch under its own key. */
export const ConnectionLost: Story = {
  render: (args) => element(args, { step: 'import', client: stalling(demoClient(args), 1, 'drop') }),
};

/** Step 5: the summary, and the password links, now or later. */
export const PasswordLinks: Story = { render: (args) => element(args, { step: 'links' }) };

/** A normal user sees why there is nothing to do. */
export const ReadOnly: Story = { args: { principal: 'usr_nw_user' } };

export const German: Story = { args: { locale: 'de' }, render: (args) => element(args, { step: 'check' }) };
export const French: Story = { args: { locale: 'fr' }, render: (args) => element(args, { step: 'check' }) };
export const Hungarian: Story = {
  args: { locale: 'hu' },
  render: (args) => element(args, { step: 'check' }),
};

export const DarkFile: Story = { render: (args) => element(args, { theme: 'dark' }) };
export const DarkCheck: Story = { render: (args) => element(args, { step: 'fix', theme: 'dark' }) };
export const DarkLinks: Story = { render: (args) => element(args, { step: 'links', theme: 'dark' }) };
