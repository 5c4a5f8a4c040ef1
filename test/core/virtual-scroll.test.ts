import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, LitElement, type PropertyValues } from 'lit';
import { VirtualScroll, type VirtualScrollOptions } from '../../src/core/virtual/virtual-scroll.js';

type Given = Omit<VirtualScrollOptions, 'root' | 'total'>;
/** The options the next list is made with (they are read when its controller is made). */
let nextOptions: Given = {};

/**
 * A list of `total` rows on VirtualScroll: a 200 px scroller under a 30 px header, rows as tall as
 * the probe (`--row`, 25 px unless the test changes it). With `grow` the scroller is as tall as its
 * rows up to 200 px, as the import's results are.
 */
class TkVirtualProbe extends LitElement {
  static override styles = css`
    .scroller {
      position: relative;
      block-size: 200px;
      overflow: auto;
    }
    :host([grow]) .scroller {
      block-size: auto;
      max-block-size: 200px;
    }
    .header {
      position: sticky;
      inset-block-start: 0;
      block-size: 30px;
    }
    .body {
      block-size: var(--_total, 0);
    }
    .window {
      transform: translateY(var(--_offset, 0));
    }
    .row,
    .probe {
      block-size: var(--row, 25px);
    }
    .probe {
      position: absolute;
      inset-block-start: 0;
      visibility: hidden;
      inline-size: 1px;
    }
  `;
  total = 1000;
  readonly virtual = new VirtualScroll(this, {
    root: () => this.renderRoot,
    total: () => this.total,
    ...nextOptions,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.virtual.compute();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.virtual.layout();
  }

  protected override render() {
    const { start, end } = this.virtual.window;
    const rows = [];
    for (let i = start; i <= end; i++) rows.push(html`<div class="row" data-row=${i}>${i}</div>`);
    return html`<div class="scroller" @scroll=${this.virtual.onScroll}>
      <div class="header">Header</div>
      <div class="body"><div class="window">${rows}</div></div>
      <div class="probe"></div>
    </div>`;
  }
}
customElements.define('tk-virtual-probe', TkVirtualProbe);

async function mount(options: Given = {}, setUp?: (el: TkVirtualProbe) => void) {
  nextOptions = options;
  const el = document.createElement('tk-virtual-probe') as TkVirtualProbe;
  setUp?.(el);
  await fixture(html`<div>${el}</div>`);
  const part = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  const prop = (selector: string, name: string) => part(selector).style.getPropertyValue(name);
  return { el, part, prop };
}

describe('VirtualScroll', () => {
  it('reads the row height from the probe and the header height, then sizes the body', async () => {
    const { el, prop } = await mount();
    // Unmeasured, a row is 40 px: 40,000 px for 1,000 rows.
    await waitUntil(() => prop('.body', '--_total') === '25000px', 'the probe was not measured');
    await el.updateComplete;
    // 200 px show 8 rows; four more render below them.
    expect([el.virtual.window.start, el.virtual.window.end]).to.deep.equal([0, 12]);
    expect(el.shadowRoot!.querySelectorAll('.row')).to.have.length(13);
  });

  it('moves the window and its offset with the scroll position', async () => {
    const { el, part, prop } = await mount();
    await waitUntil(() => prop('.body', '--_total') === '25000px', 'the probe was not measured');
    const scroller = part('.scroller');
    scroller.scrollTop = 2500;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    // Row 98 is the first under the header at 2,500 px; four rows of overscan above it.
    expect(el.virtual.window.start).to.equal(94);
    expect(prop('.window', '--_offset')).to.equal(`${94 * 25}px`);
    expect(part('.row').dataset.row).to.equal('94');
  });

  it('follows a probe that the styles resize (a narrower layout with taller rows)', async () => {
    const { el, prop } = await mount();
    await waitUntil(() => prop('.body', '--_total') === '25000px', 'the probe was not measured');
    el.style.setProperty('--row', '50px');
    await waitUntil(() => prop('.body', '--_total') === '50000px', 'the new height was not measured');
    await el.updateComplete;
    expect(el.virtual.window.end).to.equal(Math.floor(200 / 50) + 4);
  });

  it('sets the tracks it is given on the scroller, and none without them', async () => {
    const bare = await mount();
    expect(bare.part('.scroller').getAttribute('style')).to.equal(null);
    const given = await mount({ tracks: () => ({ '--_columns': '1fr 2fr' }) });
    expect(given.prop('.scroller', '--_columns')).to.equal('1fr 2fr');
  });

  describe('measureAfterRender, for a scroller as tall as its rows', () => {
    const grow = (el: TkVirtualProbe) => {
      el.toggleAttribute('grow', true);
      el.total = 5;
    };

    it('is sized before the first frame: no frame with the default row height', async () => {
      // No frame passes before the fixture resolves, so the observer has reported nothing yet.
      const { el, part, prop } = await mount({ measureAfterRender: true, measureNextFrame: true }, grow);
      expect(prop('.body', '--_total')).to.equal('125px');
      while (!(await el.updateComplete));
      expect(part('.scroller').clientHeight).to.equal(155);
      expect(el.virtual.window.end).to.equal(4);
    });

    it('still follows a probe that the styles resize, a frame after the observer reports it', async () => {
      const { el, part, prop } = await mount({ measureAfterRender: true, measureNextFrame: true }, grow);
      el.style.setProperty('--row', '30px');
      await waitUntil(() => prop('.body', '--_total') === '150px', 'the new height was not measured');
      await el.updateComplete;
      expect(part('.scroller').clientHeight).to.equal(180);
    });
  });
});
