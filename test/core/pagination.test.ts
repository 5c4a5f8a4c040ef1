import { expect, fixture, html } from '@open-wc/testing';
import type { Localizer } from '../../src/core/localize.js';
import { pagination, paginationStyles, type PaginationView } from '../../src/core/parts/pagination.js';
import type { TkPartHost } from './part-host.js';
import './part-host.js';

async function bar(given: Partial<Omit<PaginationView, 'l'>>) {
  const calls: string[] = [];
  const view = (l: Localizer) =>
    pagination({
      l,
      label: 'Pages',
      first: false,
      last: false,
      onPrevious: () => calls.push('previous'),
      onNext: () => calls.push('next'),
      ...given,
    });
  const el = await fixture<TkPartHost>(html`<tk-part-host .view=${view}></tk-part-host>`);
  await el.updateComplete;
  const nav = el.shadowRoot!.querySelector('nav')!;
  const buttons = [...nav.querySelectorAll('button')];
  return { el, nav, calls, buttons };
}

describe('pagination (core part)', () => {
  it('is a named nav with Previous and Next around what the list puts between them', async () => {
    const { el, nav, buttons, calls } = await bar({ between: html`<span id="range">1–25 of 80</span>` });
    await expect(el).to.be.accessible();
    expect(nav.getAttribute('part')).to.equal('pagination');
    expect(nav.getAttribute('aria-label')).to.equal('Pages');
    expect([...nav.children].map((c) => c.id || c.textContent!.trim())).to.deep.equal([
      'Previous page',
      'range',
      'Next page',
    ]);
    buttons[0].click();
    buttons[1].click();
    expect(calls).to.deep.equal(['previous', 'next']);
  });

  it('disables Previous on the first page and Next on the last', async () => {
    const first = await bar({ first: true });
    expect(first.buttons.map((b) => b.disabled)).to.deep.equal([true, false]);
    const last = await bar({ last: true });
    expect(last.buttons.map((b) => b.disabled)).to.deep.equal([false, true]);
  });

  it('puts `before` first, and shows no steps when there is one page', async () => {
    const { nav } = await bar({
      before: html`<span id="size">Per page</span>`,
      between: html`<span id="jump">1</span>`,
      steps: false,
    });
    expect([...nav.children].map((c) => c.id)).to.deep.equal(['size']);
  });

  it('lays the bar out on one line at the end, wrapping', async () => {
    const { el, nav } = await bar({});
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, paginationStyles.styleSheet!];
    const style = getComputedStyle(nav);
    expect([style.display, style.flexWrap, style.justifyContent]).to.deep.equal(['flex', 'wrap', 'flex-end']);
  });
});
