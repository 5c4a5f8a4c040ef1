import { expect } from '@open-wc/testing';
import en from '../../src/locales/en/user-manager.js';
import de from '../../src/locales/de/user-manager.js';
import fr from '../../src/locales/fr/user-manager.js';
import hu from '../../src/locales/hu/user-manager.js';
import { $, UWE, button, demoClient, mount } from './helpers.js';

/** Words that are the same in the translation and in English. */
const SAME_AS_ENGLISH = new Set(['Name', 'Status', 'Login', 'Pages', 'Administrator', 'E-mail', 'Domains']);

describe('<tk-user-manager> in four languages', () => {
  it('is accessible in German', async () => {
    const el = await mount(demoClient().client, { locale: 'de' });
    await expect(el).to.be.accessible();
  });

  for (const [lang, catalog] of Object.entries({ de, fr, hu })) {
    it(`${lang}: translates every string, with no English left over`, () => {
      const translated = catalog as Record<string, string>;
      for (const [key, source] of Object.entries(en)) {
        expect(translated[key], `${lang} ${key}`).to.be.a('string');
        if (!SAME_AS_ENGLISH.has(source)) expect(translated[key], `${lang} ${key}`).not.to.equal(source);
        for (const placeholder of source.match(/\{\w+\}/g) ?? []) {
          expect(translated[key], `${lang} ${key}`).to.contain(placeholder);
        }
      }
    });
  }

  it('shows German, French and Hungarian with localized dates and plurals', async () => {
    const de = await mount(demoClient().client, { locale: 'de' });
    expect(button(de, 'Neuer Benutzer')).to.be.instanceOf(HTMLElement);
    expect($(de, '.count').textContent).to.contain('18');
    expect(de.shadowRoot!.textContent).to.contain('Passwort-Link');
    const fr = await mount(demoClient().client, { locale: 'fr' });
    expect(button(fr, 'Nouvel utilisateur')).to.be.instanceOf(HTMLElement);
    expect(fr.shadowRoot!.textContent).to.contain('Dernière connexion');
    const hu = await mount(demoClient({ principal: UWE }).client, { locale: 'hu' });
    expect(hu.shadowRoot!.textContent).to.contain('Módosítani csak adminisztrátorok');
  });

  it('switches language at run time', async () => {
    const el = await mount(demoClient().client);
    el.locale = 'de';
    await el.updateComplete;
    expect(button(el, 'Neuer Benutzer')).to.be.instanceOf(HTMLElement);
  });
});
