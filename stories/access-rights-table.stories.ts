import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoClient, demoData, failing } from './demo-client.js';
import type { TkAccessRightsTable } from '../src/components/access-rights-table/access-rights-table.js';
import type { AccessRightsFilter } from '../src/components/access-rights-table/types.js';
import '../src/define/access-rights-table.js';

/** Story controls: who is signed in, how slow the API is, and the element's own attributes. */
interface Args {
  principal: string;
  latency: number;
  accountId: string;
  offerHref: string;
  view: 'table' | 'timeline';
  locale: string;
}

/** Every period, so that the demo's past rights show too. */
const ALL: AccessRightsFilter = { q: '', status: 'all', validOn: 'all' };

const element = (args: Args, c = demoClient(args), extra = '') =>
  html`<tk-access-rights-table
    class=${extra}
    .client=${c}
    .filter=${ALL}
    account-id=${args.accountId}
    offer-href=${args.offerHref}
    view=${args.view}
    locale=${args.locale || ''}
  ></tk-access-rights-table>`;

/**
 * `<tk-access-rights-table>` lists every access right of a customer: one per product per tier
 * of each offer (seed 003). Expand a row (the arrow, or Enter) for its term, subscription and
 * ids; sort by any column; filter by status, id and "valid on" day; switch to the timeline to
 * see overlaps and gaps; export what you see as CSV. Administrators edit, delete and create
 * manual rights. Only the visible rows are in the DOM, so it stays fast at 100,000 rows.
 */
const meta: Meta<Args> = {
  title: 'Elements/Access rights table',
  component: 'tk-access-rights-table',
  args: {
    principal: 'usr_nw_admin',
    latency: 200,
    accountId: 'acc_northwind',
    offerHref: 'https://portal.example/offers/{offerId}',
    view: 'table',
    locale: '',
  },
  argTypes: {
    principal: { control: 'select', options: ['usr_nw_admin', 'usr_nw_user', 'usr_acme_admin'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    view: { control: 'inline-radio', options: ['table', 'timeline'] },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Bulk GmbH: 20,000 rights, paged through the client and virtualized. */
export const ManyRows: Story = {
  args: { accountId: 'acc_bulk', principal: 'usr_acme_admin' },
  render: (args) => element(args, demoClient(args, demoData(true))),
};

/** Each right's validity as a bar on a time axis; today is the red line. */
export const Timeline: Story = { args: { view: 'timeline' } };

/** Waiting for the first rows (an API that never answers here). */
export const Loading: Story = { args: { latency: 600_000 } };

/** The table element of a story, once its rows are in. */
async function settledTable(canvas: HTMLElement): Promise<TkAccessRightsTable> {
  const el = canvas.querySelector<TkAccessRightsTable>('tk-access-rights-table')!;
  await el.whenReady();
  return el;
}

/** The create dialog open: the searchable product picker and the days in the element's locale. */
export const CreateDialog: Story = {
  args: { latency: 0 },
  play: async ({ canvasElement }) => {
    const el = await settledTable(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=create]')!.click();
  },
};

/**
 * 412: another admin saved the right while this one edited it. The notice sits beside Save and
 * takes focus; "load latest version" lists per field what is yours and what is now saved.
 */
export const StaleEdit: Story = {
  args: { latency: 0 },
  render: (args) => {
    const client = demoClient(args);
    const el = element(args, client);
    staleClient = client;
    return el;
  },
  play: async ({ canvasElement, args }) => {
    const client = staleClient!;
    const el = await settledTable(canvasElement);
    el.sort = { field: 'manual', direction: 'desc' };
    await el.whenReady();
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.body [data-row="0"] .btn:not(.danger)')!.click();
    // The dialog's code loads on its first use.
    await el.whenReady();
    const id = /ar_\S+/.exec(root.querySelector('#dialog-title')!.textContent!)![0];
    const page = await client.listAccessRights(args.accountId, { q: id, limit: 1 });
    await client.updateAccessRight(page.items[0]!, { status: 'deactivated' });
    const end = root.querySelector<HTMLInputElement>('#f-endsAt')!;
    end.value = '12/31/2032';
    end.dispatchEvent(new Event('input'));
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  },
};
/** The client of the StaleEdit story, for its play function to change a right behind its back. */
let staleClient: ReturnType<typeof demoClient> | undefined;

/** A normal user reads, without edit, delete or create. */
export const ReadOnly: Story = { args: { principal: 'usr_nw_user' } };

/** A customer without any right yet. */
export const Empty: Story = {
  render: (args) => {
    const data = demoData();
    data.accessRights = data.accessRights.filter((r) => r.accountId !== args.accountId);
    return element(args, demoClient(args, data));
  },
};

/** The API cannot be reached: the table offers a retry. */
export const NetworkError: Story = {
  render: (args) =>
    element(
      args,
      demoClient(
        args,
        demoData(),
        failing('listAccessRights', 'network', 'The service could not be reached'),
      ),
    ),
};

/** The API answers with data that breaks the contract: a clear error, no retry loop. */
export const BadData: Story = {
  render: (args) =>
    element(
      args,
      demoClient(
        args,
        demoData(),
        failing('listAccessRights', 'invalid-response', 'Response does not match'),
      ),
    ),
};

export const German: Story = { args: { locale: 'de' } };

export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

/** Right to left: columns, arrows and the timeline mirror. */
export const RightToLeft: Story = {
  args: { view: 'timeline' },
  render: (args) => html`<div dir="rtl">${element(args)}</div>`,
};

export const Dark: Story = {
  render: (args) =>
    html`<tk-access-rights-table
      theme="dark"
      .client=${demoClient(args)}
      .filter=${ALL}
      account-id=${args.accountId}
      offer-href=${args.offerHref}
      view=${args.view}
      locale=${args.locale || ''}
    ></tk-access-rights-table>`,
};

/** A reseller's brand: public tokens and parts, from the host page's stylesheet. */
export const Branded: Story = {
  render: (args) =>
    html`<style>
        .acme {
          --tk-color-primary: #c2410c;
          --tk-font-family: Georgia, serif;
          --tk-radius: 0;
          --tk-access-rights-row-height: 2.25rem;
          --tk-access-rights-header-background: #fff7ed;
          --tk-access-rights-bar-color: #c2410c;
        }
        .acme::part(header) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
      </style>
      ${element(args, demoClient(args), 'acme')}`,
};

/** German in the dark theme: the longest headers and badges of the shipped languages. */
export const GermanDark: Story = { ...Dark, args: { locale: 'de' } };
