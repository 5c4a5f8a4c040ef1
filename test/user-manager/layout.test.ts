import { expect } from '@open-wc/testing';
import { $, demoClient, mount } from './helpers.js';

describe('<tk-user-manager> layout', () => {
  it('scrolls its table inside itself in a narrow column, never widening the page', async () => {
    const el = await mount(demoClient().client);
    el.style.setProperty('inline-size', '32rem');
    await el.updateComplete;
    const wrap = $(el, '.table-wrap');
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
  });
});
