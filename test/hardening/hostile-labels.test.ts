import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import type { AccessRight, ProductType } from '../../src/api/schemas/index.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import type { ColumnSpec } from '../../src/components/access-rights-table/types.js';
import type { TkSubAccountForm } from '../../src/components/sub-account-form/sub-account-form.js';
import '../../src/define/all.js';
import { HOSTILE, shown } from './hostile-corpus.js';
import { census, expectClean, showable, visible } from './hostile-check.js';

/**
 * Issue 20, the hostile corpus in the reseller-written labels and the host's callbacks, through the
 * memory client (which keeps what it is given): the access-rights table's product names, product
 * and offer ids, the products of its picker and a host column whose `render` callback returns the
 * payloads; the sub-account form's product types (name, description), product-field labels, hints
 * and options (plain strings and maps by language), the values typed into them, the permission
 * catalog's groups, labels and descriptions, and the review step that echoes them. Same checks as
 * hostile-elements.test.ts (hostile-check.ts), at 390 px.
 */
const NORA = 'usr_nw_admin';
const RITA = 'usr_acme_admin';
const tried = { mounts: 0, placements: 0, refusedSaidSo: 0, changed: [] as string[] };
after(() => console.log(`hostile-labels (memory): ${JSON.stringify(tried)}`));

const textsOf = (payloads: readonly string[]) => payloads.filter(showable).map(shown);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function host(): Promise<HTMLElement> {
  const div = await fixture<HTMLElement>(html`<div></div>`);
  div.style.inlineSize = '390px';
  return div;
}

describe('<tk-access-rights-table>: hostile product names, ids and host column callbacks', function () {
  this.timeout(120_000);
  /** The host's column: its header and its callback's text are both the host's strings. */
  const hostColumn = (at: (i: number) => string, header: string): ColumnSpec => ({
    id: 'host',
    header,
    render: (r: AccessRight) => at(Number(r.id.slice('ar_h_'.length))),
  });

  function seed(payload: (i: number) => string): DemoData {
    const data = createDemoData();
    const template = data.accessRights.find((r) => r.accountId === 'acc_northwind')!;
    data.accessRights = data.accessRights.filter((r) => r.accountId !== 'acc_northwind');
    HOSTILE.forEach((_, i) =>
      data.accessRights.push({
        ...template,
        id: `ar_h_${String(i).padStart(3, '0')}`,
        productName: payload(i),
        productId: payload(i).slice(0, 200) || 'x',
        offerId: payload(i).slice(0, 200) || 'x',
        manual: false,
      }),
    );
    data.products = HOSTILE.map((_, i) => ({ id: `prd_h_${i}`, name: payload(i) }));
    return data;
  }

  async function table(data: DemoData, columns: ColumnSpec[]): Promise<TkAccessRightsTable> {
    const el = document.createElement('tk-access-rights-table') as TkAccessRightsTable;
    el.client = createMemoryClient(data, { principal: NORA });
    el.setAttribute('account-id', 'acc_northwind');
    el.setAttribute('locale', 'en');
    // The host's template puts the (hostile) offer id into the path: it must stay a safe link.
    el.setAttribute('offer-href', '{offerId}');
    el.filter = { q: '', status: 'all', validOn: 'all' };
    el.sort = { field: 'id', direction: 'asc' };
    el.columns = columns;
    (await host()).append(el);
    await el.whenReady();
    await settle();
    return el;
  }

  /** Expands the first `n` rows (their detail names the product) and opens the picker. */
  async function openAll(el: TkAccessRightsTable, n: number) {
    for (let i = 0; i < n; i++) {
      $<HTMLButtonElement>(el, `.body [data-row="${i}"] .disclosure`)!.click();
      await el.whenReady();
    }
    $<HTMLButtonElement>(el, '[part=create]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'create dialog not open');
    const picker = $<HTMLInputElement>(el, '#f-productId')!;
    picker.focus();
    picker.value = '';
    picker.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role=option]').length, 'no products listed');
    await el.whenReady();
    await settle();
  }

  it(`${HOSTILE.length} payloads × product name, product id, offer id, host column (header and callback), picker`, async () => {
    window.__tkPwned = undefined;
    const columns = (at: (i: number) => string, header: string): ColumnSpec[] => [
      'no',
      'id',
      'offerId',
      hostColumn(at, header),
      'status',
    ];
    const harmless = await table(
      seed((i) => `Harmless ${i}`),
      columns((i) => `Harmless ${i}`, 'Host'),
    );
    await openAll(harmless, 3);
    const baseline = census(harmless.shadowRoot!).tags;
    harmless.parentElement!.remove();

    // The callback answers another payload than the row's own, so both are tried in every row.
    const other = (i: number) => HOSTILE[(i + 7) % HOSTILE.length]!;
    for (const [m, header] of [HOSTILE[0]!, HOSTILE[40]!, 'y'.repeat(10_000)].entries()) {
      const el = await table(
        seed((i) => HOSTILE[i]!),
        columns(other, header),
      );
      await openAll(el, 3);
      tried.mounts++;
      tried.placements += HOSTILE.length * 5 + 1;
      // A virtualized grid: the rows of its window, the three expanded rows' details, the listed products.
      const text = visible(el.shadowRoot!);
      const inWindow = textsOf([...HOSTILE, ...HOSTILE.map((_, i) => other(i))]).filter((t) =>
        text.includes(t),
      );
      expect(inWindow.length, 'payloads shown in the window').to.be.at.least(20);
      const details = textsOf(HOSTILE.slice(0, 3).flatMap((p) => [p, p.slice(0, 200) || 'x']));
      const listed = [...el.shadowRoot!.querySelectorAll('[role=option] .option-name')].length;
      expect(listed, 'products listed by the picker').to.be.at.least(40);
      expectClean(el, baseline, [...inWindow, ...details, ...textsOf([header])], `access rights mount ${m}`);
      for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=offer-link]'))
        expect(new URL(a.href).origin, 'an offer link stays on the page origin').to.equal(location.origin);
      el.parentElement!.remove();
    }
  });
});

describe('<tk-user-manager> user dialog: hostile permission groups, labels and descriptions', function () {
  this.timeout(60_000);

  /** The whole corpus as one catalog: each payload a group, a label (string or map) and a description. */
  async function dialog(payload: (i: number) => string, locale: string): Promise<HTMLElement> {
    const data = createDemoData();
    data.permissions = HOSTILE.map((_, i) => ({
      id: `hostile.${i}`,
      group: { [locale]: payload(i), fr: 'Autre' },
      label: i % 2 ? payload(i) : { [locale]: payload(i), fr: 'Autre' },
      description: i % 3 ? { [locale]: payload(i) } : payload(i),
    }));
    const el = document.createElement('tk-user-manager') as HTMLElement & { client: ProvisioningClient };
    el.client = createMemoryClient(data, { principal: NORA });
    el.setAttribute('account-id', 'acc_northwind');
    el.setAttribute('locale', locale);
    (await host()).append(el);
    await waitUntil(() => $(el, 'table[aria-busy="false"]'), 'user list did not load');
    $<HTMLButtonElement>(el, '[part~=create]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, '#user-dialog')?.open, 'user dialog not open');
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('input[name=permission]').length === HOSTILE.length,
    );
    await settle();
    return el;
  }

  for (const locale of ['en', 'de'])
    it(`${HOSTILE.length} payloads × group, label, description in one catalog (${locale})`, async () => {
      window.__tkPwned = undefined;
      const harmless = await dialog((i) => `Harmless ${i}`, locale);
      const baseline = census(harmless.shadowRoot!).tags;
      harmless.parentElement!.remove();
      const el = await dialog((i) => HOSTILE[i]!, locale);
      tried.mounts++;
      tried.placements += HOSTILE.length * 3;
      expectClean(el, baseline, textsOf(HOSTILE), `user dialog permissions (${locale})`);
      el.parentElement!.remove();
    });
});

describe('<tk-sub-account-form>: hostile product types, product fields, permissions, typed values', function () {
  this.timeout(180_000);

  /** Where one payload goes in a mount: `at` puts it in the seed; `typed` into the text field. */
  interface Slot {
    name: string;
    /** On which steps its text is shown. */
    steps: readonly ('details' | 'settings' | 'access' | 'review')[];
  }
  const SLOTS: Slot[] = [
    { name: 'type name', steps: ['details', 'review'] },
    { name: 'type description', steps: ['details'] },
    { name: 'text label', steps: ['settings', 'review'] },
    { name: 'text help', steps: ['settings'] },
    // Shown on the review as typed (the input keeps one line of it): checked there by its value.
    { name: 'typed value', steps: [] },
    { name: 'select label (map)', steps: ['settings', 'review'] },
    { name: 'option label (map)', steps: ['settings', 'review'] },
    { name: 'option label', steps: ['settings'] },
    { name: 'checkbox label', steps: ['settings', 'review'] },
    { name: 'checkbox help (map)', steps: ['settings'] },
    { name: 'permission group (map)', steps: ['access'] },
    { name: 'permission label (map)', steps: ['access', 'review'] },
    { name: 'permission description', steps: ['access'] },
  ];

  /** Reseller text in the element's language, with another language beside it. */
  const inLanguage = (locale: string, p: string) => ({ [locale]: p, fr: 'Autre langue' });

  function seed(p: (slot: string) => string, locale: string): DemoData {
    const data = createDemoData();
    const type: ProductType = {
      id: 'pt_hostile',
      name: p('type name'),
      description: p('type description'),
      trialAvailable: false,
      trialDays: 0,
      lockedOnceAssigned: false,
      fields: [
        { id: 'plain', type: 'text', label: p('text label'), help: p('text help') },
        {
          id: 'choice',
          type: 'select',
          label: inLanguage(locale, p('select label (map)')),
          options: [
            { value: 'a', label: inLanguage(locale, p('option label (map)')) },
            { value: 'b', label: p('option label') },
          ],
        },
        {
          id: 'flag',
          type: 'boolean',
          label: p('checkbox label'),
          help: inLanguage(locale, p('checkbox help (map)')),
        },
      ],
    };
    data.productTypes = [type];
    data.permissions = [
      {
        id: 'hostile.one',
        group: inLanguage(locale, p('permission group (map)')),
        label: inLanguage(locale, p('permission label (map)')),
        description: p('permission description'),
      },
      ...data.permissions.slice(0, 1),
    ];
    return data;
  }

  function fill(el: TkSubAccountForm, selector: string, value: string) {
    const input = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return input.value;
  }

  /** Goes on to the next step, once `shows` (a selector of that step) is there. */
  async function next(el: TkSubAccountForm, shows: string) {
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await el.updateComplete;
    await waitUntil(() => $(el, shows), `no ${shows}: ${$(el, '#step-title')?.textContent}`);
    await settle();
  }

  async function mountForm(p: (slot: string) => string, locale: string) {
    const client: ProvisioningClient = createMemoryClient(seed(p, locale), { principal: RITA });
    const el = document.createElement('tk-sub-account-form') as TkSubAccountForm;
    el.client = client;
    el.setAttribute('parent-id', 'acc_acme');
    el.setAttribute('locale', locale);
    (await host()).append(el);
    await waitUntil(
      () => el.shadowRoot?.querySelectorAll('#f-productTypeId option').length === 2,
      'no types',
    );
    return { el, client };
  }

  /**
   * Walks the form with one payload per slot: checks each step, types the value, submits, and
   * reads the account back. Returns the shadow-tree tags seen (for the harmless walk's baseline).
   */
  async function walk(
    p: (slot: string) => string,
    locale: string,
    baseline: Set<string> | undefined,
    what: string,
  ): Promise<Set<string>> {
    const { el, client } = await mountForm(p, locale);
    const seen = new Set<string>();
    const check = (step: Slot['steps'][number], extra: string[] = []) => {
      census(el.shadowRoot!).tags.forEach((t) => seen.add(t));
      if (!baseline) return;
      tried.placements += SLOTS.filter((s) => s.steps.includes(step)).length;
      const texts = textsOf(SLOTS.filter((s) => s.steps.includes(step)).map((s) => p(s.name)));
      expectClean(el, baseline, [...texts, ...extra], `${what} ${step}`);
    };
    fill(el, '#f-name', `Hostile labels ${tried.mounts}`);
    fill(el, '#f-productTypeId', 'pt_hostile');
    fill(el, '#f-country', locale === 'de' ? 'Deutschland' : 'Germany');
    await el.updateComplete;
    await settle();
    check('details');
    await next(el, '#f-primaryAdmin-name');
    fill(el, '#f-primaryAdmin-name', 'Hana Hostile');
    fill(el, '#f-primaryAdmin-email', `hana${tried.mounts}@corpus.example`);
    await next(el, '#f-settings-plain');
    let typed = fill(el, '#f-settings-plain', p('typed value'));
    fill(el, '#f-settings-choice', 'a');
    await el.updateComplete;
    check('settings');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await el.updateComplete;
    await settle();
    if ($(el, '#err-settings-plain')) {
      // Refused beside the field (too long): said so. Typed again, harmless.
      tried.refusedSaidSo++;
      typed = fill(el, '#f-settings-plain', 'Harmless value');
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await el.updateComplete;
    }
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('input[name=permission]').length === 2,
      'no catalog',
    );
    await settle();
    check('access');
    await next(el, '[part=submit]');
    check('review', textsOf([typed]));
    let account: { id: string } | undefined;
    el.addEventListener('tk-account-created', (e) => (account = e.detail.account), { once: true });
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await waitUntil(
      () => account || $(el, '.field-error, [part~=error]'),
      `${what}: neither created nor refused`,
    );
    if (account) {
      const back = (await client.getAccount(account.id)).settings['plain'];
      if ((back ?? '') !== typed.trim()) tried.changed.push(`typed ${JSON.stringify(typed).slice(0, 40)}`);
    } else tried.refusedSaidSo++;
    el.parentElement!.remove();
    return seen;
  }

  it(`${SLOTS.length} slots × ${HOSTILE.length} payloads, rotated over ${Math.ceil(HOSTILE.length / SLOTS.length)} walks, en and de`, async () => {
    window.__tkPwned = undefined;
    const baseline = new Set<string>();
    for (const locale of ['en', 'de'])
      (await walk((s) => `Harmless ${s}`, locale, undefined, 'harmless')).forEach((t) => baseline.add(t));
    const walks = Math.ceil(HOSTILE.length / SLOTS.length);
    for (let m = 0; m < walks; m++) {
      const locale = m % 2 ? 'de' : 'en';
      const at = (slot: string) =>
        HOSTILE[(m * SLOTS.length + SLOTS.findIndex((s) => s.name === slot)) % HOSTILE.length]!;
      tried.mounts++;
      await walk(at, locale, baseline, `sub-account form walk ${m} (${locale})`);
    }
    expect(tried.changed, 'typed values changed without saying so').to.deep.equal([]);
  });

  it(`${HOSTILE.length} payloads typed into a product field: the review echoes each as typed, or the field says why not`, async () => {
    window.__tkPwned = undefined;
    const { el } = await mountForm((s) => `Harmless ${s}`, 'en');
    fill(el, '#f-name', 'Typed values');
    fill(el, '#f-productTypeId', 'pt_hostile');
    fill(el, '#f-country', 'Germany');
    await next(el, '#f-primaryAdmin-name');
    fill(el, '#f-primaryAdmin-name', 'Hana Hostile');
    fill(el, '#f-primaryAdmin-email', 'hana@corpus.example');
    await next(el, '#f-settings-plain');
    const step = async (name: string) => {
      $<HTMLButtonElement>(el, `[data-step=${name}]`)!.click();
      await el.updateComplete;
    };
    await step('review');
    await waitUntil(() => $(el, '[part=submit]'), 'no review');
    const baseline = census(el.shadowRoot!).tags;
    let refused = 0;
    for (const [i, p] of HOSTILE.entries()) {
      await step('settings');
      await waitUntil(() => $(el, '#f-settings-plain'), 'no settings step');
      const typed = fill(el, '#f-settings-plain', p);
      await step('review');
      await waitUntil(() => $(el, '[part=submit]') || $(el, '#err-settings-plain'), `payload ${i}: stuck`);
      tried.placements++;
      if ($(el, '#err-settings-plain')) {
        refused++;
        continue;
      }
      expectClean(el, baseline, textsOf([typed]), `review of typed payload ${i}`);
    }
    tried.refusedSaidSo += refused;
    // Only the over-long value (10,000 characters) breaks the field's rule.
    expect(refused, 'typed values refused beside the field').to.be.at.most(2);
  });
});
