import { expect, fixture, html } from '@open-wc/testing';
import { permissionFieldset, type PermissionEntry } from '../../src/core/parts/permission-fieldset.js';
import type { Localizer } from '../../src/core/localize.js';
import { loadCatalog } from '../../src/locales/index.js';
import type { TkPartHost } from './part-host.js';
import './part-host.js';

const catalog: PermissionEntry[] = [
  {
    id: 'billing.invoices',
    group: { en: 'Billing', de: 'Abrechnung' },
    label: { en: 'Invoices', de: 'Rechnungen' },
    description: { en: 'See invoices', de: 'Rechnungen ansehen' },
  },
  { id: 'billing.pay', group: { en: 'Billing', de: 'Abrechnung' }, label: 'Pay', description: '' },
  { id: 'support.tickets', group: 'Support', label: 'Tickets', description: null },
];

async function mount(
  view: (l: Localizer) => ReturnType<typeof permissionFieldset>,
  locale = 'en',
): Promise<TkPartHost> {
  const el = await fixture<TkPartHost>(
    html`<tk-part-host locale=${locale} .view=${(l: Localizer) => view(l)}></tk-part-host>`,
  );
  await el.updateComplete;
  return el;
}
const root = (el: TkPartHost) => el.shadowRoot!;

describe('permissionFieldset (core part)', () => {
  before(() => loadCatalog('de'));

  it('is accessible and groups the catalog by its localized group', async () => {
    const el = await mount((l) =>
      permissionFieldset({ l, catalog, selected: ['billing.pay'], idPrefix: 't' }),
    );
    await expect(el).to.be.accessible();
    const groups = [...root(el).querySelectorAll('[role=group]')].map((g) => g.getAttribute('aria-label'));
    expect(groups).to.deep.equal(['Billing', 'Support']);
    const checked = [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    expect(checked).to.deep.equal(['billing.pay']);
  });

  it('shows group, label and description in the element language with a fallback', async () => {
    const el = await mount((l) => permissionFieldset({ l, catalog, selected: [], idPrefix: 't' }), 'de-AT');
    const text = root(el).querySelector('fieldset')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Berechtigungen');
    expect(text).to.contain('Abrechnung');
    expect(text).to.contain('Rechnungen ansehen');
    expect(text).to.contain('Pay'); // plain string
    expect(text).to.contain('Tickets');
    expect(root(el).querySelectorAll('.hint').length).to.equal(1); // empty descriptions render nothing
  });

  it('reports the new selection through onChange', async () => {
    const seen: string[][] = [];
    const el = await mount((l) =>
      permissionFieldset({
        l,
        catalog,
        selected: ['billing.pay'],
        idPrefix: 't',
        onChange: (s) => seen.push(s),
      }),
    );
    root(el).querySelector<HTMLInputElement>('input[value="support.tickets"]')!.click();
    root(el).querySelector<HTMLInputElement>('input[value="billing.pay"]')!.click();
    expect(seen).to.deep.equal([['billing.pay', 'support.tickets'], []]);
  });

  it('shows loading, failure with Try again, and an error linked by aria-describedby', async () => {
    let retried = 0;
    const loading = await mount((l) =>
      permissionFieldset({ l, catalog: undefined, selected: [], idPrefix: 't' }),
    );
    expect(root(loading).querySelector('[role=status]')!.textContent).to.contain('Loading');
    const failed = await mount((l) =>
      permissionFieldset({
        l,
        catalog: undefined,
        failed: true,
        onRetry: () => retried++,
        selected: [],
        idPrefix: 'x',
        error: 'Pick one.',
      }),
    );
    await expect(failed).to.be.accessible();
    root(failed).querySelector<HTMLButtonElement>('button')!.click();
    expect(retried).to.equal(1);
    const fieldset = root(failed).querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('x-permissions-error');
    expect(root(failed).getElementById('x-permissions-error')!.textContent).to.equal('Pick one.');
  });
});
