import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TkSubAccountList } from '../../src/components/sub-account-list/sub-account-list.js';
import { loadCatalog } from '../../src/locales/index.js';
import { $, client } from '../sub-accounts/helpers.js';
import { THEMES, freezeClock, keepStill, matchesBaseline, pageTheme } from './visual.js';

freezeClock();

describe('<tk-sub-account-list> looks (screenshots, de)', () => {
  before(() => loadCatalog('de'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of THEMES)
    it(`cards on a phone (${theme})`, async () => {
      await setViewport({ width: 390, height: 800 });
      pageTheme(theme);
      const el = await fixture<TkSubAccountList>(
        html`<tk-sub-account-list
          .client=${client().client}
          locale="de"
          theme=${theme}
        ></tk-sub-account-list>`,
      );
      keepStill(el);
      await waitUntil(() => $(el, 'table[aria-busy="false"]'), 'list settled', { timeout: 4000 });
      await matchesBaseline(el, `accounts-phone-${theme}`);
    });
});
