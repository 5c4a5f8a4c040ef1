import { expect } from '@open-wc/testing';
import resources from '../../src/locales/en/resources.js';
import { catalogFor, englishText, hasAreas, loadAreas, useAreas } from '../../src/locales/index.js';
import type { TkProbe } from './probe-element.js';
import './probe-element.js';

/** The catalog modules of a language this page has fetched. */
const fetched = (lang: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`/src/locales/${lang}/`))
    .sort();

// Its own file (its own page), so that no other test has fetched these catalogs before.
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

  it("fetches only the areas an element shows: the probe's is the core's", () => {
    expect(fetched('hu')).to.deep.equal(['/src/locales/hu/core.ts']);
  });

  it('fetches each area of a language once, however many ask at the same time', async () => {
    await Promise.all([loadAreas('fr', ['core', 'help']), loadAreas('fr', ['help'])]);
    await loadAreas('fr', ['help']);
    expect(fetched('fr')).to.deep.equal(['/src/locales/fr/core.ts', '/src/locales/fr/help.ts']);
    expect(hasAreas('fr', ['core', 'help'])).to.equal(true);
    expect(hasAreas('fr', ['resources'])).to.equal(false);
    expect(catalogFor('fr')?.['help.trigger']).to.equal('Aide');
  });

  it("knows an area's English strings once an element brings them", () => {
    expect(englishText('resources.label')).to.equal(undefined);
    expect(useAreas({ resources })).to.deep.equal(['core', 'resources']);
    expect(englishText('resources.label')).to.equal('Resources');
  });
});
