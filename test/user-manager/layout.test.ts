import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadCatalog } from '../../src/locales/index.js';
import { $, $$, demoClient, mount } from './helpers.js';

const LANGUAGES = ['en', 'de', 'fr', 'hu'] as const;

describe('<tk-user-manager> layout', () => {
  before(() => Promise.all(LANGUAGES.filter((l) => l !== 'en').map(loadCatalog)));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1024, 1280]) {
    for (const locale of LANGUAGES) {
      it(`fits its table without horizontal scrolling at ${width} px in ${locale}`, async () => {
        await setViewport({ width, height: 800 });
        const el = await mount(demoClient().client, { locale });
        const wrap = $(el, '.table-wrap');
        const table = $(el, 'table');
        expect(wrap.scrollWidth, 'table wider than its box').to.be.at.most(wrap.clientWidth);
        expect(table.getBoundingClientRect().width).to.be.at.most(wrap.clientWidth + 0.5);
        expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
        // Dates are compact: no row grows beyond two lines of text.
        const tallest = Math.max(...$$(el, 'tbody tr').map((r) => r.getBoundingClientRect().height));
        expect(tallest).to.be.below(75);
        // Every user's actions are reachable: the Edit button and the row menu are inside the box.
        const box = wrap.getBoundingClientRect();
        for (const b of $$(el, 'tbody [part~=row-menu]'))
          expect(b.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
      });
    }
  }

  it('shows one card per user on a phone, still without horizontal scrolling', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await mount(demoClient().client, { locale: 'de' });
    const wrap = $(el, '.table-wrap');
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
    const row = $$(el, 'tbody tr')[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    // Each value is shown under its label (the header row is out of sight but still read).
    const email = row.querySelector('td.email')!;
    expect(getComputedStyle(email, '::before').content).to.equal('"E-Mail"');
    await expect(el).to.be.accessible();
  });

  it('folds login, role and password link into other cells on a medium host', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(demoClient().client);
    el.style.setProperty('inline-size', '50rem');
    await waitUntil(() => getComputedStyle($(el, 'td.col-role')).display === 'none');
    expect(getComputedStyle($(el, 'td.col-login')).display).to.equal('none');
    expect(getComputedStyle($(el, '.sub.login-sub')).display).to.equal('block');
    expect(getComputedStyle($(el, '.sub.role-sub')).display).to.equal('block');
    const wrap = $(el, '.table-wrap');
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
  });
});
