import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AccessRight } from '../../src/api/schemas/index.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { arrayDataProvider } from '../../src/components/access-rights-table/data-provider.js';
import { parseDay, showDay } from '../../src/components/access-rights-table/day-input.js';
import type { AccessRightsDataProvider } from '../../src/components/access-rights-table/types.js';
import { $, $$, ACCOUNT, ALL, memoryClient, renderedIds, tableFixture } from './helpers.js';

const manualFirst = { field: 'manual', direction: 'desc' } as const;
const active = (el: TkAccessRightsTable) => el.shadowRoot!.activeElement as HTMLElement | null;

function type(el: TkAccessRightsTable, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

function right(i: number, extra: Partial<AccessRight> = {}): AccessRight {
  return {
    id: `ar_${String(i).padStart(6, '0')}`,
    accountId: ACCOUNT,
    offerId: `of_${i}`,
    productId: 'prod_mail',
    platformProductId: 'prod_mail',
    productName: 'Business Mail',
    tierId: null,
    subscriptionId: null,
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '2026-12-31T00:00:00Z',
    status: 'active',
    manual: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    ...extra,
  };
}

describe('<tk-access-rights-table> issue 13', () => {
  describe('delete (defect 7)', () => {
    it('starts on Cancel, so Enter Enter does not delete', async () => {
      const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
      const id = renderedIds(el)[0];
      $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!.click();
      await el.whenReady();
      expect(active(el)?.textContent?.trim()).to.equal('Cancel');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.whenReady();
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(renderedIds(el)).to.include(id);
    });

    it('moves focus to the neighbour row and announces "deleted"', async () => {
      const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
      const [first, second] = renderedIds(el);
      $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!.click();
      await el.whenReady();
      setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
      await oneEvent(el, 'tk-access-right-deleted');
      await waitUntil(() => renderedIds(el)[0] === second, 'the row is gone');
      await waitUntil(() => active(el)?.closest('[data-row="0"]'), 'focus is on the neighbour row');
      expect(document.activeElement).to.equal(el);
      expect(renderedIds(el)).not.to.include(first);
      expect($(el, '[part~=banner] .banner-text')!.textContent).to.equal(`Access right ${first} deleted.`);
    });

    it('keeps its feedback to the view: another language clears it (defect 9)', async () => {
      const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
      $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!.click();
      await el.whenReady();
      setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
      await oneEvent(el, 'tk-access-right-deleted');
      await el.whenReady();
      expect($(el, '[part~=banner]')).to.exist;
      await expect(el).to.be.accessible();
      el.locale = 'de';
      await el.whenReady();
      expect($(el, '[part~=banner]')).to.equal(null);
    });
  });

  it('asks before Escape discards unsaved edits (defect 20)', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    $<HTMLButtonElement>(el, '.body [data-row="0"] [part=cell]:last-child .btn:not(.danger)')!.click();
    await el.whenReady();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    type(el, 'f-endsAt', '2031-01-31');
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.whenReady();
    expect(dialog.open, 'still open').to.equal(true);
    expect($(el, '[part=discard]')).to.exist;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' }); // keeps editing
    await el.whenReady();
    expect($(el, '[part=discard]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-endsAt')!.value).to.equal('01/31/2031');
    await sendKeys({ press: 'Escape' });
    await el.whenReady();
    $<HTMLButtonElement>(el, '[part=discard] .btn.danger')!.click();
    await el.whenReady();
    expect(dialog.open).to.equal(false);
    // Without edits, Escape closes at once.
    $<HTMLButtonElement>(el, '.body [data-row="0"] [part=cell]:last-child .btn:not(.danger)')!.click();
    await el.whenReady();
    await sendKeys({ press: 'Escape' });
    await el.whenReady();
    expect(dialog.open).to.equal(false);
  });

  describe('days in the element locale (defect 21)', () => {
    it('parses and shows days in each shipped pattern', () => {
      expect(showDay('2026-12-31', 'de')).to.equal('31.12.2026');
      expect(showDay('2026-12-31', 'fr')).to.equal('31/12/2026');
      expect(showDay('2026-12-31', 'en')).to.equal('12/31/2026');
      expect(parseDay('1.3.2027', 'de')).to.equal('2027-03-01');
      expect(parseDay('01/03/2027', 'fr')).to.equal('2027-03-01');
      expect(parseDay('03/01/2027', 'en')).to.equal('2027-03-01');
      expect(parseDay('2027. 03. 01.', 'hu')).to.equal('2027-03-01');
      expect(parseDay('2027-03-01', 'de')).to.equal('2027-03-01');
      expect(parseDay('31.02.2027', 'de'), 'no such day: kept as typed').to.equal('31.02.2027');
    });

    it('shows dd.mm.yyyy in German and saves what was typed that way', async () => {
      const el = await fixture<TkAccessRightsTable>(
        html`<tk-access-rights-table
          locale="de"
          account-id=${ACCOUNT}
          .client=${memoryClient()}
          .filter=${ALL}
        ></tk-access-rights-table>`,
      );
      await el.whenReady();
      $<HTMLButtonElement>(el, '[part=create]')!.click();
      await el.whenReady();
      const start = $<HTMLInputElement>(el, '#f-startsAt')!;
      expect(start.type).to.equal('text');
      expect(start.value).to.match(/^\d\d\.\d\d\.\d{4}$/);
      expect($(el, '#f-startsAt-format')!.textContent).to.include('31.12.2026');
      type(el, 'f-productId', 'ext-anything-42');
      type(el, 'f-startsAt', '15.03.2027');
      type(el, 'f-endsAt', '1.4.2028');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-startsAt')!.value).to.equal('15.03.2027');
      setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
      const { detail } = await oneEvent(el, 'tk-access-right-created');
      expect(detail.right).to.deep.include({
        productId: 'ext-anything-42',
        startsAt: '2027-03-15T00:00:00Z',
        endsAt: '2028-04-01T00:00:00Z',
      });
    });
  });

  describe('product picker (defect 10)', () => {
    async function openCreate() {
      const el = await tableFixture();
      $<HTMLButtonElement>(el, '[part=create]')!.click();
      await el.whenReady();
      await waitUntil(
        () => (el as unknown as { actions: { value?: { products?: unknown[] } } }).actions.value?.products,
        'products load',
      );
      return el;
    }

    it('suggests platform products by name, accents and case ignored, keyboard operable', async () => {
      const el = await openCreate();
      const input = $<HTMLInputElement>(el, '#f-productId')!;
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      input.focus();
      await sendKeys({ type: 'MAÍL' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      const options = $$(el, '[role=option]');
      expect(options.map((o) => o.querySelector('.option-name')!.textContent)).to.deep.equal([
        'Business Mail',
      ]);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input.value).to.equal('prod_mail');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect($<HTMLDialogElement>(el, 'dialog')!.open, 'Enter picked, it did not submit').to.equal(true);
    });

    it('lists every product in collation order on ArrowDown; Escape closes the list, not the dialog', async () => {
      const el = await openCreate();
      $<HTMLInputElement>(el, '#f-productId')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const names = $$(el, '[role=option] .option-name').map((o) => o.textContent!);
      expect(names.length).to.equal(6);
      expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($$(el, '[role=option]')).to.have.length(0);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    });

    it('keeps a free external product id', async () => {
      const el = await openCreate();
      type(el, 'f-productId', 'ext-legacy-7');
      await el.updateComplete;
      setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
      const { detail } = await oneEvent(el, 'tk-access-right-created');
      expect(detail.right).to.deep.include({ productId: 'ext-legacy-7', productName: 'ext-legacy-7' });
    });
  });

  it('sizes the table to its rows, up to the maximum (defect 23)', async () => {
    const el = await tableFixture({ setup: (t) => (t.dataProvider = arrayDataProvider([right(1)])) });
    const one = $(el, '.scroller')!.getBoundingClientRect().height;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(one).to.be.lessThan(8 * rem);
    el.dataProvider = arrayDataProvider(Array.from({ length: 200 }, (_, i) => right(i)));
    await el.whenReady();
    expect($(el, '.scroller')!.getBoundingClientRect().height).to.be.closeTo(28 * rem, 2);
  });

  it('wraps long headers onto two lines with the full text as tooltip, no page scroll (defect 13)', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const el = await fixture<TkAccessRightsTable>(
        html`<tk-access-rights-table
          locale="hu"
          account-id=${ACCOUNT}
          .client=${memoryClient()}
          .filter=${ALL}
        ></tk-access-rights-table>`,
      );
      await el.whenReady();
      for (const text of $$(el, '[role=columnheader] .text')) {
        expect(text.getAttribute('title')).to.equal(text.textContent);
        const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
        expect(text.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
      }
      const count = $(el, '.count')!;
      expect(count.scrollWidth).to.be.at.most(count.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('timeline scale (defect 18)', () => {
    const many = () =>
      Array.from({ length: 400 }, (_, i) =>
        right(i, {
          startsAt: `${2020 + Math.floor(i / 20)}-01-01T00:00:00Z`,
          endsAt: `${2021 + Math.floor(i / 20)}-06-01T00:00:00Z`,
        }),
      );
    const axis = (el: TkAccessRightsTable) =>
      $$(el, '.axis text')
        .map((t) => t.textContent)
        .join(' ');

    it('takes the scale from the term the provider reports, and keeps it while scrolling', async () => {
      const el = await tableFixture({
        setup: (t) => {
          t.dataProvider = arrayDataProvider(many());
          t.view = 'timeline';
        },
      });
      const before = axis(el);
      // The whole term (2020 to 2040) from the start, though only the first rows are loaded.
      expect(before).to.include('2021');
      expect(before).to.include('2039');
      $(el, '.scroller')!.scrollTop = 20_000;
      $(el, '.scroller')!.dispatchEvent(new Event('scroll'));
      await el.whenReady();
      expect(axis(el)).to.equal(before);
      expect($(el, '[part=timeline-rescale]')).to.equal(null);
    });

    it('without a reported term, keeps the first scale and widens it only on request', async () => {
      const rows = many();
      const plain: AccessRightsDataProvider = async (range) => ({
        items: rows.slice(range.offset, range.offset + range.limit),
        total: rows.length,
      });
      const el = await tableFixture({
        setup: (t) => {
          t.dataProvider = plain;
          t.view = 'timeline';
        },
      });
      const before = axis(el);
      const scroller = $(el, '.scroller')!;
      for (let top = 2_000; top <= 12_000; top += 2_000) {
        scroller.scrollTop = top;
        scroller.dispatchEvent(new Event('scroll'));
        await el.whenReady();
        expect(axis(el), 'the axis does not move while scrolling').to.equal(before);
      }
      await waitUntil(() => $(el, '[part=timeline-rescale]'), 'offers to rescale');
      $<HTMLButtonElement>(el, '[part=timeline-rescale]')!.click();
      await el.whenReady();
      expect(axis(el)).not.to.equal(before);
    });
  });

  it('sorts and searches text with the collation and without accents in the array provider (defect 16)', async () => {
    const rows = [
      right(1, { productName: 'Zsófia Zöld' }),
      right(2, { productName: 'Ágnes Élő-Nagy' }),
      right(3, { productName: 'Anna' }),
    ];
    const provider = arrayDataProvider(rows, { locale: 'hu' });
    const signal = new AbortController().signal;
    const sorted = await provider(
      { offset: 0, limit: 10 },
      { field: 'productName', direction: 'asc' },
      ALL,
      signal,
    );
    expect(sorted.items.map((r) => r.productName)).to.deep.equal(['Ágnes Élő-Nagy', 'Anna', 'Zsófia Zöld']);
    const found = await provider({ offset: 0, limit: 10 }, undefined, { ...ALL, q: 'elo-nagy' }, signal);
    expect(found.items.map((r) => r.id)).to.deep.equal(['ar_000002']);
  });
});
