import { expect, fixture, html } from '@open-wc/testing';
import { CDN, requested, startLoader } from './helpers.js';

describe('tenantkit.loader.js with a prefix of the page', () => {
  before(() => startLoader('acme-'));

  it('defines an element under the configured prefix, as a subclass of the tk- element', async () => {
    const el = await fixture(html`<acme-scope-banner></acme-scope-banner>`);
    await customElements.whenDefined('acme-scope-banner');
    const base = customElements.get('tk-scope-banner')!;
    expect(el).to.be.instanceOf(base);
    expect(requested()).to.include('define/scope-banner.js');
  });

  it('still serves tk- tags, and ignores tags of the prefix that are no tenantkit element', async () => {
    await fixture(html`<tk-help-popup></tk-help-popup><acme-carousel></acme-carousel>`);
    await customElements.whenDefined('tk-help-popup');
    expect(requested().some((file) => file.includes('carousel'))).to.equal(false);
  });

  it('loads the elements of an open shadow root it is told about', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('acme-help-settings'));
    const { discover } = (await import(`${CDN}tenantkit.loader.js`)) as {
      discover(root: ShadowRoot): Promise<void>;
    };
    await discover(root);
    expect(customElements.get('acme-help-settings')).to.be.a('function');
    expect(root.firstElementChild).to.be.instanceOf(customElements.get('tk-help-settings')!);
  });
});
