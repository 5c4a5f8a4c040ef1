import { expect } from '@open-wc/testing';
import { $, $$, UWE, demoClient, hasState, mount, names } from './helpers.js';

describe('<tk-user-manager> for a normal user', () => {
  it('is accessible', async () => {
    const el = await mount(demoClient({ principal: UWE }).client);
    await expect(el).to.be.accessible();
  });

  it('shows a read-only list without create, edit, delete or selection', async () => {
    const el = await mount(demoClient({ principal: UWE }).client);
    expect(hasState(el, 'read-only')).to.equal(true);
    expect(names(el)).to.include('Nora Northwind');
    expect($(el, '[part=create]')).to.equal(null);
    expect($$(el, 'tbody input[type=checkbox]')).to.have.length(0);
    expect($$(el, 'tbody button')).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('Only administrators can change them.');
  });

  it('an admin is not read-only', async () => {
    const el = await mount(demoClient().client);
    expect(hasState(el, 'read-only')).to.equal(false);
  });
});
