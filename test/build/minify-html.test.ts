import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { TkHelpPopup } from '../../src/components/help-popup/help-popup.js';
import { TkHelpSettings } from '../../src/components/help-settings/help-settings.js';
import { TkImport } from '../../src/components/import/import.js';
import { TkResourceList } from '../../src/components/resource-list/resource-list.js';
import { TkScopeBanner } from '../../src/components/scope-banner/scope-banner.js';
import { TkSubAccountForm } from '../../src/components/sub-account-form/sub-account-form.js';
import { TkSubAccountList } from '../../src/components/sub-account-list/sub-account-list.js';
import { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { collapseTemplateWhitespace } from '../../scripts/minify-html.mjs';

/** Built by `npm run build`, its html`` templates collapsed (rollup.config.mjs); a variable, so that the type checker does not look for the module. */
const ONE_FILE = '/dist/tenantkit.min.js';

/** The written elements, beside the built ones (tk-*) under tags of their own. */
const WRITTEN: Record<string, CustomElementConstructor> = {
  'user-manager': TkUserManager,
  'access-rights-table': TkAccessRightsTable,
  'resource-list': TkResourceList,
  'help-popup': TkHelpPopup,
  'help-settings': TkHelpSettings,
  import: TkImport,
  'sub-account-form': TkSubAccountForm,
  'sub-account-list': TkSubAccountList,
  'scope-banner': TkScopeBanner,
};

/** One element in a box of its own, 900 px wide, with a fresh client over the demo data. */
function place(tag: string): LitElement {
  const box = document.createElement('div');
  box.className = 'box';
  const el = document.createElement(tag) as LitElement & { client?: unknown };
  el.client = createMemoryClient(createDemoData(), { principal: 'usr_acme_admin' });
  el.setAttribute('locale', 'en');
  box.append(el);
  document.body.append(box);
  return el;
}

/**
 * The text the element shows, as laid out: innerText keeps only the whitespace a reader sees, but
 * gives a part that is not rendered (a closed dialog) as written, so those are left out.
 */
const shown = (el: LitElement) =>
  [...(el.shadowRoot?.children ?? [])]
    .filter((child) => child.checkVisibility())
    .map((child) => (child as HTMLElement).innerText)
    .join('\n');

describe('collapsed html`` templates (npm and browser builds)', () => {
  before(async () => {
    await import(ONE_FILE);
    for (const [name, element] of Object.entries(WRITTEN)) customElements.define(`written-${name}`, element);
    const style = new CSSStyleSheet();
    style.replaceSync('.box { inline-size: 900px; }');
    document.adoptedStyleSheets = [style];
  });

  it('turn each line break with its indentation into one space, and leave the rest', () => {
    expect(collapseTemplateWhitespace('<div>\n    <b>a</b>\n  ${')).to.equal('<div> <b>a</b> ${');
    expect(collapseTemplateWhitespace('<p\n  class="x"\n>one  two</p>')).to.equal(
      '<p class="x" >one  two</p>',
    );
    expect(collapseTemplateWhitespace('<span>a</span> <span>b</span>')).to.equal(
      '<span>a</span> <span>b</span>',
    );
  });

  for (const name of Object.keys(WRITTEN))
    it(`show <tk-${name}> as written: the same text, the same size`, async () => {
      const built = place(`tk-${name}`);
      const written = place(`written-${name}`);
      await waitUntil(() => shown(built).trim() !== '' && shown(built) === shown(written), undefined, {
        timeout: 4000,
      }).catch(() => expect(shown(built)).to.equal(shown(written)));
      const [a, b] = [built, written].map((el) => el.getBoundingClientRect());
      expect([a!.width, a!.height]).to.deep.equal([b!.width, b!.height]);
      built.parentElement!.remove();
      written.parentElement!.remove();
    });
});
