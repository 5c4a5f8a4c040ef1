import { expect } from '@open-wc/testing';
import { catalogFor } from '../../src/locales/index.js';
import type { TkProbe } from './probe-element.js';
import './probe-element.js';

// Its own file (its own page), so that no other test has fetched the Hungarian catalog before.
describe('catalogs loaded on first use', () => {
  it('renders first in the requested language, never in English first', async () => {
    expect(catalogFor('hu')).to.equal(undefined);
    const seen: string[] = [];
    const probe = document.createElement('tk-probe') as TkProbe;
    probe.locale = 'hu';
    const observer = new MutationObserver(() => {
      const button = probe.shadowRoot?.querySelector('button');
      if (button) seen.push(button.textContent ?? '');
    });
    document.body.append(probe);
    observer.observe(probe.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await probe.updateComplete;
    observer.disconnect();
    probe.remove();
    expect(seen[0]).to.equal('Újrapróbálás');
    expect(seen).not.to.include('Try again');
  });
});
