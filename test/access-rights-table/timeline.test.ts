import { expect, fixture, html } from '@open-wc/testing';
import { barGeometry, growDomain } from '../../src/components/access-rights-table/timeline.js';
import { $, $$, demoRights, tableFixture } from './helpers.js';

const attr = (el: Element, name: string) => parseFloat(el.getAttribute(name)!);

describe('<tk-access-rights-table> timeline', () => {
  it('is accessible in the timeline view', async () => {
    const el = await tableFixture({ setup: (t) => (t.view = 'timeline') });
    await expect(el).to.be.accessible();
  });

  it('toggles into a timeline drawing each right as an SVG bar, without style attributes', async () => {
    const el = await tableFixture();
    const toggle = $<HTMLButtonElement>(el, '[part=timeline-toggle]')!;
    toggle.click();
    await el.whenReady();
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.view).to.equal('timeline');
    const bars = $$(el, '.body rect.bar');
    expect(bars.length).to.be.greaterThan(5);
    for (const bar of bars) {
      expect(bar.getAttribute('x')).to.match(/%$/);
      expect(bar.hasAttribute('style')).to.equal(false);
    }
    expect($(el, '.axis text')).to.exist;
    const label = $(el, '.body [data-row="0"] svg[role=img]')!.getAttribute('aria-label')!;
    expect(label).to.match(/^(Active|Deactivated): /);
  });

  it('places bars on a shared axis, from start to end', async () => {
    const rights = demoRights().slice(0, 3);
    const domain = growDomain(undefined, rights, Date.parse('2026-11-01'));
    const [a, b] = rights.map((r) => barGeometry(r, domain, false));
    expect(a!.x).to.be.within(0, 100);
    expect(a!.x + a!.width).to.be.at.most(100.0001);
    const earlier = Date.parse(rights[0]!.startsAt) < Date.parse(rights[1]!.startsAt);
    expect(a!.x < b!.x || a!.x === b!.x || !earlier).to.equal(true);
  });

  it('mirrors the time axis in right-to-left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = await tableFixture({ setup: (t) => (t.view = 'timeline') });
    const ltr = $(el, '.body [data-row="0"] rect.bar')!;
    const ltrX = attr(ltr, 'x');
    const width = attr(ltr, 'width');
    wrapper.append(el);
    el.requestUpdate();
    await el.whenReady();
    const rtl = $(el, '.body [data-row="0"] rect.bar')!;
    expect(attr(rtl, 'x')).to.be.closeTo(100 - ltrX - width, 0.01);
  });
});
