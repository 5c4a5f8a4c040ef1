import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { NORA, demoClient, menuAction, mount, row } from './helpers.js';

describe('memory client: status and login (issue 13)', () => {
  it('enabling a disabled invited user restores "invited"; an active one "active"', async () => {
    const client = createMemoryClient(createDemoData(), { principal: NORA });
    const created = await client.createUser('acc_northwind', {
      name: 'Ines Invited',
      email: 'ines.invited@northwind.example',
      role: 'user',
    });
    expect(created.status).to.equal('invited');
    const disabled = await client.updateUser(created, { status: 'disabled' });
    expect(disabled.status).to.equal('disabled');
    expect((await client.updateUser(disabled, { status: 'active' })).status).to.equal('invited');
    const uwe = await client.getUser('usr_nw_user');
    const off = await client.updateUser(uwe, { status: 'disabled' });
    expect((await client.updateUser(off, { status: 'active' })).status).to.equal('active');
  });

  it('gives a name of only symbols a login from the e-mail address', async () => {
    const client = createMemoryClient(createDemoData(), { principal: NORA });
    const user = await client.createUser('acc_northwind', {
      name: '!!! ???',
      email: 'Star.Gazer@northwind.example',
      role: 'user',
    });
    expect(user.login).to.equal('star.gazer');
  });
});

describe('<tk-user-manager> enabling', () => {
  it('shows an invited user as invited again after disable and enable', async () => {
    const el = await mount(demoClient().client);
    const invited = () => row(el, 'Felix Kiss');
    expect(invited().querySelector('.badge')!.textContent).to.contain('Invited');
    await menuAction(el, 'Felix Kiss', 'Disable');
    await waitUntil(() => invited().querySelector('.badge')!.textContent!.includes('Disabled'));
    await menuAction(el, 'Felix Kiss', 'Enable');
    await waitUntil(() => !invited().querySelector('.badge')!.textContent!.includes('Disabled'));
    expect(invited().querySelector('.badge')!.textContent).to.contain('Invited');
  });
});
