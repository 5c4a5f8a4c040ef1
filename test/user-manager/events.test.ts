import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import { $, demoClient, menuAction, mount } from './helpers.js';

describe('<tk-user-manager> events', () => {
  it('is accessible after an action failed', async () => {
    const { client } = demoClient({
      fail: (op) =>
        op === 'updateUser' ? new ProvisioningError('server', 'boom', { status: 500 }) : undefined,
    });
    const el = await mount(client);
    await menuAction(el, 'Uwe Nutzer', 'Disable');
    await waitUntil(() => $(el, '[part~=banner]'));
    expect($(el, '[part~=banner]').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('bubbles out of shadow roots, before (cancelable) and after', async () => {
    const el = await mount(demoClient().client);
    const before = oneEvent(document, 'tk-user-update');
    const after = oneEvent(document, 'tk-user-updated');
    await menuAction(el, 'Uwe Nutzer', 'Disable');
    const b = await before;
    expect(b.cancelable && b.composed && b.bubbles).to.equal(true);
    const a = await after;
    expect(a.cancelable).to.equal(false);
    expect(a.detail.user.status).to.equal('disabled');
  });

  it('reports an ended session with tk-error, for the host to sign in again', async () => {
    const { client } = demoClient({
      fail: (op) =>
        op === 'sendPasswordLink'
          ? new ProvisioningError('unauthorized', 'expired', { status: 401 })
          : undefined,
    });
    const el = await mount(client);
    await menuAction(el, 'Uwe Nutzer', 'Send password link');
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    const error = oneEvent(el, 'tk-error');
    $<HTMLButtonElement>(el, '[part=confirm]').click();
    const { detail } = await error;
    expect(detail.operation).to.equal('sendLink');
    expect((detail.error as ProvisioningError).kind).to.equal('unauthorized');
    await waitUntil(() => $(el, '[part~=banner]'));
    expect($(el, '[part~=banner]').textContent).to.contain('Your session has ended');
  });
});
