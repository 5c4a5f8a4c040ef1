import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { loadCatalog } from '../../src/locales/index.js';
import { ACCOUNT, ALL, BY_ID, USER, memoryClient } from '../access-rights-table/helpers.js';
import { THEMES, desktop, freezeClock, keepStill, matchesBaseline, pageTheme, type Theme } from './visual.js';

freezeClock();

async function show(
  theme: Theme,
  options: { client?: ReturnType<typeof memoryClient>; q?: string; view?: 'table' | 'timeline' } = {},
): Promise<TkAccessRightsTable> {
  pageTheme(theme);
  const el = await fixture<TkAccessRightsTable>(
    html`<tk-access-rights-table
      account-id=${ACCOUNT}
      locale="de"
      theme=${theme}
      view=${options.view ?? 'table'}
      .client=${options.client ?? memoryClient()}
      .filter=${{ ...ALL, q: options.q ?? '' }}
      .sort=${BY_ID}
    ></tk-access-rights-table>`,
  );
  keepStill(el);
  await el.whenReady().catch(() => undefined);
  await el.updateComplete;
  return el;
}

describe('<tk-access-rights-table> looks (screenshots, de)', () => {
  before(() => loadCatalog('de'));
  beforeEach(desktop);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const theme of THEMES) {
    describe(theme, () => {
      it('table', async () => {
        await matchesBaseline(await show(theme), `rights-table-${theme}`);
      });

      it('timeline', async () => {
        await matchesBaseline(await show(theme, { view: 'timeline' }), `rights-timeline-${theme}`);
      });

      it('no match', async () => {
        await matchesBaseline(await show(theme, { q: 'zzz-nothing' }), `rights-empty-${theme}`);
      });

      it('error', async () => {
        const client = memoryClient({
          fail: (op) =>
            op === 'listAccessRights' ? new ProvisioningError('server', 'down', { status: 500 }) : undefined,
        });
        const el = await show(theme, { client });
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=error]'));
        await matchesBaseline(el, `rights-error-${theme}`);
      });

      it('read-only', async () => {
        await matchesBaseline(
          await show(theme, { client: memoryClient({ principal: USER }) }),
          `rights-read-only-${theme}`,
        );
      });

      it('create dialog', async () => {
        const el = await show(theme);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=create]')!.click();
        const dialog = () => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~=dialog]')!;
        // The dialog's code loads on the first click.
        await waitUntil(() => dialog()?.open);
        await el.updateComplete;
        (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
        await matchesBaseline(dialog(), `rights-create-dialog-${theme}`);
        dialog().close();
      });
    });
  }
});
