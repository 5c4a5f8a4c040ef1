import { arrayDataProvider } from '../../src/components/access-rights-table/data-provider.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import '../../src/define/access-rights-table.js';
import { NaiveAccessRightsTable } from './naive-table.js';
import { benchRows } from './rows.js';

/** The steps the bench times, on either table; every step ends when the result is painted. */
type Kind = 'virtual' | 'naive';
type Step = 'setData' | 'filter' | 'sort' | 'scroll';

const ALL = { q: '', status: 'all', validOn: 'all' } as const;
const paint = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.sourceFile}`),
);

let rows = benchRows(0);
let el: TkAccessRightsTable | NaiveAccessRightsTable | undefined;

async function settled(): Promise<void> {
  if (el instanceof NaiveAccessRightsTable) await el.updateComplete;
  else await el!.whenReady();
  await paint();
}

const scroller = () => el!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;

async function mount(kind: Kind): Promise<void> {
  el?.remove();
  el = document.createElement(kind === 'virtual' ? 'tk-access-rights-table' : 'naive-access-rights-table') as
    TkAccessRightsTable | NaiveAccessRightsTable;
  if (el instanceof NaiveAccessRightsTable) document.body.append(el);
  else {
    el.locale = 'en';
    el.filter = ALL;
    document.body.append(el);
  }
  await paint();
}

function setData(): void {
  if (el instanceof NaiveAccessRightsTable) el.items = rows;
  else el!.dataProvider = arrayDataProvider(rows);
}

function setFilter(on: boolean): void {
  if (el instanceof NaiveAccessRightsTable) el.status = on ? 'deactivated' : 'all';
  else el!.filter = on ? { ...ALL, status: 'deactivated' } : ALL;
}

function setSort(on: boolean): void {
  if (el instanceof NaiveAccessRightsTable) el.sortByEnd = on;
  else el!.sort = on ? { field: 'endsAt', direction: 'asc' } : undefined;
}

const api = {
  generate(count: number) {
    rows = benchRows(count);
  },
  /** Resets the table to the step's starting point (not timed). */
  async prepare(kind: Kind, step: Step) {
    if (
      step === 'setData' ||
      !el ||
      el.localName !== (kind === 'virtual' ? 'tk-access-rights-table' : 'naive-access-rights-table')
    ) {
      await mount(kind);
      if (step === 'setData') return;
      setData();
      await settled();
    }
    setFilter(false);
    setSort(false);
    await settled();
    if (step === 'scroll') {
      scroller().scrollTop = 0;
      await settled();
    }
  },
  /**
   * Runs one step: `painted` is the time until a double requestAnimationFrame after the update;
   * `work` is the main-thread time of the step itself (update plus a forced style and layout),
   * which for scrolling is what must fit into one frame.
   */
  async run(step: Step): Promise<{ painted: number; work: number }> {
    const t0 = performance.now();
    let start = t0;
    if (step === 'setData') setData();
    else if (step === 'filter') setFilter(true);
    else if (step === 'sort') setSort(true);
    else {
      const s = scroller();
      const scrolled = new Promise<void>((r) => s.addEventListener('scroll', () => r(), { once: true }));
      s.scrollTop += s.clientHeight;
      await scrolled;
      start = performance.now();
    }
    if (el instanceof NaiveAccessRightsTable) await el.updateComplete;
    else await el!.whenReady();
    el!.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
    void document.body.offsetHeight;
    const work = performance.now() - start;
    await paint();
    return { painted: performance.now() - t0, work };
  },
  /** Expands a row and shows the timeline, so that the CSP check covers every way rows are drawn. */
  async exercise() {
    if (!(el instanceof HTMLElement) || el instanceof NaiveAccessRightsTable) return;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.body .disclosure')?.click();
    await settled();
    el.view = 'timeline';
    await settled();
    scroller().scrollTop += 2000;
    await settled();
  },
  renderedRows: () => el!.shadowRoot!.querySelectorAll('[role=row], tr').length,
  violations: () => violations,
};
Object.assign(window, { bench: api });
