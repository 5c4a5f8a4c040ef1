import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid, GridDataProviderCallback, GridDataProviderParams } from '@vaadin/grid';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { GridSortColumn } from '@vaadin/grid/vaadin-grid-sort-column.js';
import { createArrayDataProvider } from '@vaadin/grid/src/array-data-provider.js';
import type { AccessRight } from '../../src/api/schemas/index.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { arrayDataProvider } from '../../src/components/access-rights-table/data-provider.js';
import type {
  AccessRightsDataProvider,
  AccessRightsFilter,
  AccessRightsSort,
} from '../../src/components/access-rights-table/types.js';
import '../../src/define/access-rights-table.js';
import { benchRows } from './rows.js';

/**
 * tk-access-rights-table and vaadin-grid side by side (bench/grid-compare.bench.ts): the same
 * rows, the same columns and height; every step is timed to the first frame that shows the
 * expected top row. Bench-only code. Three kinds:
 * - `tk`: the table over `arrayDataProvider`, the in-memory provider it ships;
 * - `vaadin`: vaadin-grid over the same provider, so that only the grids' own work differs;
 * - `vaadin-items`: vaadin-grid over its own in-memory data (`items`), as it ships: it copies and
 *   sorts the whole array for every page it asks for. Render and sort only: its filter element
 *   waits 200 ms (a debounce) before it filters, so a filter time would measure the debounce.
 */
type Kind = 'tk' | 'vaadin' | 'vaadin-items';
type Step = 'render' | 'sort' | 'filter';

const ALL: AccessRightsFilter = { q: '', status: 'all', validOn: 'all' };
// Active: the unfiltered top row (ar_0000001) is deactivated, so the top row must change.
const ACTIVE: AccessRightsFilter = { ...ALL, status: 'active' };
// Latest end first: the same top row in both grids (vaadin's own sort puts an open end, "", first
// when ascending, the table last).
const BY_END: AccessRightsSort = { field: 'endsAt', direction: 'desc' };
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

let rows: AccessRight[] = [];
let kind: Kind = 'tk';
let el: TkAccessRightsTable | Grid | undefined;
let provider: AccessRightsDataProvider = arrayDataProvider([]);
let sort: AccessRightsSort | undefined;
let filter = ALL;
let expected: { next: { sort?: AccessRightsSort; filter: AccessRightsFilter }; id: string } | undefined;
const days = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** The columns of the table, as vaadin-grid columns with plain-text renderers (End date sortable on its own data). */
function vaadinGrid(): Grid {
  const grid = document.createElement('vaadin-grid') as Grid;
  grid.style.height = '28rem';
  const text: [string, (r: AccessRight, i: number) => string][] = [
    ['No.', (_, i) => String(i + 1)],
    ['Access right unique ID', (r) => r.id],
    ['Offer ID', (r) => r.offerId ?? '—'],
    ['Start date', (r) => days.format(Date.parse(r.startsAt))],
    ['End date', (r) => (r.endsAt ? days.format(Date.parse(r.endsAt)) : 'No end date')],
    ['Status', (r) => r.status],
    ['Manually created', (r) => (r.manual ? 'Yes' : 'No')],
  ];
  for (const [header, value] of text) {
    const sortable = header === 'End date';
    const column = document.createElement(sortable ? 'vaadin-grid-sort-column' : 'vaadin-grid-column') as
      GridColumn<AccessRight> | GridSortColumn<AccessRight>;
    column.header = header;
    if (sortable) (column as GridSortColumn<AccessRight>).path = 'endsAt';
    column.renderer = (root, _column, model) => {
      root.textContent = value(model.item, model.index);
    };
    grid.append(column);
  }
  return grid;
}

/** vaadin-grid's data provider over the same provider function the table uses. */
function vaadinProvider(
  params: GridDataProviderParams<AccessRight>,
  callback: GridDataProviderCallback<AccessRight>,
) {
  const range = { offset: params.page * params.pageSize, limit: params.pageSize };
  void provider(range, sort, filter, new AbortController().signal).then((page) =>
    callback(page.items, page.total),
  );
}

/** The id shown in the top row now (undefined while it is not painted). */
function topId(): string | undefined {
  if (kind === 'tk') {
    const row = el!.shadowRoot!.querySelector('.body [data-row="0"]:not(.placeholder)');
    return row?.querySelectorAll('[role=gridcell]')[1]?.textContent?.trim();
  }
  const tr = [...el!.shadowRoot!.querySelectorAll<HTMLElement & { index?: number }>('#items tr')].find(
    (r) => r.index === 0 && !r.hasAttribute('hidden'),
  );
  const slot = tr?.querySelectorAll('td')[1]?.querySelector('slot');
  return slot?.assignedElements()[0]?.textContent ?? undefined;
}

/** Frames until the top row shows `id`; resolves at the first such frame. */
async function painted(id: string): Promise<void> {
  for (;;) {
    await frame();
    if (topId() === id) return;
  }
}

function apply(): void {
  if (kind === 'tk') {
    const t = el as TkAccessRightsTable;
    t.filter = filter;
    t.sort = sort;
  } else if (kind === 'vaadin') (el as Grid).clearCache();
  else endColumn().direction = sort?.direction ?? null;
}

const endColumn = () => el!.querySelector('vaadin-grid-sort-column') as GridSortColumn<AccessRight>;

/** The top row vaadin-grid's own array provider answers for `sort` (it sorts differently from ours). */
function vaadinItemsTop(next: { sort?: AccessRightsSort }): Promise<string> {
  const sortOrders = next.sort ? [{ path: next.sort.field, direction: next.sort.direction }] : [];
  return new Promise((resolve) =>
    createArrayDataProvider(rows)({ page: 0, pageSize: 1, sortOrders, filters: [] }, (items) =>
      resolve(items[0]!.id),
    ),
  );
}

const api = {
  generate(count: number) {
    rows = benchRows(count);
  },
  /** A fresh element of `k` without data (render) or with its rows painted (sort, filter). */
  async prepare(k: Kind, step: Step) {
    kind = k;
    el?.remove();
    sort = undefined;
    filter = ALL;
    provider = arrayDataProvider(rows);
    el = kind === 'tk' ? document.createElement('tk-access-rights-table') : vaadinGrid();
    if (el instanceof HTMLElement && kind === 'tk') {
      const t = el as TkAccessRightsTable;
      t.locale = 'en';
      t.filter = ALL;
      t.columns = ['no', 'id', 'offerId', 'startsAt', 'endsAt', 'status', 'manual'];
    }
    document.body.append(el);
    await frame();
    if (step !== 'render') {
      this.setData();
      await painted(rows[0]!.id);
    }
  },
  setData() {
    if (kind === 'tk') (el as TkAccessRightsTable).dataProvider = provider;
    else if (kind === 'vaadin') (el as Grid).dataProvider = vaadinProvider;
    else (el as Grid).items = rows;
  },
  /**
   * The top row `step` must show, from a provider of its own (so that the element's provider still
   * has to sort or filter); apart from `run`, so that the main-thread work of `run` is the grid's.
   */
  async expect(step: Step) {
    const next = { sort: step === 'sort' ? BY_END : sort, filter: step === 'filter' ? ACTIVE : filter };
    if (kind === 'vaadin-items') {
      if (step === 'filter') throw new Error('vaadin-items has no filter step (its filter debounces)');
      expected = { next, id: await vaadinItemsTop(next) };
      return;
    }
    const own = arrayDataProvider(rows);
    const top = await own({ offset: 0, limit: 1 }, next.sort, next.filter, new AbortController().signal);
    expected = { next, id: top.items[0]!.id };
  },
  /** Runs `step` (after `expect`) and returns ms until the first frame showing the expected top row. */
  async run(step: Step): Promise<number> {
    const { next, id } = expected!;
    const t0 = performance.now();
    if (step === 'render') this.setData();
    else {
      sort = next.sort;
      filter = next.filter;
      apply();
    }
    await painted(id);
    return performance.now() - t0;
  },
};
Object.assign(window, { bench: api });
