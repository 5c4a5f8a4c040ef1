import { setViewport } from '@web/test-runner-commands';
import { loadCatalog } from '../../src/locales/index.js';
import { waitUntil } from '@open-wc/testing';
import { $$, button, choose, fixtureFile, importClient, mount } from '../import/helpers.js';
import { listFixture } from '../resources/helpers.js';
import { THEMES, desktop, freezeClock, keepStill, matchesBaseline, pageTheme } from './visual.js';

freezeClock();

/** The lists drawn by core/virtual (virtual-scroll.styles.ts) besides the access-rights table. */
describe('virtual lists look (screenshots, de)', () => {
  before(() => loadCatalog('de'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of THEMES) {
    describe(theme, () => {
      for (const [name, width] of [
        ['desktop', 1024],
        ['phone', 390],
      ] as const)
        it(`resource list, ${name}`, async () => {
          await setViewport({ width, height: 800 });
          pageTheme(theme);
          const el = await listFixture({ locale: 'de' });
          el.setAttribute('theme', theme);
          await el.updateComplete;
          keepStill(el);
          await matchesBaseline(el, `resources-${name}-${theme}`);
        });

      it('import check results', async () => {
        await desktop();
        pageTheme(theme);
        const el = await mount(importClient().client, { locale: 'de' });
        el.setAttribute('theme', theme);
        keepStill(el);
        await choose(el, await fixtureFile('errors.csv'));
        button(el, 'Prüfen').click();
        await waitUntil(() => $$(el, '[part=row]').length > 0, 'no check results', { timeout: 8000 });
        await matchesBaseline(el, `import-results-${theme}`);
      });
    });
  }
});
