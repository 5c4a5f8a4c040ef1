import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import '../../src/define/user-manager.js';
import '../../src/define/access-rights-table.js';

import { contrast, over, parse, type Rgba } from './colour.js';

/** The colour behind `el`: its own and its ancestors' backgrounds (across shadow roots), stacked. */
function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node;) {
    const bg = parse(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
}

/** Every element in `root` (and nested shadow roots) that shows text of its own. */
function textElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child.closest('dialog:not([open]), [popover]:not(:popover-open)')) continue;
      const ownText = [...child.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      );
      const style = getComputedStyle(child);
      const shown =
        style.visibility !== 'hidden' && style.display !== 'none' && child.getClientRects().length;
      const hidden = child.closest('.visually-hidden, [aria-hidden=true]');
      if (ownText && shown && !hidden && !child.matches(':disabled, [aria-disabled=true] *, option'))
        found.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return found;
}

interface Failure {
  text: string;
  ratio: number;
  color: string;
}

function lowContrast(host: Element): { failures: Failure[]; checked: number; lowest: number } {
  const failures: Failure[] = [];
  const elements = textElements(host.shadowRoot!);
  let lowest = Infinity;
  for (const el of elements) {
    const style = getComputedStyle(el);
    const fg = parse(style.color);
    const bg = backgroundOf(el);
    const ratio = contrast(over(fg, bg), bg);
    lowest = Math.min(lowest, ratio);
    const large =
      parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && +style.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5))
      failures.push({
        text: el.textContent!.trim().slice(0, 40),
        ratio: +ratio.toFixed(2),
        color: style.color,
      });
  }
  return { failures, checked: elements.length, lowest };
}

/** Borders of inputs, selects and outlined buttons against what is behind them (WCAG 1.4.11: 3:1). */
function lowControlContrast(host: Element): Failure[] {
  const failures: Failure[] = [];
  for (const el of host.shadowRoot!.querySelectorAll(
    'input:not([type=checkbox], [type=radio]), select, .btn',
  )) {
    if (el.matches(':disabled') || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const border = parse(style.borderInlineStartColor);
    const behind = backgroundOf(el.parentElement!);
    const ratio = Math.max(contrast(over(border, behind), behind), contrast(backgroundOf(el), behind));
    if (ratio < 3)
      failures.push({
        text: el.textContent!.trim().slice(0, 30) || el.tagName,
        ratio,
        color: style.borderInlineStartColor,
      });
  }
  return failures;
}

const client = () => createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });

describe('colour contrast of the rendered elements (WCAG AA, both themes)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`<tk-user-manager> in ${theme}: text 4.5:1, controls 3:1`, async () => {
      const el = await fixture(
        html`<tk-user-manager .client=${client()} theme=${theme} locale="en"></tk-user-manager>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('table[aria-busy=false]'), 'list', {
        timeout: 4000,
      });
      // A banner and a badge of every tone are on screen too.
      el.shadowRoot!.querySelector<HTMLElement>('[part~=row-menu]')!.click();
      const { failures, checked, lowest } = lowContrast(el);
      console.log(`user manager ${theme}: ${checked} text elements, lowest ratio ${lowest.toFixed(2)}:1`);
      expect(checked).to.be.greaterThan(50);
      expect(failures).to.deep.equal([]);
      expect(lowControlContrast(el)).to.deep.equal([]);
    });

    it(`<tk-access-rights-table> in ${theme}: text 4.5:1`, async () => {
      const el = await fixture(
        html`<tk-access-rights-table
          .client=${client()}
          theme=${theme}
          locale="en"
          account-id="acc_northwind"
          .filter=${{ q: '', status: 'all', validOn: 'all' }}
        ></tk-access-rights-table>`,
      );
      await (el as HTMLElement & { whenReady(): Promise<void> }).whenReady();
      const { failures, checked, lowest } = lowContrast(el);
      console.log(
        `access-rights table ${theme}: ${checked} text elements, lowest ratio ${lowest.toFixed(2)}:1`,
      );
      expect(checked).to.be.greaterThan(30);
      expect(failures).to.deep.equal([]);
    });
  }
});
