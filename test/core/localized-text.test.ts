import { expect } from '@open-wc/testing';
import { Localizer } from '../../src/core/localize.js';
import { LocalizedText } from '../../src/api/schemas/index.js';
import { validate } from '../../src/api/validate.js';

describe('reseller text in many languages (Localizer.pick)', () => {
  const text = { en: 'Billing', de: 'Abrechnung', 'de-CH': 'Rechnungswesen', fr: 'Facturation' };

  it('takes the exact tag, then the base language, then English, then the first given', () => {
    expect(new Localizer('de-CH').pick(text)).to.equal('Rechnungswesen');
    expect(new Localizer('de-AT').pick(text)).to.equal('Abrechnung');
    expect(new Localizer('hu').pick(text)).to.equal('Billing');
    expect(new Localizer('hu').pick({ fr: 'Facturation', de: 'Abrechnung' })).to.equal('Facturation');
  });

  it('shows a plain string as it is, and nothing for null', () => {
    expect(new Localizer('de').pick('Only one')).to.equal('Only one');
    expect(new Localizer('de').pick(null)).to.equal('');
  });

  it('the schema takes a string or a map keyed by language tags, nothing else', () => {
    const schema = LocalizedText(20);
    expect(validate(schema, 'x')).to.deep.equal([]);
    expect(validate(schema, { en: 'x', 'fr-CA': 'y' })).to.deep.equal([]);
    expect(validate(schema, { 'not a tag': 'x' })).not.to.deep.equal([]);
    expect(validate(schema, { en: 'x'.repeat(21) })).not.to.deep.equal([]);
    expect(validate(schema, 42)).not.to.deep.equal([]);
  });
});
