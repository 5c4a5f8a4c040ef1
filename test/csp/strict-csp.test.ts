import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';

/**
 * This file runs in a page served with the strict policy resellers use (see the `csp` group in
 * web-test-runner.config.mjs). Any inline style, inline script, string-to-HTML sink or foreign
 * resource used by an element shows up as a `securitypolicyviolation` event.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
);

const demo = createDemoData();
const principalId = (email: string) => demo.users.find((u) => u.email === email)!.id;
const adminClient = () => createMemoryClient(demo, { principal: principalId('admin@northwind.example') });

/** Every button inside an element's shadow root, in document order. */
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];

describe('under a strict Content-Security-Policy', () => {
  it('the page really enforces the policy', async () => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).to.contain("require-trusted-types-for 'script'");
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    await waitUntil(() => violations.length === 1, 'the deliberate violation is reported');
    violations.length = 0;
  });

  it('renders the user manager, its dialogs and states without a violation', async () => {
    const el = await fixture(
      html`<tk-provider .client=${adminClient()} locale="de" theme="dark">
        <tk-user-manager></tk-user-manager>
      </tk-provider>`,
    );
    const manager = el.querySelector('tk-user-manager')!;
    await waitUntil(() => manager.shadowRoot!.querySelectorAll('[part~=row]').length > 0, 'users listed');
    for (const button of buttons(manager).slice(0, 6)) {
      button.click();
      await manager.updateComplete;
      manager.shadowRoot!.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
    }
    expect(violations).to.deep.equal([]);
  });

  it('renders the access-rights table, its timeline and detail rows without a violation', async () => {
    const el = await fixture(
      html`<tk-provider .client=${adminClient()} locale="fr">
        <tk-access-rights-table></tk-access-rights-table>
      </tk-provider>`,
    );
    const table = el.querySelector('tk-access-rights-table')!;
    await waitUntil(() => table.shadowRoot!.querySelectorAll('[part~=row]').length > 0, 'rights listed');
    for (const button of buttons(table).slice(0, 8)) {
      button.click();
      await table.updateComplete;
      table.shadowRoot!.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
    }
    expect(violations).to.deep.equal([]);
  });

  it('renders the resource list, its menu and its dialogs without a violation', async () => {
    const el = await fixture(
      html`<tk-provider .client=${adminClient()} locale="hu" theme="dark">
        <tk-resource-list kind="sim"></tk-resource-list>
      </tk-provider>`,
    );
    const list = el.querySelector('tk-resource-list')!;
    await list.whenReady();
    const first = list.shadowRoot!.querySelector<HTMLElement>('.body [data-index="0"] .identifier')!;
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await list.updateComplete;
    for (const action of ['move', 'setCap', 'rename']) {
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part=actions]')!.click();
      await list.updateComplete;
      list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action=${action}]`)!.click();
      await new Promise((r) => setTimeout(r, 100));
      list.shadowRoot!.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
      await list.updateComplete;
    }
    expect(violations).to.deep.equal([]);
  });
  it('renders the sub-account list, form steps and scope banner without a violation', async () => {
    const reseller = createMemoryClient(demo, { principal: principalId('reseller@acme.example') });
    const el = await fixture(
      html`<tk-provider .client=${reseller} locale="de">
        <tk-scope-banner></tk-scope-banner>
        <tk-sub-account-list></tk-sub-account-list>
      </tk-provider>`,
    );
    const list = el.querySelector('tk-sub-account-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part~=work-as]'), 'list shown');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')?.click();
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part=create]')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('tk-sub-account-form'), 'form open');
    const form = list.shadowRoot!.querySelector('tk-sub-account-form')!;
    await waitUntil(() => form.shadowRoot!.querySelector('[part=step]'), 'steps shown');
    for (const b of form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=step]')) b.click();
    await form.updateComplete;
    list.shadowRoot!.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=work-as]')!.click();
    const banner = el.querySelector('tk-scope-banner')!;
    await waitUntil(() => banner.shadowRoot!.querySelector('[part=back]'), 'banner shown');
    expect(violations).to.deep.equal([]);
  });

  it('renders the open help popup and the help settings form without a violation', async () => {
    const reseller = createMemoryClient(demo, { principal: principalId('reseller@acme.example') });
    const el = await fixture(
      html`<tk-provider .client=${reseller} locale="hu" theme="dark">
        <tk-help-settings></tk-help-settings>
        <tk-help-popup placement="inline"></tk-help-popup>
      </tk-provider>`,
    );
    const popup = el.querySelector('tk-help-popup')!;
    const form = el.querySelector('tk-help-settings')!;
    await waitUntil(
      () => form.shadowRoot!.querySelector('form') && !popup.matches(':state(loading)'),
      'help shown',
    );
    popup.shadowRoot!.querySelector<HTMLButtonElement>('[part~=trigger]')!.click();
    await waitUntil(
      () => popup.shadowRoot!.querySelector('#panel:popover-open [part~=contact]'),
      'popup open',
    );
    form.shadowRoot!.querySelector<HTMLButtonElement>('[role=tab][data-lang=de]')!.click();
    const hex = form.shadowRoot!.querySelector<HTMLInputElement>('#hs-accent-hex')!;
    hex.value = '#0f766e';
    hex.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(popup.style.getPropertyValue('--_accent')).to.equal('#c2410c');
    expect(violations).to.deep.equal([]);
  });
});
