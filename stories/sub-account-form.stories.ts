import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ProvisioningError } from '../src/api/errors.js';
import { demoClient, demoData, failing } from './demo-client.js';
import { darkPage } from './dark-page.js';
import '../src/define/provider.js';
import '../src/define/sub-account-form.js';

interface Args {
  principal: string;
  latency: number;
  parentId: string;
  accountId: string;
  locale: string;
}

const element = (args: Args, c = demoClient(args)) =>
  args.accountId
    ? html`<tk-sub-account-form
        .client=${c}
        account-id=${args.accountId}
        locale=${args.locale || ''}
      ></tk-sub-account-form>`
    : html`<tk-sub-account-form
        .client=${c}
        parent-id=${args.parentId || ''}
        locale=${args.locale || ''}
      ></tk-sub-account-form>`;

// ---- walking the form, as a person would (the step stories start on later steps) ----

type Form = HTMLElement & { updateComplete: Promise<unknown> };
const pause = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function formIn(canvas: HTMLElement): Promise<Form> {
  const form = canvas.querySelector<Form>('tk-sub-account-form')!;
  for (
    let i = 0;
    i < 200 && !form.shadowRoot?.querySelector('#f-productTypeId option[value="pt_voice"]');
    i++
  )
    await pause(25);
  return form;
}

function set(form: Form, selector: string, value: string) {
  const input = form.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function next(form: Form) {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part=next]')!.click();
  await form.updateComplete;
  await pause(50);
}

/** Fills each step up to `steps` with a phone-system customer and moves on, in the story's language. */
async function walk({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }, steps: number) {
  const form = await formIn(canvasElement);
  const country = new Intl.DisplayNames([args.locale || 'en'], { type: 'region' }).of('DE')!;
  const fill = [
    () => {
      set(form, '#f-name', 'Initech AG');
      set(form, '#f-productTypeId', 'pt_voice');
      set(form, '#f-reference', 'INI-2027');
      set(form, '#f-country', country);
    },
    () => {
      set(form, '#f-primaryAdmin-name', 'Ida Initech');
      set(form, '#f-primaryAdmin-email', 'ida@initech.example');
    },
    () => {
      set(form, '#f-settings-pbxHost', 'pbx.initech.example');
      set(form, '#f-settings-pbxPort', '5060');
    },
    () => undefined,
  ];
  for (let i = 0; i < steps; i++) {
    fill[i]!();
    await form.updateComplete;
    await next(form);
  }
}

/**
 * `<tk-sub-account-form>` provisions a customer (under a reseller) or a sub-account (under a
 * customer) in guided steps, as seed 004 describes: details, primary administrator, product
 * settings (only when the product type declares fields, as the phone-system type does), role and
 * access, then a review. With `account-id` it edits an account (no administrator step). The
 * step stories walk the form in their `play` function, as a person would.
 */
const meta: Meta<Args> = {
  title: 'Elements/Sub-account form',
  component: 'tk-sub-account-form',
  args: { principal: 'usr_acme_admin', latency: 150, parentId: 'acc_acme', accountId: '', locale: '' },
  argTypes: {
    principal: { control: 'select', options: ['usr_acme_admin', 'usr_nw_admin'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'hu'] },
  },
  render: (args) => element(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Step 1: details, with the product type's description, trial and internal demo system. */
export const Details: Story = {};

/** Step 1 after Next with nothing filled: a message beside each required field. */
export const DetailsInvalid: Story = {
  play: async ({ canvasElement }) => next(await formIn(canvasElement)),
};

/** Step 2: the primary administrator, who gets an invitation (no password field). */
export const PrimaryAdministrator: Story = {
  play: async (context) => walk(context, 1),
};

/** Step 3: the fields the phone-system product type declares (seed 004's PBX connection). */
export const ProductSettings: Story = {
  play: async (context) => walk(context, 2),
};

/** Step 4: the primary administrator's role and permissions, grouped as in the user manager. */
export const RolesAndAccess: Story = {
  play: async (context) => walk(context, 3),
};

/** The review: every section with a link back to its step. */
export const Review: Story = {
  play: async (context) => walk(context, 4),
};

/** The server says the name is taken (409): the form goes back to Details, the message beside the name. */
export const NameTaken: Story = {
  render: (args) =>
    element(
      args,
      demoClient(args, demoData(), (op) =>
        op === 'createChildAccount'
          ? new ProvisioningError('conflict', 'Another account under the same parent has this name.', {
              status: 409,
              fieldErrors: [
                {
                  path: 'name',
                  code: 'taken',
                  message: 'Another account under the same parent has this name.',
                },
              ],
            })
          : undefined,
      ),
    ),
  play: async (context) => {
    await walk(context, 4);
    const form = await formIn(context.canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await pause(400);
  },
};

/** Creating fails (network): everything typed stays, with the reason. */
export const SaveFails: Story = {
  render: (args) =>
    element(args, demoClient(args, demoData(), failing('createChildAccount', 'network', 'down'))),
  play: async (context) => {
    await walk(context, 4);
    const form = await formIn(context.canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await pause(400);
  },
};

/** The product types cannot be loaded: step 1 says so, with a retry. */
export const ProductTypesFail: Story = {
  render: (args) =>
    element(args, demoClient(args, demoData(), failing('listProductTypes', 'server', 'boom'))),
};

/** Edit mode: Contoso's Enterprise type is locked once assigned, so it is read-only with the reason. */
export const EditLockedType: Story = { args: { accountId: 'acc_contoso' } };

/** A sub-account under a customer, by the customer's administrator. */
export const SubAccount: Story = { args: { principal: 'usr_nw_admin', parentId: 'acc_northwind' } };

export const German: Story = { args: { locale: 'de' } };
export const GermanProductSettings: Story = {
  args: { locale: 'de' },
  play: async (context) => walk(context, 2),
};
export const French: Story = { args: { locale: 'fr' } };
export const Hungarian: Story = { args: { locale: 'hu' } };

/** `theme="dark"` forces the dark scheme. */
export const Dark: Story = {
  render: (args) => darkPage(html`<tk-provider theme="dark">${element(args)}</tk-provider>`),
};

/** Right-to-left: the step indicator and fields mirror. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${element(args)}</div>`,
};

/** A reseller's brand through `--tk-*` tokens and `::part`s. */
export const ResellerBranded: Story = {
  render: (args) =>
    html`<style>
        .brand tk-sub-account-form {
          --tk-color-primary: #0b6e4f;
          --tk-color-success: #0b6e4f;
          --tk-font-family: Georgia, 'Times New Roman', serif;
          --tk-radius: 0;
        }
        .brand tk-sub-account-form::part(step-title) {
          letter-spacing: 0.02em;
        }
      </style>
      <div class="brand">${element(args)}</div>`,
  play: async (context) => walk(context, 1),
};
