import { expect, fixture, html } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import type { Localizer } from '../../src/core/localize.js';
import { gridBody, type GridBodyView } from '../../src/core/states.js';
import type { TkPartHost } from './part-host.js';
import './part-host.js';

type Given = Partial<Omit<GridBodyView, 'l'>>;

/** Renders `gridBody` with a grid that is one `<div role="grid">` and the given facts. */
async function body(given: Given) {
  const calls: string[] = [];
  const view = (l: Localizer): GridBodyView => ({
    l,
    rows: { error: undefined },
    principalError: undefined,
    retryPrincipal: () => calls.push('retryPrincipal'),
    noSource: false,
    total: 3,
    retry: () => calls.push('retry'),
    empty: 'Nothing yet.',
    loadError: 'Some rows failed.',
    grid: (total) => html`<div role="grid" aria-label="Rows" data-total=${total}></div>`,
    ...given,
  });
  const el = await fixture<TkPartHost>(
    html`<tk-part-host .view=${(l: Localizer) => gridBody(view(l))}></tk-part-host>`,
  );
  await el.updateComplete;
  const root = el.shadowRoot!;
  const text = () => root.textContent!.replace(/\s+/g, ' ').trim();
  return {
    el,
    root,
    calls,
    text,
    click: (selector: string) => root.querySelector<HTMLElement>(selector)!.click(),
  };
}

const network = new ProvisioningError('network', 'offline');
const unreadable = new ProvisioningError('invalid-response', 'bad data');

describe('gridBody (core part)', () => {
  it('before the rows can be asked for: the principal\'s failure, then "no client", else loading', async () => {
    const failed = await body({ rows: undefined, principalError: network, noSource: true });
    expect(failed.root.querySelector('[part=error]')).to.exist;
    failed.click('[part=retry]');
    expect(failed.calls).to.deep.equal(['retryPrincipal']);

    const none = await body({ rows: undefined, noSource: true });
    expect(none.text()).to.equal('No provisioning client is configured for this element.');

    const waiting = await body({ rows: undefined });
    expect(waiting.root.querySelector('[part=loading]')).to.exist;
  });

  it('a failure before the total fills the body; Retry only where retrying can help', async () => {
    const offline = await body({ rows: { error: network }, total: undefined });
    expect(offline.root.querySelector('[role=grid]')).to.equal(null);
    offline.click('[part=retry]');
    expect(offline.calls).to.deep.equal(['retry']);

    const bad = await body({ rows: { error: unreadable }, total: undefined });
    expect(bad.root.querySelector('[part=error]')).to.exist;
    expect(bad.root.querySelector('[part=retry]')).to.equal(null);
  });

  it('waits while not ready, then says empty, or no match with a button that shows all', async () => {
    expect((await body({ ready: false })).root.querySelector('[part=loading]')).to.exist;

    const empty = await body({ total: 0 });
    expect(empty.text()).to.equal('Nothing yet.');
    expect(empty.root.querySelector('button')).to.equal(null);

    let shownAll = 0;
    const noMatch = await body({
      total: 0,
      noMatch: { text: 'No match.', showAll: 'Show all', onShowAll: () => shownAll++ },
    });
    expect(noMatch.root.querySelector('[part=empty] span')!.textContent).to.equal('No match.');
    expect(noMatch.root.querySelector('[part=empty] button')!.textContent).to.equal('Show all');
    noMatch.click('button');
    expect(shownAll).to.equal(1);
  });

  it('draws the grid with its total, under a banner with Retry while some rows failed', async () => {
    const shown = await body({ total: 3 });
    expect(shown.root.querySelector('[role=grid]')!.getAttribute('data-total')).to.equal('3');
    expect(shown.root.querySelector('.banner')).to.equal(null);

    const partly = await body({ total: 3, rows: { error: network } });
    const banner = partly.root.querySelector('.banner.error[role=alert]')!;
    expect(banner.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Some rows failed. The service could not be reached. Check your connection and try again. Try again',
    );
    expect(banner.nextElementSibling!.getAttribute('role')).to.equal('grid');
    partly.click('.banner button');
    expect(partly.calls).to.deep.equal(['retry']);
    await expect(partly.el).to.be.accessible();
  });
});
