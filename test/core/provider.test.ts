import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import { configure } from '../../src/core/config.js';
import type { TkProvider } from '../../src/components/provider/provider.js';
import { fakeClient, type TkProbe } from './probe-element.js';

const text = (el: TkProbe) => el.shadowRoot!.querySelector('button')!.textContent;

describe('<tk-provider> and the base element', () => {
  afterEach(() => configure({ client: undefined, locale: undefined, messages: {} }));

  it('is accessible', async () => {
    const el = await fixture(html`<tk-provider><tk-probe></tk-probe></tk-provider>`);
    await expect(el).to.be.accessible();
  });

  it('resolves the client: own property, then provider, then configure()', async () => {
    const own = fakeClient('own');
    const provided = fakeClient('provided');
    const configured = fakeClient('configured');
    configure({ client: configured });
    const root = await fixture<TkProvider>(
      html`<tk-provider .client=${provided}>
        <tk-probe id="a" .client=${own}></tk-probe><tk-probe id="b"></tk-probe>
      </tk-provider>`,
    );
    const alone = await fixture<TkProbe>(html`<tk-probe></tk-probe>`);
    expect(root.querySelector<TkProbe>('#a')!.resolvedClient).to.equal(own);
    expect(root.querySelector<TkProbe>('#b')!.resolvedClient).to.equal(provided);
    expect(alone.resolvedClient).to.equal(configured);
  });

  it('resolves the locale: own attribute, then provider, then configure(), then <html lang>', async () => {
    const root = await fixture<TkProvider>(
      html`<tk-provider locale="de">
        <tk-probe id="own" locale="fr"></tk-probe><tk-probe id="inherited"></tk-probe>
      </tk-provider>`,
    );
    const [own, inherited] = root.querySelectorAll<TkProbe>('tk-probe');
    // Catalogs other than English arrive on first use; the first render waits for them.
    await Promise.all([own!.updateComplete, inherited!.updateComplete]);
    expect(text(own!)).to.equal('Réessayer');
    expect(text(inherited!)).to.equal('Erneut versuchen');

    const alone = await fixture<TkProbe>(html`<tk-probe></tk-probe>`);
    configure({ locale: 'hu' });
    await alone.updateComplete;
    expect(text(alone)).to.equal('Újrapróbálás');
    configure({ locale: undefined });
    document.documentElement.lang = 'fr-CA';
    await new Promise((r) => setTimeout(r));
    await alone.updateComplete;
    expect(text(alone)).to.equal('Réessayer');
    document.documentElement.lang = 'en';
  });

  it('re-renders every element below when the provider locale changes', async () => {
    const root = await fixture<TkProvider>(
      html`<tk-provider locale="en">
        <div><tk-probe></tk-probe></div>
      </tk-provider>`,
    );
    const probe = root.querySelector<TkProbe>('tk-probe')!;
    expect(text(probe)).to.equal('Try again');
    root.locale = 'hu';
    await root.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Újrapróbálás');
    expect(probe.lang).to.equal('hu');
  });

  it('lets the host override any string: configure(), provider and element, nearest wins', async () => {
    configure({ messages: { de: { 'common.retry': 'Nochmal' } } });
    const root = await fixture<TkProvider>(
      html`<tk-provider locale="de"><tk-probe></tk-probe></tk-provider>`,
    );
    const probe = root.querySelector<TkProbe>('tk-probe')!;
    expect(text(probe)).to.equal('Nochmal');
    root.catalogOverrides = { de: { 'common.retry': 'Noch einmal versuchen' } };
    await root.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Noch einmal versuchen');
    probe.messages = { 'common.retry': 'Los' };
    await probe.updateComplete;
    expect(text(probe)).to.equal('Los');
  });

  it('chooses plural forms through Intl.PluralRules', async () => {
    const el = await fixture<TkProbe>(html`<tk-probe locale="fr"></tk-probe>`);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 résultat');
  });

  it('inherits what an inner provider leaves unset from the outer one', async () => {
    const client = fakeClient('outer');
    const root = await fixture<TkProvider>(
      html`<tk-provider .client=${client} account-id="acc_1" locale="de">
        <tk-provider locale="fr"><tk-probe></tk-probe></tk-provider>
      </tk-provider>`,
    );
    const probe = root.querySelector<TkProbe>('tk-probe')!;
    expect(probe.resolvedClient).to.equal(client);
    expect(probe.accountInScope).to.equal('acc_1');
    expect(text(probe)).to.equal('Réessayer');
  });

  it('switches the colour scheme of the elements below with theme', async () => {
    const root = await fixture<TkProvider>(
      html`<tk-provider theme="dark"><tk-probe></tk-probe></tk-provider>`,
    );
    const probe = root.querySelector<TkProbe>('tk-probe')!;
    expect(getComputedStyle(probe).colorScheme).to.equal('dark');
    root.theme = 'light';
    await root.updateComplete;
    expect(getComputedStyle(probe).colorScheme).to.equal('light');
  });
});
