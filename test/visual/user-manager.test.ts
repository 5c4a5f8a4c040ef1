import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { loadCatalog } from '../../src/locales/index.js';
import {
  $,
  UWE,
  button,
  demoClient,
  menuAction,
  row,
  settled,
  userDialogOpen,
} from '../user-manager/helpers.js';
import { THEMES, desktop, freezeClock, keepStill, matchesBaseline, pageTheme, type Theme } from './visual.js';

freezeClock();

async function show(theme: Theme, client = demoClient().client, wait = true): Promise<TkUserManager> {
  pageTheme(theme);
  const el = await fixture<TkUserManager>(
    html`<tk-user-manager .client=${client} locale="de" theme=${theme} page-size="10"></tk-user-manager>`,
  );
  keepStill(el);
  if (wait) await settled(el);
  return el;
}

const dialogOf = (el: TkUserManager, id: string) => $<HTMLDialogElement>(el, `#${id}`);

describe('<tk-user-manager> looks (screenshots, de)', () => {
  before(() => loadCatalog('de'));
  beforeEach(desktop);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of THEMES) {
    describe(theme, () => {
      it('list', async () => {
        const el = await show(theme);
        await matchesBaseline(el, `users-list-${theme}`);
      });

      it('loading', async () => {
        const el = await show(theme, demoClient({ latency: 60_000 }).client, false);
        await waitUntil(() => $(el, '[part~=loading]'));
        await matchesBaseline(el, `users-loading-${theme}`);
      });

      it('empty', async () => {
        const data = createDemoData();
        data.users = data.users.filter((u) => u.accountId !== 'acc_northwind_berlin');
        pageTheme(theme);
        const el = await fixture<TkUserManager>(
          html`<tk-user-manager
            .client=${demoClient({ data }).client}
            locale="de"
            theme=${theme}
            account-id="acc_northwind_berlin"
          ></tk-user-manager>`,
        );
        keepStill(el);
        await settled(el);
        await matchesBaseline(el, `users-empty-${theme}`);
      });

      it('error with retry', async () => {
        const el = await show(
          theme,
          demoClient({
            fail: (op) =>
              op === 'listUsers' ? new ProvisioningError('network', 'offline', { status: 0 }) : undefined,
          }).client,
        );
        await matchesBaseline(el, `users-error-${theme}`);
      });

      it('read-only', async () => {
        const el = await show(theme, demoClient({ principal: UWE }).client);
        await matchesBaseline(el, `users-read-only-${theme}`);
      });

      it('success banner and row menu', async () => {
        const el = await show(theme);
        await menuAction(el, 'Anna Kiss', 'Deaktivieren');
        await waitUntil(() => $(el, '[part~=banner]'));
        await settled(el);
        const r = row(el, 'Anna Kiss');
        r.querySelector<HTMLElement>('[part~=row-menu]')!.click();
        await waitUntil(() => r.querySelector('[role=menu]')!.matches(':popover-open'));
        await matchesBaseline(el, `users-banner-menu-${theme}`);
        (r.querySelector('[role=menu]') as HTMLElement).hidePopover();
      });

      it('create dialog with errors', async () => {
        const el = await show(theme);
        button(el, 'Neuer Benutzer').click();
        // The form's code loads on the first click.
        await waitUntil(() => userDialogOpen(el));
        await waitUntil(() => el.shadowRoot!.querySelector('input[name=permission]'));
        button($(el, 'form'), 'Anlegen und einladen').click();
        await waitUntil(() => $(el, '[part~=summary]'));
        (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
        await matchesBaseline(dialogOf(el, 'user-dialog'), `users-create-errors-${theme}`);
        dialogOf(el, 'user-dialog').close();
      });

      it('delete confirmation', async () => {
        const el = await show(theme);
        await menuAction(el, 'Anna Kiss', 'Löschen');
        await waitUntil(() => dialogOf(el, 'confirm-dialog').open);
        await matchesBaseline(dialogOf(el, 'confirm-dialog'), `users-confirm-delete-${theme}`);
        dialogOf(el, 'confirm-dialog').close();
      });

      it('cards on a phone', async () => {
        await setViewport({ width: 390, height: 800 });
        const el = await show(theme);
        await matchesBaseline(el, `users-phone-${theme}`);
      });
    });
  }
});
