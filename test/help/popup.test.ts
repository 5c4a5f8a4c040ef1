import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import type { HelpContent } from '../../src/components/help-popup/types.js';
import type { TkHelpPopup } from '../../src/components/help-popup/help-popup.js';
import {
  $,
  $$,
  ACME,
  demoClient,
  hasState,
  isOpen,
  openPopup,
  panel,
  popup,
  trigger,
  UWE,
} from './helpers.js';

const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<tk-help-popup>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible closed and open, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await popup({ settings: ACME });
      el.theme = theme;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await openPopup(el);
      await expect(el).to.be.accessible();
      el.open = false;
      await el.updateComplete;
    }
  });

  describe('popup mode', () => {
    it('shows name, logo, message, e-mail, phone, hours and the help page', async () => {
      const el = await popup({ settings: ACME });
      await openPopup(el);
      expect(text(el, '[part~=title]')).to.equal('Acme Telecom Support');
      expect($<HTMLAnchorElement>(el, '[part~=email]').href).to.equal('mailto:support@acme.example');
      expect($<HTMLAnchorElement>(el, '[part~=phone]').href).to.equal('tel:+49301234567');
      expect(text(el, '[part~=hours]')).to.equal('Mon–Fri 8–18');
      const page = $<HTMLAnchorElement>(el, '[part~=page]');
      expect(page.href).to.equal('https://help.acme.example/');
      expect(page.target).to.equal('_blank');
      expect(page.rel).to.contain('noopener');
      expect(panel(el).getAttribute('role')).to.equal('dialog');
      expect(panel(el).getAttribute('aria-labelledby')).to.equal('title');
    });

    it('keeps line breaks of the message and turns only its http(s) URLs into links', async () => {
      const el = await popup({ settings: ACME });
      await openPopup(el);
      const message = $(el, '[part~=message]');
      expect(getComputedStyle(message).whiteSpace).to.equal('pre-line');
      expect(message.textContent).to.contain('We are here.\nSecond line:');
      const links = $$<HTMLAnchorElement>(el, '[part~=message-link]');
      expect(links.map((a) => a.href)).to.deep.equal(['https://status.acme.example/']);
      // The sentence's full stop stays text.
      expect(links[0]!.textContent).to.equal('https://status.acme.example (opens in a new tab)');
    });

    it('hides each field that is empty', async () => {
      const el = await popup({ settings: { displayName: 'Only mail', email: 'help@x.example' } });
      await openPopup(el);
      expect(text(el, '[part~=title]')).to.equal('Only mail');
      expect($(el, '[part~=email]')).to.exist;
      for (const part of ['logo', 'message', 'phone', 'hours', 'page'])
        expect($(el, `[part~=${part}]`)).to.equal(null);
      expect($$(el, 'dt').map((dt) => dt.textContent)).to.deep.equal(['E-mail']);
      const none = await popup({ settings: { displayName: 'Nothing', message: { en: '  ' }, hours: '' } });
      await openPopup(none);
      expect($(none, '[part~=contact]')).to.equal(null);
      expect($(none, '[part~=message]')).to.equal(null);
    });

    it('shows the message and hours in its language, falling back to the base language, English, then the first', async () => {
      const cases: [string, HelpContent['message'], string][] = [
        ['de-AT', { en: 'Hello', de: 'Hallo', 'de-AT': 'Servus' }, 'Servus'],
        ['de-CH', { en: 'Hello', de: 'Hallo' }, 'Hallo'],
        ['hu', { en: 'Hello', de: 'Hallo' }, 'Hello'],
        ['hu', { fr: 'Bonjour', de: 'Hallo' }, 'Bonjour'],
        ['fr', 'One text for all', 'One text for all'],
      ];
      for (const [locale, message, shown] of cases) {
        const el = await popup({ settings: { displayName: 'X', message, hours: message }, locale });
        await openPopup(el);
        expect(text(el, '[part~=message]'), `${locale}`).to.equal(shown);
        expect(text(el, '[part~=hours]'), `${locale}`).to.equal(shown);
      }
    });

    it('groups the phone number for the locale and dials its digits', async () => {
      const el = await popup({ settings: { displayName: 'X', phone: '+33123456789' }, locale: 'fr' });
      await openPopup(el);
      const phone = $<HTMLAnchorElement>(el, '[part~=phone]');
      expect(phone.textContent).to.equal('+33\u00a01\u00a023\u00a045\u00a067\u00a089');
      expect(phone.href).to.equal('tel:+33123456789');
      expect(phone.dir).to.equal('ltr');
    });

    it('applies a valid accent colour through a custom property, with readable text on it', async () => {
      const el = await popup({ settings: { ...ACME, accentColor: '#ffd700' } });
      expect(el.style.getPropertyValue('--_accent')).to.equal('#ffd700');
      expect(getComputedStyle(trigger(el)).backgroundColor).to.equal('rgb(255, 215, 0)');
      // Gold is light: the text on it is dark.
      expect(getComputedStyle(trigger(el)).color).to.equal('rgb(27, 29, 34)');
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });
  });

  describe('link mode', () => {
    it('is a link to the help page in a new tab, and asks the host first', async () => {
      const el = await popup({ settings: { ...ACME, mode: 'link' } });
      const link = $<HTMLAnchorElement>(el, 'a[part~=trigger]');
      expect(link.href).to.equal('https://help.acme.example/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(hasState(el, 'link')).to.equal(true);
      el.addEventListener('tk-help-contact', (e) => e.preventDefault(), { once: true });
      const asked = oneEvent(el, 'tk-help-contact');
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect((await asked).detail).to.deep.equal({ channel: 'page', href: 'https://help.acme.example/' });
      expect(click.defaultPrevented).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('falls back to the panel when the help page is not a safe address', async () => {
      const el = await popup({ settings: { ...ACME, mode: 'link', helpUrl: 'javascript:alert(1)' } });
      expect($(el, 'button[part~=trigger]')).to.exist;
      await openPopup(el);
      expect($(el, '[part~=page]')).to.equal(null);
    });
  });

  describe('safety with hostile settings', () => {
    const hostile: HelpContent = {
      displayName: '"><svg onload=alert(1)>',
      logoUrl: 'javascript:alert(1)',
      helpUrl: 'data:text/html,<script>alert(1)</script>',
      email: '"><svg onload=alert(1)>@x.example',
      phone: 'javascript:alert(1)',
      hours: '<img src=x onerror=alert(1)>',
      message:
        'Click javascript:alert(1) or data:text/html,<b>x</b> or <a href="https://evil.example">me</a>',
      accentColor: 'red;background:url(https://evil.example)',
    };

    it('renders every value as text and no unsafe address as a link or image', async () => {
      const el = await popup({ settings: hostile });
      await openPopup(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('svg, script, b, [onload], [onerror]')).to.equal(null);
      expect(root.querySelectorAll('img')).to.have.length(0);
      expect(text(el, '[part~=title]')).to.equal('"><svg onload=alert(1)>');
      expect(text(el, '[part~=hours]')).to.equal('<img src=x onerror=alert(1)>');
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:|tel:)/);
      // The only link left is the https: URL that the message names in its text.
      expect(hrefs).to.deep.equal(['https://evil.example/']);
      expect($(el, '[part~=email]')).to.equal(null);
      expect($(el, '[part~=phone]')).to.equal(null);
      expect($(el, '[part~=page]')).to.equal(null);
      expect(el.style.getPropertyValue('--_accent')).to.equal('');
    });

    it('hides a logo that fails to load', async () => {
      const el = await popup({ settings: { displayName: 'X', logoUrl: '/no-such-logo.png' } });
      await openPopup(el);
      await waitUntil(() => !$(el, '[part~=logo]'), 'the broken logo stayed');
    });
  });

  describe('focus and keyboard', () => {
    it('moves focus in, closes on Escape and returns focus to the button', async () => {
      const el = await popup({ settings: ACME });
      trigger(el).focus();
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      const opened = oneEvent(el, 'tk-help-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(panel(el));
      await sendKeys({ press: 'Tab' });
      expect(panel(el).contains(el.shadowRoot!.activeElement)).to.equal(true);
      const closed = oneEvent(el, 'tk-help-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(el.open).to.equal(false);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    });

    it('closes on a click outside and on its close button; the button toggles', async () => {
      const el = await popup({ settings: ACME, placement: 'inline' });
      await openPopup(el);
      await sendMouse({ type: 'click', position: [5, 590] });
      await waitUntil(() => !isOpen(el), 'an outside click did not close it');
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
      await openPopup(el);
      $<HTMLButtonElement>(el, '[part~=close]').click();
      await waitUntil(() => !isOpen(el));
      const box = trigger(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [box.x + 10, box.y + 10] });
      await waitUntil(() => isOpen(el), 'a click did not open it');
      // The light dismiss of the pointer press must not close it before the click reopens it.
      await sendMouse({ type: 'click', position: [box.x + 10, box.y + 10] });
      await waitUntil(() => !isOpen(el), 'a second click did not close it');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      await sendMouse({ type: 'click', position: [box.x + 10, box.y + 10] });
      await waitUntil(() => isOpen(el), 'a third click did not open it again');
    });

    it('stays closed when the light dismiss of the press is handled before the click', async () => {
      // Where the popover knows no source (or a browser orders it so), the press outside the
      // panel light-dismisses it and its toggle event arrives before the click on the button.
      const el = await popup({ settings: ACME, placement: 'inline' });
      await openPopup(el);
      trigger(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      const toggled = oneEvent(panel(el), 'toggle');
      panel(el).hidePopover();
      await toggled;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      trigger(el).click();
      await el.updateComplete;
      expect(isOpen(el), 'the click reopened it').to.equal(false);
      // The next press and click open it again.
      trigger(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      trigger(el).click();
      await waitUntil(() => isOpen(el), 'the next click did not open it');
    });

    it('toggles from the host’s own button too, and stays closed after the second click', async () => {
      const el = await fixture<TkHelpPopup>(
        html`<tk-help-popup .settings=${ACME} placement="inline"
          ><button slot="trigger" id="own">Support</button></tk-help-popup
        >`,
      );
      const box = el.querySelector('#own')!.getBoundingClientRect();
      const at: [number, number] = [Math.round(box.x + 5), Math.round(box.y + 5)];
      await sendMouse({ type: 'click', position: at });
      await waitUntil(() => isOpen(el), 'a click did not open it');
      await sendMouse({ type: 'click', position: at });
      await waitUntil(() => !isOpen(el), 'a second click did not close it');
      // Nothing reopens it a moment later (a late toggle event or click).
      await new Promise((r) => setTimeout(r, 100));
      expect(isOpen(el)).to.equal(false);
      expect(el.open).to.equal(false);
    });

    it('opens from the host’s own button in the trigger slot', async () => {
      const el = await fixture<TkHelpPopup>(
        html`<tk-help-popup .settings=${ACME} placement="inline"
          ><button slot="trigger" id="own">Support</button></tk-help-popup
        >`,
      );
      const own = el.querySelector<HTMLButtonElement>('#own')!;
      expect($(el, '.trigger').checkVisibility(), 'the default button is replaced').to.equal(false);
      expect(own.getAttribute('aria-haspopup')).to.equal('dialog');
      own.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => isOpen(el));
      await el.updateComplete;
      expect(own.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !isOpen(el));
      await el.updateComplete;
      expect(document.activeElement).to.equal(own);
      expect(own.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens and closes through its open property', async () => {
      const el = await popup({ settings: ACME });
      el.open = true;
      await waitUntil(() => isOpen(el));
      el.hide();
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
    });
  });

  describe('events', () => {
    it('asks before each contact link opens; a veto keeps the link closed and closes the panel', async () => {
      const el = await popup({ settings: ACME });
      await openPopup(el);
      const seen: string[] = [];
      el.addEventListener('tk-help-contact', (e) => {
        seen.push(`${e.detail.channel} ${e.detail.href}`);
        e.preventDefault();
      });
      for (const part of ['email', 'phone', 'page']) {
        await openPopup(el).catch(() => undefined);
        const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
        $(el, `[part~=${part}]`).dispatchEvent(click);
        expect(click.defaultPrevented, part).to.equal(true);
        await el.updateComplete;
        expect(isOpen(el)).to.equal(false);
      }
      expect(seen).to.deep.equal([
        'email mailto:support@acme.example',
        'phone tel:+49301234567',
        'page https://help.acme.example/',
      ]);
    });
  });

  describe('placement', () => {
    it('floats in the chosen corner, mirrored in right-to-left', async () => {
      const ltr = await popup({ settings: ACME, placement: 'bottom-end' });
      const box = ltr.getBoundingClientRect();
      expect(getComputedStyle(ltr).position).to.equal('fixed');
      expect(Math.round(window.innerWidth - box.right)).to.equal(16);
      expect(Math.round(window.innerHeight - box.bottom)).to.equal(16);
      // Right-to-left from a wrapper only (a portal section), not from <html>.
      const wrap = await fixture(
        html`<div dir="rtl"><tk-help-popup .settings=${ACME} placement="bottom-end"></tk-help-popup></div>`,
      );
      const rtl = wrap.querySelector('tk-help-popup')!;
      await rtl.updateComplete;
      expect(Math.round(rtl.getBoundingClientRect().left)).to.equal(16);
      await openPopup(rtl);
      // The panel opens above the button, aligned with its end edge (the left, in RTL).
      const p = panel(rtl).getBoundingClientRect();
      const t = trigger(rtl).getBoundingClientRect();
      expect(p.bottom).to.be.at.most(t.top);
      expect(Math.round(p.left)).to.equal(Math.round(t.left));
      expect(Math.round(p.right)).to.be.at.most(window.innerWidth - 16);
    });

    it('opens inline towards the inline end of a right-to-left wrapper', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div dir="rtl"><tk-help-popup .settings=${ACME} placement="inline"></tk-help-popup></div>`,
      );
      // Room on both sides of the button, so only the direction decides where the panel goes.
      wrap.style.setProperty('padding-inline-start', '300px');
      const el = wrap.querySelector('tk-help-popup')!;
      await openPopup(el);
      const p = panel(el).getBoundingClientRect();
      const t = trigger(el).getBoundingClientRect();
      expect(Math.round(t.right)).to.equal(Math.round(wrap.getBoundingClientRect().right - 300));
      expect(Math.round(p.right), 'aligned with the button’s start edge (its right)').to.equal(
        Math.round(t.right),
      );
      expect(p.left).to.be.below(t.left);
      expect(p.top).to.be.at.least(t.bottom);
    });

    it('sits in the flow inline, with the panel below its button', async () => {
      const el = await popup({ settings: ACME, placement: 'inline' });
      expect(getComputedStyle(el).position).to.equal('static');
      await openPopup(el);
      expect(panel(el).getBoundingClientRect().top).to.be.at.least(
        trigger(el).getBoundingClientRect().bottom,
      );
    });

    it('becomes a bottom sheet across a phone-sized screen', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await popup({ settings: ACME });
      await openPopup(el);
      const p = panel(el).getBoundingClientRect();
      expect(Math.round(p.left)).to.equal(0);
      expect(Math.round(p.right)).to.equal(360);
      expect(Math.round(p.bottom)).to.equal(640);
      expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  describe('settings from the API', () => {
    it('shows the reseller’s settings for the account in scope, in the element’s language', async () => {
      const { client, calls } = demoClient({ principal: UWE });
      const el = await popup({ client, locale: 'de' });
      await waitUntil(() => !hasState(el, 'loading'), 'still loading');
      expect(calls.find((c) => c.op === 'getHelpSettings')!.args[0]).to.equal('acc_northwind');
      await openPopup(el);
      expect(text(el, '[part~=title]')).to.equal('Acme Telecom Support');
      expect(text(el, '[part~=message]')).to.contain('Fragen zu Ihren Diensten?');
      expect(text(el, '[part~=hours]')).to.equal('Mo–Fr 8:00–18:00 Uhr MEZ');
      expect(getComputedStyle(trigger(el)).backgroundColor).to.equal('rgb(194, 65, 12)');
    });

    it('shows a second reseller’s own brand to its customer’s admin', async () => {
      const { client, calls } = demoClient({ principal: 'usr_vandelay_admin' });
      const el = await popup({ client, locale: 'de' });
      await waitUntil(() => !hasState(el, 'loading'), 'still loading');
      expect(calls.find((c) => c.op === 'getHelpSettings')!.args[0]).to.equal('acc_vandelay');
      await openPopup(el);
      expect(text(el, '[part~=title]')).to.equal('Globex Networks Service Desk');
      expect($(el, '[part~=logo]')).to.equal(null);
      expect(text(el, '[part~=message]')).to.contain('Ihr Globex-Service-Desk');
      expect(text(el, '[part~=hours]')).to.equal('Mo–Sa 7:00–20:00 Uhr MEZ');
      expect($<HTMLAnchorElement>(el, '[part~=email]').href).to.equal('mailto:servicedesk@globex.example');
      expect($<HTMLAnchorElement>(el, '[part~=phone]').href).to.equal('tel:+4312345678');
      expect(getComputedStyle(trigger(el)).backgroundColor).to.equal('rgb(15, 118, 110)');
      await expect(el).to.be.accessible();
    });

    it('shows loading, then a quiet error with a retry that works; the button never breaks', async () => {
      let failing = true;
      const { client, count } = demoClient({
        principal: UWE,
        fail: (op) =>
          failing && op === 'getHelpSettings' ? new ProvisioningError('network', 'down') : undefined,
      });
      const el = await popup({ client });
      await waitUntil(() => hasState(el, 'error'), 'no error state');
      expect(trigger(el).hasAttribute('disabled')).to.equal(false);
      await openPopup(el);
      expect(text(el, '[part~=error]')).to.contain('Help could not be loaded');
      await expect(el).to.be.accessible();
      failing = false;
      $<HTMLButtonElement>(el, '[part~=retry]').click();
      await waitUntil(() => $(el, '[part~=contact]'), 'the retry did not load the settings');
      expect(count('getHelpSettings')).to.equal(2);
      expect(isOpen(el)).to.equal(true);
    });

    it('says so when no help is configured', async () => {
      const { client } = demoClient({
        principal: UWE,
        fail: (op) => (op === 'getHelpSettings' ? new ProvisioningError('not-found', 'none') : undefined),
      });
      const el = await popup({ client, locale: 'fr' });
      await waitUntil(() => hasState(el, 'empty'));
      await openPopup(el);
      expect(text(el, '[part~=empty]')).to.equal('Aucune aide n’est encore configurée pour ce compte.');
      await expect(el).to.be.accessible();
    });

    it('works from .settings alone, without any client', async () => {
      const el = await popup({ settings: { displayName: 'Offline help', email: 'a@b.example' } });
      expect(hasState(el, 'loading')).to.equal(false);
      expect(hasState(el, 'error')).to.equal(false);
      await openPopup(el);
      expect(text(el, '[part~=title]')).to.equal('Offline help');
    });
  });
});
