import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { $, $$, ACCOUNT, ALL, BY_ID, demoRights, memoryClient, tableFixture } from './helpers.js';

/** Where focus is: the row index (-1 header) and the stop index. */
function focused(el: TkAccessRightsTable) {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  const row = active?.closest<HTMLElement>('[data-row]');
  return { row: Number(row?.dataset['row']), stop: Number(active?.dataset['stop']), element: active };
}

async function press(el: TkAccessRightsTable, key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
  await el.whenReady();
}

describe('<tk-access-rights-table> keyboard grid', () => {
  it('is accessible with focus in the grid', async () => {
    const el = await tableFixture();
    $<HTMLElement>(el, '.body [tabindex="0"]')!.focus();
    await expect(el).to.be.accessible();
  });

  it('has exactly one tab stop in the grid (roving tabindex)', async () => {
    const el = await tableFixture();
    expect($$(el, '.scroller [tabindex="0"]')).to.have.length(1);
    $<HTMLElement>(el, '.body [data-row="2"] [data-stop="3"]')!.focus();
    await el.whenReady();
    const stops = $$(el, '.scroller [tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(stops[0]!.closest<HTMLElement>('[data-row]')!.dataset['row']).to.equal('2');
  });

  it('moves with the arrows, Home and End, and into the header', async () => {
    const el = await tableFixture();
    $<HTMLElement>(el, '.body [data-row="0"] [data-stop="0"]')!.focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.include({ row: 1, stop: 0 });
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.include({ row: 1, stop: 2 });
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.include({ row: 1, stop: 1 });
    await press(el, 'End');
    expect(focused(el).stop).to.equal(7);
    await press(el, 'Home');
    expect(focused(el).stop).to.equal(0);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(focused(el).row).to.equal(-1);
    expect(focused(el).element!.closest('[role=columnheader]')).to.exist;
  });

  it('pages with PageDown and PageUp and jumps with Ctrl+End, scrolling the rows into the DOM', async () => {
    const el = await tableFixture();
    const total = demoRights().length;
    $<HTMLElement>(el, '.body [data-row="0"] [data-stop="1"]')!.focus();
    await press(el, 'PageDown');
    const afterPage = focused(el).row;
    expect(afterPage).to.be.greaterThan(3);
    await press(el, 'PageUp');
    // Paging scrolls the window first and moves focus once the rows are in the DOM: on a busy
    // machine that can take more than the frame press() waits for.
    await waitUntil(() => focused(el).row === 0, `PageUp left focus on row ${focused(el).row}`);
    await press(el, 'Control+End');
    expect(focused(el).row).to.equal(total - 1);
    expect(focused(el).element!.getAttribute('tabindex')).to.equal('0');
    await press(el, 'Control+Home');
    expect(focused(el)).to.include({ row: 0, stop: 0 });
  });

  it('pages by the measured viewport when the key comes before the first measure', async () => {
    // The key is pressed in the task that first drew the rows (a mutation observer's callback),
    // before any frame: the resize observer has not reported the sizes yet.
    const el = document.createElement('tk-access-rights-table') as TkAccessRightsTable;
    Object.assign(el, { client: memoryClient(), filter: ALL, sort: BY_ID });
    el.setAttribute('account-id', ACCOUNT);
    let expected = NaN;
    // The shadow root comes with connecting; the first render comes after, in a microtask.
    document.body.append(el);
    const pressed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const cell = $<HTMLElement>(el, '.body [data-row="0"]:not(.placeholder) [data-stop="1"]');
        if (!cell) return;
        observer.disconnect();
        const viewport =
          $<HTMLElement>(el, '.scroller')!.clientHeight - $<HTMLElement>(el, '.header')!.offsetHeight;
        expected = Math.floor(viewport / $<HTMLElement>(el, '.probe')!.offsetHeight) - 1;
        cell.focus();
        cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
        resolve();
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    try {
      await pressed;
      await waitUntil(() => focused(el).row > 0, 'PageDown moved focus');
      // The defaults (a 600 px viewport) would page by 15 rows.
      expect(expected).to.be.within(5, 12);
      expect(focused(el).row).to.equal(expected);
    } finally {
      el.remove();
    }
  });

  it('expands and collapses a row with Enter', async () => {
    const el = await tableFixture();
    $<HTMLElement>(el, '.body [data-row="0"] [data-stop="1"]')!.focus();
    await press(el, 'Enter');
    expect($(el, '#detail-0')).to.exist;
    await press(el, 'Enter');
    expect($(el, '#detail-0')).to.equal(null);
    // On the disclosure button Enter works natively too.
    await press(el, 'Home');
    await press(el, 'Enter');
    expect($(el, '#detail-0')).to.exist;
  });

  it('sorts from the header with Enter', async () => {
    const el = await tableFixture();
    $<HTMLElement>(el, '.body [data-row="0"] [data-stop="4"]')!.focus();
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    expect(el.sort).to.deep.equal({ field: 'endsAt', direction: 'asc' });
  });

  it('mirrors left and right in right-to-left pages', async () => {
    const el = await tableFixture({ setup: (t) => (t.dir = 'rtl') });
    el.requestUpdate();
    await el.whenReady();
    $<HTMLElement>(el, '.body [data-row="0"] [data-stop="2"]')!.focus();
    await press(el, 'ArrowLeft');
    expect(focused(el).stop).to.equal(3);
    await press(el, 'ArrowRight');
    expect(focused(el).stop).to.equal(2);
  });
});
