import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/provider.js';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, demoClient, hasState, mount, names, settled } from './helpers.js';

describe('<tk-user-manager> list', () => {
  it('is accessible', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await expect(el).to.be.accessible();
  });

  it("shows the users of the principal's account with name, e-mail, login, role, status, last login and link", async () => {
    const { client, calls } = demoClient();
    const el = await mount(client);
    expect(calls.find((c) => c.op === 'listUsers')!.args[0]).to.equal('acc_northwind');
    const headers = $$(el, 'thead th').map((th) => th.textContent!.trim());
    for (const h of ['Name', 'E-mail', 'Login', 'Role', 'Status', 'Last login', 'Password link']) {
      expect(
        headers.some((t) => t.startsWith(h)),
        h,
      ).to.equal(true);
    }
    expect(names(el)).to.include('Nora Northwind');
    expect($(el, '.count').textContent).to.contain('18 results');
  });

  it('lists the account given by account-id', async () => {
    const { client } = demoClient();
    const el = await mount(client, { accountId: 'acc_northwind_berlin' });
    expect(names(el)).to.include('Bernd Berlin');
    expect(names(el)).not.to.include('Nora Northwind');
  });

  it("lists the provider's account when the reseller works as a selected tenant", async () => {
    const { client } = demoClient({ principal: 'usr_acme_admin' });
    const provider = await fixture(
      html`<tk-provider .client=${client} account-id="acc_contoso" locale="en"
        ><tk-user-manager></tk-user-manager
      ></tk-provider>`,
    );
    const el = provider.querySelector('tk-user-manager')!;
    await settled(el);
    expect(names(el)).to.include('Claire Contoso');
  });

  it('starts on the first page with nothing selected when the account changes', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    el.shadowRoot!.querySelector<HTMLInputElement>('tbody input[type=checkbox]')!.click();
    await el.updateComplete;
    expect($(el, '[part=bulk-actions]')).to.be.instanceOf(HTMLElement);
    el.accountId = 'acc_northwind_berlin';
    await waitUntil(() => names(el).includes('Bernd Berlin'));
    expect($(el, '[part=bulk-actions]')).to.equal(null);
  });

  it('searches after a pause in typing, with one request and the stale one aborted', async () => {
    const { client, calls, count } = demoClient({ latency: 20 });
    const el = await mount(client);
    const before = count('listUsers');
    const input = $<HTMLInputElement>(el, '[part=search]');
    input.focus();
    // Four keystrokes in one task, so that none of them pauses however busy the machine is
    // (real typing under load can pause between keys longer than the search waits).
    for (const text of ['n', 'no', 'nor', 'nora']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    expect(count('listUsers'), 'no search before the pause').to.equal(before);
    // The previous results stay on screen while the pause runs.
    expect(names(el).length).to.be.greaterThan(1);
    await waitUntil(() => names(el).length === 1, 'search did not apply', { timeout: 2000 });
    expect(count('listUsers'), 'one search for the four keystrokes').to.equal(before + 1);
    expect(calls.at(-1)!.args[1]).to.include({ q: 'nora' });
    expect(names(el)).to.deep.equal(['Nora Northwind']);

    // A newer query aborts the one still in flight.
    const search = async (text: string) => {
      const n = count('listUsers');
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => count('listUsers') === n + 1);
      return (calls.at(-1)!.args[2] as { signal: AbortSignal }).signal;
    };
    const stale = await search('uwe');
    const fresh = await search('Nora');
    expect(stale.aborted).to.equal(true);
    expect(fresh.aborted).to.equal(false);
    await settled(el);
    expect(names(el)).to.deep.equal(['Nora Northwind']);
  });

  it('filters by role and status', async () => {
    const { client, calls } = demoClient();
    const el = await mount(client);
    const [role, status] = $$<HTMLSelectElement>(el, 'select[part=filter]');
    role!.value = 'admin';
    role!.dispatchEvent(new Event('change'));
    await waitUntil(
      () => calls.at(-1)!.args[1] && (calls.at(-1)!.args[1] as { role?: string }).role === 'admin',
    );
    await settled(el);
    expect($$(el, 'tbody tr').every((tr) => tr.textContent!.includes('Administrator'))).to.equal(true);
    status!.value = 'disabled';
    status!.dispatchEvent(new Event('change'));
    await waitUntil(() => (calls.at(-1)!.args[1] as { status?: string }).status === 'disabled');
  });

  it('sorts by a column header, ascending then descending', async () => {
    const { client, calls } = demoClient();
    const el = await mount(client);
    const emailHeader = $$(el, 'thead th').find((th) => th.textContent!.includes('E-mail'))!;
    emailHeader.querySelector('button')!.click();
    await waitUntil(() => (calls.at(-1)!.args[1] as { sort: string }).sort === 'email');
    await settled(el);
    expect(emailHeader.getAttribute('aria-sort')).to.equal('ascending');
    const emails = $$(el, 'td.email').map((td) => td.textContent!.trim());
    expect(emails).to.deep.equal([...emails].sort());
    emailHeader.querySelector('button')!.click();
    await waitUntil(() => (calls.at(-1)!.args[1] as { sort: string }).sort === '-email');
    await settled(el);
    expect(emailHeader.getAttribute('aria-sort')).to.equal('descending');
  });

  it('pages on the server', async () => {
    const { client, calls } = demoClient();
    const el = await mount(client);
    el.pageSize = 5;
    await waitUntil(() => $$(el, 'tbody tr').length === 5);
    await settled(el);
    expect($(el, '[part=pagination]').textContent).to.contain('1–5 of 18');
    const next = $$<HTMLButtonElement>(el, '[part=pagination] button')[1]!;
    next.click();
    await waitUntil(() => (calls.at(-1)!.args[1] as { offset: number }).offset === 5);
    await settled(el);
    expect($(el, '[part=pagination]').textContent).to.contain('6–10 of 18');
    expect(hasState(el, 'loading')).to.equal(false);
  });
});
