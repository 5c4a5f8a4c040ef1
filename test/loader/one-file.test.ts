import { expect, waitUntil } from '@open-wc/testing';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';

/** The files under /dist/ this page has requested so far. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

/** Built by `npm run build`; a variable, so that the type checker does not look for the module. */
const ONE_FILE = '/dist/tenantkit.min.js';

describe('dist/tenantkit.min.js, the one file', () => {
  before(() => import(ONE_FILE));

  it('registers every element and shows English from the file itself', async () => {
    const el = document.createElement('tk-user-manager') as HTMLElement & { client?: unknown };
    el.client = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('New user'), 'no English', { timeout: 4000 });
    expect(requested()).to.deep.equal(['/dist/tenantkit.min.js']);
    el.remove();
  });

  it("loads another language's areas from the CDN folder beside it", async () => {
    const el = document.createElement('tk-user-manager') as HTMLElement & { client?: unknown };
    el.client = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
    el.setAttribute('locale', 'de');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Neuer Benutzer'), 'no German', {
      timeout: 4000,
    });
    expect(requested().sort()).to.deep.equal([
      '/dist/cdn/locales/de/core.js',
      '/dist/cdn/locales/de/user-manager.js',
      '/dist/tenantkit.min.js',
    ]);
    el.remove();
  });
});
