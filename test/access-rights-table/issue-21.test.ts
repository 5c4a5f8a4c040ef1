import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { arrayDataProvider } from '../../src/components/access-rights-table/data-provider.js';
import { $, $$, ALL, demoRights } from './helpers.js';
import '../../src/define/access-rights-table.js';

/** `count` copies of Northwind's rights with distinct ids, in id order. */
function manyRights(count: number) {
  const demo = demoRights();
  return Array.from({ length: count }, (_, i) => ({
    ...demo[i % demo.length]!,
    id: `ar_${String(i).padStart(6, '0')}`,
  }));
}

const task = () => new Promise((r) => setTimeout(r));

/** Until the sizes the ResizeObserver reports (read a frame later) are applied. */
async function settle(el: TkAccessRightsTable) {
  await el.whenReady();
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.whenReady();
}

describe('<tk-access-rights-table> issue 21', () => {
  it('positions rows at the painted row height (cell plus border), without drift deep down', async () => {
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table .filter=${ALL} .dataProvider=${arrayDataProvider(manyRights(3000))}>
      </tk-access-rights-table>`,
    );
    await settle(el);
    const scroller = $(el, '.scroller')!;
    const first = $(el, '.body [data-row="0"]')!;
    const painted = first.getBoundingClientRect().height;
    expect(painted, 'a row is its cell plus a 1 px border').to.equal(
      first.querySelector('.cell')!.getBoundingClientRect().height + 1,
    );
    expect(parseFloat(getComputedStyle($(el, '.body')!).blockSize)).to.be.closeTo(3000 * painted, 1);

    scroller.scrollTop = 1500 * painted;
    await waitUntil(() => $(el, '.body [data-row="1500"]'), 'the window moved');
    await settle(el);
    const body = $(el, '.body')!.getBoundingClientRect().top;
    for (const row of $$(el, '.body [role=row]')) {
      const index = Number(row.dataset['row']);
      expect(row.getBoundingClientRect().top - body, `row ${index}`).to.be.closeTo(index * painted, 0.5);
    }
    // The row the scroll position names is the one under the sticky header.
    const header = $(el, '.header')!.getBoundingClientRect().bottom;
    const under = $(el, '.body [data-row="1500"]')!.getBoundingClientRect();
    expect(under.top).to.be.closeTo(header, 0.5);
    const rows = $$(el, '.body [role=row]');
    expect(rows.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(
      scroller.getBoundingClientRect().bottom,
    );
  });

  it('pays nothing at first paint for the timeline term: it is computed when read', async () => {
    const rows = manyRights(10_000);
    let reads = 0;
    const far = rows[9_000]!;
    const startsAt = far.startsAt;
    Object.defineProperty(far, 'startsAt', {
      get: () => {
        reads++;
        return startsAt;
      },
    });
    const provider = arrayDataProvider(rows);
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table .filter=${ALL} .dataProvider=${provider}></tk-access-rights-table>`,
    );
    await settle(el);
    expect(reads, 'the table view scanned every row').to.equal(0);
    const page = await provider({ offset: 0, limit: 10 }, undefined, ALL, new AbortController().signal);
    expect(page.items[0]).to.equal(rows[0]);
    expect(page.timeRange?.start).to.be.a('string');
    expect(reads).to.be.greaterThan(0);
  });

  describe('a data provider set just after connecting', () => {
    it('shows loading, never "no client", and then the rows', async () => {
      const el = document.createElement('tk-access-rights-table') as TkAccessRightsTable;
      el.filter = ALL;
      const alerts: string[] = [];
      document.body.append(el);
      try {
        await el.updateComplete;
        const observer = new MutationObserver(() => {
          for (const a of $$(el, '[role=alert]')) alerts.push(a.textContent!.trim());
        });
        observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        expect($(el, '[part~=loading]')).to.exist;
        expect($(el, '[role=alert]')).to.equal(null);
        expect(el.matches(':state(error)')).to.equal(false);
        await task();
        el.dataProvider = arrayDataProvider(manyRights(20));
        await el.whenReady();
        await nextFrame();
        observer.disconnect();
        expect(alerts).to.deep.equal([]);
        expect($$(el, '.body [role=row]:not(.placeholder)').length).to.equal(20);
        expect(el.matches(':state(error)')).to.equal(false);
      } finally {
        el.remove();
      }
    });

    it('says "no client" once a frame and a task have passed without any source', async () => {
      const el = await fixture<TkAccessRightsTable>(html`<tk-access-rights-table></tk-access-rights-table>`);
      expect($(el, '[role=alert]')).to.equal(null);
      await nextFrame();
      await task();
      await el.updateComplete;
      expect($(el, '[role=alert]')?.textContent).to.contain('No provisioning client');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
      el.dataProvider = arrayDataProvider(manyRights(3));
      await el.whenReady();
      expect($(el, '[role=alert]')).to.equal(null);
      expect(el.matches(':state(error)')).to.equal(false);
    });
  });

  it('updates a text cell in place when its row shows another right', async () => {
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table
        .filter=${ALL}
        .dataProvider=${arrayDataProvider(manyRights(50))}
      ></tk-access-rights-table>`,
    );
    await settle(el);
    const idCell = () => $$(el, '.body [data-row="0"] [role=gridcell]')[1]!;
    const cell = idCell();
    expect(cell.textContent!.trim()).to.equal('ar_000000');
    el.sort = { field: 'id', direction: 'desc' };
    await settle(el);
    expect(idCell(), 'the same node').to.equal(cell);
    expect(cell.textContent!.trim()).to.equal('ar_000049');
    expect(cell.getAttribute('tabindex')).to.equal('-1');
    expect(cell.getAttribute('part')).to.equal('cell');
  });

  it('shows a bounded count as "more than N", growing with deeper blocks and never shrinking', async () => {
    const rows = manyRights(2000);
    const inner = arrayDataProvider(rows);
    // A server that counts to the first multiple of 500 past the page, as the reference server does.
    const bounded: typeof inner = async (range, sort, filter, signal) => {
      const page = await inner(range, sort, filter, signal);
      const cap = (Math.floor((range.offset + range.limit) / 500) + 1) * 500;
      return page.total > cap ? { ...page, total: cap, totalExact: false } : page;
    };
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table .filter=${ALL} .dataProvider=${bounded}></tk-access-rights-table>`,
    );
    await settle(el);
    const count = () => $(el, '.count')!.textContent!.trim();
    expect(count()).to.equal('More than 500 access rights');
    await expect(el).to.be.accessible();

    const scroller = $(el, '.scroller')!;
    const rowHeight = $(el, '.body [data-row="0"]')!.getBoundingClientRect().height;
    scroller.scrollTop = 480 * rowHeight;
    await waitUntil(() => count() === 'More than 1,000 access rights', 'a deeper block raised the bound');
    scroller.scrollTop = 0;
    await settle(el);
    expect(count(), 'scrolling back keeps the largest bound').to.equal('More than 1,000 access rights');
  });
});

describe('arrayDataProvider sorts an index of the host’s rows (issue 21)', () => {
  const signal = new AbortController().signal;
  const ids = async (rows: ReturnType<typeof manyRights>, field: string, direction: 'asc' | 'desc') =>
    (
      await arrayDataProvider(rows)({ offset: 0, limit: rows.length }, { field, direction }, ALL, signal)
    ).items.map((r) => r.id);

  it('keeps equal keys in the host’s order and empty values last, in both directions', async () => {
    const rows = manyRights(6).map((r, i) => ({
      ...r,
      // Two instants written in other forms (an offset, no milliseconds) and one open end.
      endsAt: [
        '2026-03-01T00:00:00.000Z',
        null,
        '2026-03-01T01:00:00+01:00',
        '2026-01-15T00:00:00Z',
        '2026-05-01T00:00:00.000Z',
        '2026-03-01T00:00:00.000Z',
      ][i]!,
    }));
    expect(await ids(rows, 'endsAt', 'asc')).to.deep.equal([
      'ar_000003',
      'ar_000000',
      'ar_000002',
      'ar_000005',
      'ar_000004',
      'ar_000001',
    ]);
    expect(await ids(rows, 'endsAt', 'desc')).to.deep.equal([
      'ar_000004',
      'ar_000000',
      'ar_000002',
      'ar_000005',
      'ar_000003',
      'ar_000001',
    ]);
  });

  it('ranks text by the collation: few distinct values, many, and rows already in order', async () => {
    const names = ['beta', 'Alpha', 'álpha', 'Gamma', 'beta'];
    const few = manyRights(500).map((r, i) => ({ ...r, productName: names[i % names.length]! }));
    const sorted = await ids(few, 'productName', 'asc');
    // "Alpha" and "álpha" are equal at base strength: one group, in the host's order.
    expect(sorted.slice(0, 4)).to.deep.equal(['ar_000001', 'ar_000002', 'ar_000006', 'ar_000007']);
    expect(few.find((r) => r.id === sorted.at(-1))!.productName).to.equal('Gamma');
    const many = manyRights(3000).map((r, i) => ({ ...r, offerId: `ord_${(i * 7919) % 3000}` }));
    const byOffer = await ids(many, 'offerId', 'desc');
    // Numeric collation: ord_2999 before ord_1000 before ord_999.
    const offers = byOffer.map((id) => many.find((r) => r.id === id)!.offerId);
    expect(offers.slice(0, 2)).to.deep.equal(['ord_2999', 'ord_2998']);
    expect(offers.indexOf('ord_1000')).to.be.lessThan(offers.indexOf('ord_999'));
    expect(await ids(many, 'id', 'desc')).to.deep.equal(many.map((r) => r.id).reverse());
  });

  it('draws rows given after the first frame at the widths measured ahead, reading no layout for them', async () => {
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table .filter=${ALL}></tk-access-rights-table>`,
    );
    await nextFrame();
    await nextFrame();
    // Reads of a box inside the table while its rows are drawn would force a layout before the first frame.
    const read = Element.prototype.getBoundingClientRect;
    let reads = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this.getRootNode() === el.shadowRoot) reads++;
      return read.call(this);
    };
    let drawn: string;
    try {
      el.dataProvider = arrayDataProvider(manyRights(100_000));
      await el.whenReady();
      expect($(el, '.body [data-row="0"]:not(.placeholder)'), 'rows drawn before a frame').to.exist;
      drawn = $(el, '.scroller')!.style.getPropertyValue('--_columns');
    } finally {
      Element.prototype.getBoundingClientRect = read;
    }
    expect(reads, 'boxes read while drawing the rows').to.equal(0);
    await settle(el);
    expect($(el, '.scroller')!.style.getPropertyValue('--_columns'), 'the widths after layout').to.equal(
      drawn,
    );
    // The No. column fits the count's digits: the last row's number is not clipped.
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => $(el, '.body [data-row="99999"]:not(.placeholder)'), 'the last row drawn');
    await settle(el);
    const number = $(el, '.body [data-row="99999"] .text')!;
    expect(number.textContent!.trim()).to.equal('100,000');
    expect(number.scrollWidth, 'the last number whole').to.be.at.most(number.clientWidth);
  });
});
