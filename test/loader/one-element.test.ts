import { expect, waitUntil } from '@open-wc/testing';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { chunksOf, requested, startLoader } from './helpers.js';

const client = () => createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
const text = (el: Element) => el.shadowRoot?.textContent ?? '';

describe('tenantkit.loader.js on a page with one element', () => {
  let manager: HTMLElement & { client?: unknown; locale?: string; updateComplete?: Promise<unknown> };

  before(async () => {
    manager = document.createElement('tk-user-manager');
    manager.client = client();
    document.body.append(manager);
    await startLoader();
    await customElements.whenDefined('tk-user-manager');
    await waitUntil(() => text(manager).includes('New user'), 'the user manager did not render', {
      timeout: 4000,
    });
  });

  after(() => manager.remove());

  it('defines the element of a tag that was on the page before it ran', () => {
    expect(customElements.get('tk-user-manager')).to.be.a('function');
  });

  it("fetches only the loader, that element's chunks and no catalog (English is in them)", async () => {
    const expected = ['tenantkit.loader.js', ...(await chunksOf('user-manager'))].sort();
    expect([...new Set(requested())].sort()).to.deep.equal(expected);
    expect(customElements.get('tk-access-rights-table')).to.equal(undefined);
  });

  it('defines an element whose tag appears later, fetching its chunk then', async () => {
    expect(requested()).not.to.include('define/scope-banner.js');
    document.body.append(document.createElement('tk-scope-banner'));
    await customElements.whenDefined('tk-scope-banner');
    expect(requested()).to.include('define/scope-banner.js');
    document.querySelector('tk-scope-banner')!.remove();
  });

  it('shows German live, fetching each catalog area it needs once', async () => {
    manager.locale = 'de';
    await waitUntil(() => text(manager).includes('Neuer Benutzer'), 'no German', { timeout: 4000 });
    const second = document.createElement('tk-user-manager') as typeof manager;
    second.client = client();
    second.locale = 'de';
    document.body.append(second);
    await waitUntil(() => text(second).includes('Neuer Benutzer'), 'no German', { timeout: 4000 });
    second.remove();
    const catalogs = requested().filter((file) => file.startsWith('locales/'));
    expect(catalogs.sort()).to.deep.equal(['locales/de/core.js', 'locales/de/user-manager.js']);
  });
});
