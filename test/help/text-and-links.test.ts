import { expect } from '@open-wc/testing';
import { mailtoHref, safeImageSrc, telHref } from '../../src/core/links.js';
import { contrastRatio, textColorOn } from '../../src/components/help-popup/contrast.js';
import { messageSegments } from '../../src/components/help-popup/message-text.js';
import { groupPhone } from '../../src/components/help-popup/phone.js';
import { bodyOf, canonicalTag, draftOf, languagesOf } from '../../src/components/help-settings/help-draft.js';

describe('help: pure parts', () => {
  describe('messageSegments', () => {
    it('splits text into text and http(s) link segments, nothing else', () => {
      expect(messageSegments('See https://a.example/x?y=1, or (http://b.example/path).\nBye')).to.deep.equal([
        { kind: 'text', text: 'See ' },
        { kind: 'link', text: 'https://a.example/x?y=1', href: 'https://a.example/x?y=1' },
        { kind: 'text', text: ', or (' },
        { kind: 'link', text: 'http://b.example/path', href: 'http://b.example/path' },
        { kind: 'text', text: ').\nBye' },
      ]);
    });

    it('keeps a balanced bracket inside a URL', () => {
      const [, link] = messageSegments('Wiki https://w.example/A_(b) now');
      expect(link).to.deep.equal({
        kind: 'link',
        text: 'https://w.example/A_(b)',
        href: 'https://w.example/A_(b)',
      });
    });

    it('never links javascript:, data:, mailto: or markup', () => {
      const text =
        'javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.example <a href="x">y</a> https://';
      expect(messageSegments(text)).to.deep.equal([{ kind: 'text', text }]);
      expect(messageSegments('')).to.deep.equal([]);
    });
  });

  describe('groupPhone', () => {
    it('keeps the reseller’s own grouping, with non-breaking spaces', () => {
      expect(groupPhone(' +49 30 1234567 ', 'de')).to.equal('+49\u00a030\u00a01234567');
      expect(groupPhone('+49 (0)30 123-4567', 'en')).to.equal('+49\u00a0(0)30\u00a0123-4567');
    });

    it('splits an ungrouped number after its country code, in pairs for French and threes otherwise', () => {
      expect(groupPhone('+33123456789', 'fr-FR')).to.equal('+33 1 23 45 67 89'.replaceAll(' ', '\u00a0'));
      expect(groupPhone('+3612345678', 'hu')).to.equal('+36 123 456 78'.replaceAll(' ', '\u00a0'));
      expect(groupPhone('+12025550123', 'en')).to.equal('+1 202 555 0123'.replaceAll(' ', '\u00a0'));
      expect(groupPhone('+358401234567', 'en')).to.equal('+358 401 234 567'.replaceAll(' ', '\u00a0'));
      expect(groupPhone('0301234567', 'de')).to.equal('030 123 4567'.replaceAll(' ', '\u00a0'));
      expect(groupPhone('112', 'de')).to.equal('112');
    });
  });

  describe('links', () => {
    it('tel: keeps the digits and a leading +', () => {
      expect(telHref('+49 (30) 123-45/67')).to.equal('tel:+49301234567');
      expect(telHref('030 1234')).to.equal('tel:0301234');
      expect(telHref('javascript:alert(1)')).to.equal(undefined);
      expect(telHref('12')).to.equal(undefined);
    });

    it('mailto: only for one plain address', () => {
      expect(mailtoHref('help@acme.example')).to.equal('mailto:help@acme.example');
      for (const bad of [
        'a@b.example?cc=x@y.example',
        'a@b.example,c@d.example',
        '"><svg>@x.example',
        'no-at',
        '',
      ])
        expect(mailtoHref(bad), bad).to.equal(undefined);
    });

    it('images only from https: or the same origin', () => {
      expect(safeImageSrc('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
      expect(safeImageSrc('/a.png')).to.equal(`${location.origin}/a.png`);
      for (const bad of [
        'http://cdn.example/a.png',
        'data:image/png;base64,AAAA',
        'javascript:x',
        'blob:x',
        null,
      ])
        expect(safeImageSrc(bad), String(bad)).to.equal(undefined);
    });
  });

  describe('contrast', () => {
    it('computes WCAG 2 contrast ratios', () => {
      expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 0.001);
      expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
      expect(contrastRatio('#1f5bd8', '#ffffff')).to.be.closeTo(contrastRatio('#ffffff', '#1f5bd8'), 1e-9);
      expect(contrastRatio('#fff', '#000000')).to.be.NaN;
    });

    it('picks the more readable text colour', () => {
      expect(textColorOn('#c2410c')).to.equal('#ffffff');
      expect(textColorOn('#ffd700')).to.equal('#1b1d22');
    });
  });

  describe('the settings draft', () => {
    it('puts a single-string text under English, which every language falls back to', () => {
      const d = draftOf({
        displayName: 'A',
        mode: 'popup',
        logoUrl: null,
        helpUrl: null,
        email: null,
        phone: null,
        hours: 'Mon–Fri',
        message: { de: 'Hallo', es: 'Hola' },
        accentColor: null,
        ownerAccountId: 'acc',
        version: 1,
      });
      expect(d.hours).to.deep.equal({ en: 'Mon–Fri' });
      expect(languagesOf(d, ['pt-BR'])).to.deep.equal(['en', 'de', 'fr', 'hu', 'es', 'pt-BR']);
    });

    it('sends trimmed values, null for empty ones, and only languages with text', () => {
      const d = { ...draftOf(undefined), displayName: ' Acme ', email: ' ', message: { en: 'Hi', de: ' ' } };
      expect(bodyOf(d)).to.deep.equal({
        displayName: 'Acme',
        logoUrl: null,
        mode: 'popup',
        helpUrl: null,
        email: null,
        phone: null,
        hours: null,
        message: { en: 'Hi' },
        accentColor: null,
      });
    });

    it('canonicalises language tags', () => {
      expect(canonicalTag('PT-br')).to.equal('pt-BR');
      expect(canonicalTag('not a tag')).to.equal(undefined);
    });
  });
});
