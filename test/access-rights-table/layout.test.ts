import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { loadCatalog } from '../../src/locales/index.js';
import { $, $$, ACCOUNT, ALL, memoryClient } from './helpers.js';

const LANGUAGES = ['en', 'de', 'fr', 'hu'] as const;
/** Manual rights first, so that rows carry their Edit and Delete buttons. */
const MANUAL_FIRST = { field: 'manual', direction: 'desc' } as const;

/** The table in a page with 16 px margins (as the example portal), settled and measured. */
async function mount(locale: string): Promise<TkAccessRightsTable> {
  const wrap = await fixture<HTMLElement>(
    html`<div class="page">
      <tk-access-rights-table
        locale=${locale}
        account-id=${ACCOUNT}
        .client=${memoryClient()}
        .filter=${ALL}
        .sort=${MANUAL_FIRST}
      ></tk-access-rights-table>
    </div>`,
  );
  wrap.style.padding = '0 16px';
  const el = wrap.querySelector<TkAccessRightsTable>('tk-access-rights-table')!;
  await el.whenReady();
  // Column widths follow the sizer, measured by a ResizeObserver after layout.
  await nextFrame();
  await el.whenReady();
  await nextFrame();
  return el;
}

/** True when `word` (found in `node`'s text from `from` on) lies on one line. */
function onOneLine(node: Text, word: string, from: number): boolean {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, from + word.length);
  const fontSize = parseFloat(getComputedStyle(node.parentElement!).fontSize);
  return range.getBoundingClientRect().height < 1.8 * fontSize;
}

describe('<tk-access-rights-table> column sizing (issue 13, defect 13)', () => {
  before(() => Promise.all(LANGUAGES.filter((l) => l !== 'en').map(loadCatalog)));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1024, 1280]) {
    for (const locale of LANGUAGES) {
      it(`fits at ${width} px in ${locale}: no overflow, headers whole words, badges and buttons inside`, async () => {
        await setViewport({ width, height: 800 });
        const el = await mount(locale);
        const scroller = $(el, '.scroller')!;
        const tracks = scroller.style.getPropertyValue('--_columns');
        expect(scroller.scrollWidth, `table scrolls sideways: ${tracks}`).to.be.at.most(scroller.clientWidth);
        expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);

        for (const text of $$(el, '[role=columnheader] .text')) {
          const node = [...text.childNodes].find((n): n is Text => n instanceof Text && !!n.data.trim())!;
          expect(text.getAttribute('title')).to.equal(text.textContent);
          // Wrapped at word boundaries (hyphens included), never inside a word, never cut at the side.
          let from = 0;
          for (const word of node.data.split(/[\s-]+/).filter(Boolean)) {
            from = node.data.indexOf(word, from);
            expect(onOneLine(node, word, from), `"${word}" of "${node.data}" breaks`).to.equal(true);
            from += word.length;
          }
          // A word longer than a header may be wide ends in an ellipsis (the tooltip has it all).
          if (text.scrollWidth > text.clientWidth)
            expect(getComputedStyle(text).textOverflow, `"${node.data}" clipped`).to.equal('ellipsis');
        }

        const contents = $$(el, '.body .badge, .body .cell .btn');
        expect(contents.some((b) => b.matches('.badge.deactivated'))).to.equal(true);
        expect(contents.some((b) => b.matches('.btn.danger'))).to.equal(true);
        for (const item of contents) {
          const cell = item.closest('.cell')!.getBoundingClientRect();
          const box = item.getBoundingClientRect();
          const label = `${item.textContent!.trim()} in ${locale}`;
          expect(box.right, `${label} clipped`).to.be.at.most(cell.right + 0.5);
          expect(box.left, `${label} clipped`).to.be.at.least(cell.left - 0.5);
          expect(item.scrollWidth, `${label} clipped inside`).to.be.at.most(item.clientWidth + 1);
        }
      });
    }
  }
});
