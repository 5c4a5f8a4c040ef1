import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en/index.js';
import { catalogFor, loadCatalog, SHIPPED_LOCALES } from '../../src/locales/index.js';
import { Localizer, shippedLanguage } from '../../src/core/localize.js';

const source = en;
const translated = SHIPPED_LOCALES.filter((l) => l !== 'en');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const baseKey = (k: string) => k.split('#')[0]!;

describe('locale catalogs', () => {
  before(() => Promise.all(translated.map(loadCatalog)));

  for (const lang of translated) {
    describe(lang, () => {
      const catalog = (): Record<string, string> => catalogFor(lang)!;

      it('has every key of the English source', () => {
        const missing = Object.keys(source).filter((k) => !k.includes('#') && !(k in catalog()));
        expect(missing).to.deep.equal([]);
      });

      it('has the "other" plural form of every plural key', () => {
        const plurals = new Set(
          Object.keys(source)
            .filter((k) => k.includes('#'))
            .map(baseKey),
        );
        const missing = [...plurals].filter((k) => !(`${k}#other` in catalog()));
        expect(missing).to.deep.equal([]);
      });

      it('has no key the source lacks, and no empty text', () => {
        const bases = new Set(Object.keys(source).map(baseKey));
        expect(Object.keys(catalog()).filter((k) => !bases.has(baseKey(k)))).to.deep.equal([]);
        expect(Object.entries(catalog()).filter(([, v]) => !v.trim())).to.deep.equal([]);
      });

      it('keeps the placeholders of the source text', () => {
        const wrong = Object.entries(catalog()).filter(([k, v]) => {
          const en = source[k as keyof typeof source] ?? source[`${baseKey(k)}#other` as keyof typeof source];
          return en !== undefined && placeholders(v).join() !== placeholders(en).join();
        });
        expect(wrong).to.deep.equal([]);
      });
    });
  }
});

describe('Localizer', () => {
  before(() => Promise.all(translated.map(loadCatalog)));

  it('maps regional tags to the shipped language and unknown ones to English', () => {
    expect(shippedLanguage('de-AT')).to.equal('de');
    expect(shippedLanguage('pt-BR')).to.equal('en');
  });

  it('formats dates and numbers through Intl in the locale', () => {
    const de = new Localizer('de');
    expect(de.number(1234.5)).to.equal('1.234,5');
    expect(de.date('2026-01-31T12:00:00Z', { dateStyle: 'short', timeZone: 'UTC' })).to.equal('31.01.26');
    expect(de.date(null)).to.equal('—');
    expect(
      new Localizer('hu').date('2026-01-31T12:00:00Z', { dateStyle: 'short', timeZone: 'UTC' }),
    ).to.equal('2026. 01. 31.');
  });

  it('fills placeholders and falls back to English for a key a host catalog lacks', () => {
    const l = new Localizer('de', { 'common.rangeOfTotal': '{from} bis {to} ({total})' });
    expect(l.t('common.rangeOfTotal', { from: 1, to: 50, total: 10000 })).to.equal('1 bis 50 (10.000)');
  });

  it('isolates a filled-in value that carries direction controls, so it cannot reverse the sentence', () => {
    const l = new Localizer('en');
    expect(l.t('common.moreThan', { text: '\u202egnp.exe' })).to.equal('More than \u2068\u202egnp.exe\u2069');
    expect(l.t('common.moreThan', { text: 'Ágnes Hoffmann' })).to.equal('More than Ágnes Hoffmann');
  });

  it('says relative times in the locale', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(new Localizer('en').relative('2026-01-04T00:00:00Z', now)).to.equal('in 3 days');
    expect(new Localizer('de').relative('2025-12-31T00:00:00Z', now)).to.equal('gestern');
  });
});
