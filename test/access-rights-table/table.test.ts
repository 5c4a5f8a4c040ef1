import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import type { AccessRight } from '../../src/api/schemas/index.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { RowGeometry } from '../../src/core/virtual/row-geometry.js';
import { arrayDataProvider } from '../../src/components/access-rights-table/data-provider.js';
import type {
  AccessRightsDataProvider,
  AccessRightsFilter,
  AccessRightsSort,
  RowRange,
} from '../../src/components/access-rights-table/types.js';
import {
  $,
  $$,
  ALL,
  BY_ID,
  USER,
  demoRights,
  headers,
  memoryClient,
  renderedIds,
  tableFixture,
} from './helpers.js';

const manualFirst: AccessRightsSort = { field: 'manual', direction: 'desc' };

/** `count` synthetic rights, every tenth manual. */
function syntheticRights(count: number): AccessRight[] {
  const base = demoRights()[0]!;
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `ar_${String(i).padStart(6, '0')}`,
    manual: i % 10 === 0,
    startsAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
  }));
}

/** Wraps a provider and records every call. */
function spy(provider: AccessRightsDataProvider) {
  const calls: { range: RowRange; sort?: AccessRightsSort; filter: AccessRightsFilter }[] = [];
  const wrapped: AccessRightsDataProvider = (range, sort, filter, signal) => {
    calls.push({ range, sort, filter });
    return provider(range, sort, filter, signal);
  };
  return { calls, wrapped };
}

describe('<tk-access-rights-table>', () => {
  it('is accessible', async () => {
    const el = await tableFixture();
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, with a row expanded', async () => {
    const el = await tableFixture({ setup: (t) => (t.theme = 'dark') });
    $<HTMLButtonElement>(el, '.body .disclosure')!.click();
    await el.whenReady();
    await expect(el).to.be.accessible();
  });

  it('computes row offsets in O(expanded rows)', () => {
    const g = new RowGeometry();
    g.rowHeight = 40;
    g.setExtra(2, 100);
    expect(g.offsetOf(2)).to.equal(80);
    expect(g.offsetOf(3)).to.equal(220);
    expect(g.indexAt(130)).to.equal(2);
    expect(g.indexAt(225)).to.equal(3);
    expect(g.totalHeight(10)).to.equal(500);
  });

  it('shows the columns of seed 003 and renders only the visible rows', async () => {
    const el = await tableFixture();
    expect(headers(el)).to.deep.equal([
      'No.',
      'Access right unique ID',
      'Offer ID',
      'Start date',
      'End date',
      'Status',
      'Manually created',
      'Action',
    ]);
    const total = demoRights().length;
    expect($(el, '[role=grid]')!.getAttribute('aria-rowcount')).to.equal(String(total + 1));
    const rows = $$(el, '.body [role=row]');
    expect(rows.length).to.be.greaterThan(5).and.lessThan(total);
    expect(renderedIds(el)[0]).to.equal(demoRights()[0]!.id);
    expect($(el, '.count')!.textContent).to.equal(`${total} access rights`);
  });

  it('offers edit and delete only on manually created rights', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    const rows = $$(el, '.body [role=row]');
    const manualCount = demoRights().filter((r) => r.manual).length;
    rows.forEach((row, i) => {
      const buttons = row.querySelectorAll('[role=gridcell]:last-of-type button');
      expect(buttons.length, `row ${i}`).to.equal(i < manualCount ? 2 : 0);
    });
    expect($(el, '[part=create]')).to.exist;
  });

  it('shows normal users no edit, delete or create controls', async () => {
    const el = await tableFixture({
      client: memoryClient({ principal: USER }),
      setup: (t) => (t.sort = manualFirst),
    });
    expect(headers(el)).not.to.include('Action');
    expect($$(el, '.body .btn')).to.have.length(0);
    expect($(el, '[part=create]')).to.equal(null);
    expect(el.matches(':state(read-only)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('waits for the principal, so that the action column never pops in late', async () => {
    const real = memoryClient();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowMe = { ...real, me: () => gate.then(() => real.me()) };
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table
        account-id="acc_northwind"
        .client=${slowMe}
        .filter=${ALL}
      ></tk-access-rights-table>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($(el, '[role=grid]')).to.equal(null);
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(el.matches(':state(read-only)')).to.equal(false);
    release();
    await el.whenReady();
    expect(headers(el)).to.include('Action');
  });

  it('asks the data provider for the right range, sort and filter', async () => {
    const { calls, wrapped } = spy(arrayDataProvider(syntheticRights(1000)));
    const el = await tableFixture({ setup: (t) => (t.dataProvider = wrapped) });
    expect(calls[0]).to.deep.equal({ range: { offset: 0, limit: 100 }, sort: BY_ID, filter: ALL });

    $(el, '[role=columnheader] button.sort')!.click(); // the first sortable column: the id
    await el.whenReady();
    expect(calls.at(-1)).to.deep.include({ sort: { field: 'id', direction: 'desc' } });
    $(el, '[role=columnheader] button.sort')!.click();
    await el.whenReady();
    expect(calls.at(-1)).to.deep.include({ sort: undefined });
    $(el, '[role=columnheader] button.sort')!.click();
    await el.whenReady();
    expect(calls.at(-1)!.range.offset).to.equal(0);

    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = 500 * 40;
    await waitUntil(() => calls.some((c) => c.range.offset >= 400), 'loads the scrolled-to block');
    await el.whenReady();
    expect(renderedIds(el)).to.include('ar_000500');

    el.filter = { ...ALL, status: 'deactivated' };
    await el.whenReady();
    expect(calls.at(-1)).to.deep.equal({
      range: { offset: 0, limit: 100 },
      sort: { field: 'id', direction: 'asc' },
      filter: { ...ALL, status: 'deactivated' },
    });
  });

  it('shows placeholders of the same height for rows still loading, never jumping', async () => {
    const rights = syntheticRights(1000);
    const provider: AccessRightsDataProvider = (range) =>
      range.offset === 0
        ? Promise.resolve({ items: rights.slice(0, 100), total: rights.length })
        : new Promise(() => undefined);
    const el = await tableFixture({ setup: (t) => (t.dataProvider = provider) });
    const body = $(el, '.body')!;
    const height = body.offsetHeight;
    $(el, '.scroller')!.scrollTop = 300 * 40;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect($$(el, '.body .placeholder').length).to.be.greaterThan(5);
    expect(body.offsetHeight).to.equal(height);
    expect(height).to.be.greaterThan(999 * 30);
  });

  it('sorts by any column through the header, with aria-sort', async () => {
    const el = await tableFixture();
    const endHeader = $$(el, '[role=columnheader]')[4]!;
    setTimeout(() => endHeader.querySelector('button')!.click());
    const { detail } = await oneEvent(el, 'tk-sort-change');
    expect(detail.sort).to.deep.equal({ field: 'endsAt', direction: 'asc' });
    await el.whenReady();
    expect(endHeader.getAttribute('aria-sort')).to.equal('ascending');
    const earliest = Math.min(...demoRights().flatMap((r) => (r.endsAt ? [Date.parse(r.endsAt)] : [])));
    const firstEnding = demoRights()
      .filter((r) => r.endsAt && Date.parse(r.endsAt) === earliest)
      .map((r) => r.id);
    expect(firstEnding).to.include(renderedIds(el)[0]);
    endHeader.querySelector('button')!.click();
    await el.whenReady();
    expect(endHeader.getAttribute('aria-sort')).to.equal('descending');
  });

  it('filters by status, text and valid-on day, and reports the filter for the URL', async () => {
    const el = await tableFixture();
    const status = $<HTMLSelectElement>(el, '#status')!;
    status.value = 'deactivated';
    setTimeout(() => status.dispatchEvent(new Event('change')));
    let detail = (await oneEvent(el, 'tk-filter-change')).detail;
    expect(detail.filter).to.deep.equal({ ...ALL, status: 'deactivated' });
    await el.whenReady();
    expect(el.filter.status).to.equal('deactivated');
    const deactivated = demoRights().filter((r) => r.status === 'deactivated');
    expect($(el, '.count')!.textContent).to.equal(`${deactivated.length} access rights`);

    const search = $<HTMLInputElement>(el, '#q')!;
    search.value = 'ar_nwm00';
    search.dispatchEvent(new Event('input'));
    detail = (await oneEvent(el, 'tk-filter-change')).detail;
    expect(detail.filter.q).to.equal('ar_nwm00');
    await el.whenReady();
    expect(renderedIds(el).every((id) => id!.startsWith('ar_nwm00'))).to.equal(true);

    const allPeriods = $<HTMLInputElement>(el, '.all-periods input')!;
    setTimeout(() => allPeriods.click());
    detail = (await oneEvent(el, 'tk-filter-change')).detail;
    expect(detail.filter.validOn).to.match(/^\d{4}-\d\d-\d\d$/);
  });

  it('filters to rights valid today by default', async () => {
    const el = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table
        account-id="acc_northwind"
        .client=${memoryClient()}
      ></tk-access-rights-table>`,
    );
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(el.filter.validOn).to.equal(
      `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    );
    // Shown in the element's locale (en: month/day/year), not the browser's.
    const [y, m, d] = el.filter.validOn.split('-');
    expect($<HTMLInputElement>(el, '#valid-on')!.value).to.equal(`${m}/${d}/${y}`);
  });

  it('hides and reorders columns and adds host columns as text only', async () => {
    const el = await tableFixture({
      setup: (t) =>
        (t.columns = [
          'status',
          'id',
          { id: 'product', header: 'Product', render: (r) => `<b>${r.productName}</b>` },
        ]),
    });
    expect(headers(el)).to.deep.equal(['Status', 'Access right unique ID', 'Product']);
    const cell = $$(el, '.body [role=row]')[0]!.querySelectorAll('[role=gridcell]')[2]!;
    expect(cell.textContent!.trim()).to.equal(`<b>${demoRights()[0]!.productName}</b>`);
    expect(cell.querySelector('b')).to.equal(null);
  });

  it('expands a row with the term, subscription and ids, each explained', async () => {
    const el = await tableFixture();
    const index = demoRights().findIndex((r) => r.endsAt);
    const right = demoRights()[index]!;
    const toggle = $<HTMLButtonElement>(el, `.body [data-row="${index}"] .disclosure`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.whenReady();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const detail = $(el, `#detail-${index}`)!;
    const text = detail.textContent!;
    for (const value of [right.subscriptionId!, right.productId, right.platformProductId])
      expect(text).to.include(value);
    expect($$(el, `#detail-${index} dt`).map((d) => d.textContent)).to.deep.equal([
      'Term',
      'Subscription',
      'Product ID',
      'Platform product ID',
      'Tier ID',
    ]);
    expect($$(el, `#detail-${index} .hint`)).to.have.length(5);
    expect(text).to.match(/\d+ days/);
    // The next row moves down by the detail's height: no overlap.
    const next = $(el, `.body [data-row="${index + 1}"]`)!;
    const row = $(el, `.body [data-row="${index}"]`)!;
    expect(next.getBoundingClientRect().top).to.be.closeTo(row.getBoundingClientRect().bottom, 1);
    await expect(el).to.be.accessible();
  });

  it('keeps the expanded right expanded when the sort moves it, and no other', async () => {
    const el = await tableFixture({ setup: (t) => (t.dataProvider = arrayDataProvider(syntheticRights(6))) });
    const expandedIds = () =>
      $$(el, '.body [role=row]')
        .filter((row) => row.querySelector('.disclosure[aria-expanded=true]'))
        .map((row) => row.querySelectorAll('[role=gridcell]')[1]!.textContent!.trim());
    $<HTMLButtonElement>(el, '.body [data-row="1"] .disclosure')!.click();
    await el.whenReady();
    expect(expandedIds()).to.deep.equal(['ar_000001']);

    $(el, '[role=columnheader] button.sort')!.click(); // id, descending: ar_000001 moves to row 4
    await el.whenReady();
    expect(renderedIds(el)).to.deep.equal([
      'ar_000005',
      'ar_000004',
      'ar_000003',
      'ar_000002',
      'ar_000001',
      'ar_000000',
    ]);
    expect(expandedIds()).to.deep.equal(['ar_000001']);
    expect($$(el, '.body .detail')).to.have.length(1);
    expect($(el, '.body [data-row="4"] .detail')).to.exist;
    // The geometry follows it too: the row after it starts below its detail.
    await waitUntil(() => {
      const moved = $(el, '.body [data-row="4"]')!.getBoundingClientRect();
      return Math.abs($(el, '.body [data-row="5"]')!.getBoundingClientRect().top - moved.bottom) <= 1;
    }, 'the next row starts below the detail');
  });

  it('links offer IDs through the offer-href template, after a cancelable tk-offer-open', async () => {
    const el = await tableFixture({
      setup: (t) => (t.offerHref = 'https://portal.example/offers/{offerId}'),
    });
    const right = demoRights()[0]!;
    const link = $<HTMLAnchorElement>(el, '.body [data-row="0"] a')!;
    expect(link.getAttribute('href')).to.equal(`https://portal.example/offers/${right.offerId}`);
    el.addEventListener('tk-offer-open', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'tk-offer-open');
    expect(event.detail.offerId).to.equal(right.offerId);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('never links a javascript: offer template, and raises tk-offer-open without one', async () => {
    const el = await tableFixture({ setup: (t) => (t.offerHref = 'javascript:alert({offerId})') });
    expect($(el, '.body a')).to.equal(null);
    // Nothing listens yet: a plain id, not a link-styled button that does nothing (issue 13, defect 11).
    expect($(el, '.body [data-row="0"] button.link')).to.equal(null);
    expect($(el, '.body [data-row="0"] [role=gridcell]:nth-child(3)')!.textContent!.trim()).to.equal(
      demoRights()[0]!.offerId,
    );
    const listener = () => undefined;
    el.addEventListener('tk-offer-open', listener);
    await el.whenReady();
    const button = $<HTMLButtonElement>(el, '.body [data-row="0"] button.link')!;
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'tk-offer-open');
    expect(detail.href).to.equal(undefined);
    el.removeEventListener('tk-offer-open', listener);
    await el.whenReady();
    expect($(el, '.body [data-row="0"] button.link')).to.equal(null);
  });

  it('exports the filtered view as CSV through the provider, escaped and formula-safe', async () => {
    const rights = syntheticRights(1200);
    rights[0] = { ...rights[0]!, id: '=HYPERLINK("x")' };
    rights[1] = { ...rights[1]!, id: 'a,b' };
    const { calls, wrapped } = spy(arrayDataProvider(rights));
    const el = await tableFixture({ setup: (t) => (t.dataProvider = wrapped) });
    el.addEventListener('tk-access-rights-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => $<HTMLButtonElement>(el, '[part=export]')!.click());
    const { detail } = await oneEvent(el, 'tk-access-rights-export');
    const lines = detail.csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(1201);
    expect(lines[0]).to.equal(
      'No.,Access right unique ID,Offer ID,Start date,End date,Status,Manually created',
    );
    expect(lines[1]).to.include(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).to.include('"a,b"');
    expect(calls.filter((c) => c.range.limit === 500).map((c) => c.range.offset)).to.deep.equal([
      0, 500, 1000,
    ]);
  });
});

describe('<tk-access-rights-table> states', () => {
  it('is accessible while loading', async () => {
    const loading = await fixture<TkAccessRightsTable>(
      html`<tk-access-rights-table
        account-id="acc_northwind"
        .client=${memoryClient({ latency: 300 })}
      ></tk-access-rights-table>`,
    );
    expect(loading.matches(':state(loading)')).to.equal(true);
    expect($(loading, '[part=loading]')).to.exist;
    await expect(loading).to.be.accessible();
  });

  it('shows an empty state when the customer has no rights', async () => {
    const el = await tableFixture({ setup: (t) => (t.dataProvider = arrayDataProvider([])) });
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(el.matches(':state(no-match)')).to.equal(false);
    expect($(el, '[part=empty]')!.textContent).to.include('no access rights yet');
    await expect(el).to.be.accessible();
  });

  it('shows a no-match state with a way back to all rights', async () => {
    const el = await tableFixture({ filter: { ...ALL, q: 'nothing-like-this' } });
    expect(el.matches(':state(no-match)')).to.equal(true);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=empty] button')!.click();
    await el.whenReady();
    expect(el.filter).to.deep.equal(ALL);
    expect($$(el, '.body [role=row]').length).to.be.greaterThan(0);
  });

  it('shows a clear error without retry for bad data from the API', async () => {
    const client = memoryClient({
      fail: (op) =>
        op === 'listAccessRights' ? new ProvisioningError('invalid-response', 'bad') : undefined,
    });
    const el = await tableFixture({ client });
    expect(el.matches(':state(error)')).to.equal(true);
    expect($(el, '[part=error]')!.textContent).to.include('cannot be shown');
    expect($(el, '[part=retry]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('retries after a network failure', async () => {
    let failing = true;
    const client = memoryClient({
      fail: (op) =>
        failing && op === 'listAccessRights' ? new ProvisioningError('network', 'offline') : undefined,
    });
    const el = await tableFixture({ client });
    expect($(el, '[part=error]')!.textContent).to.include('could not be reached');
    failing = false;
    $<HTMLButtonElement>(el, '[part=retry]')!.click();
    await el.whenReady();
    expect(el.matches(':state(error)')).to.equal(false);
    expect($$(el, '.body [role=row]').length).to.be.greaterThan(0);
  });

  it('speaks German, French and Hungarian, with localized dates', async () => {
    const expected = {
      de: ['Nr.', 'Angebots-ID', 'Manuell erstellt'],
      fr: ['N°', "ID de l'offre"],
      hu: ['Sorszám'],
    };
    for (const [locale, words] of Object.entries(expected)) {
      const el = await tableFixture({ setup: (t) => (t.locale = locale) });
      await el.whenReady();
      for (const w of words) expect(headers(el)).to.include(w);
      const start = $$(el, '.body [data-row="0"] [role=gridcell]')[3]!.textContent!.trim();
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(demoRights()[0]!.startsAt),
      );
      expect(start).to.equal(date);
    }
  });

  it('positions rows without style attributes in its templates', async () => {
    const el = await tableFixture();
    // Only the three layout containers carry styles, and those are set through CSSOM.
    const styled = $$(el, '[style]').map((e) => e.className);
    expect(styled.sort()).to.deep.equal(['body', 'scroller', 'window']);
  });
});
