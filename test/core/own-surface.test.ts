import { expect, fixture } from '@open-wc/testing';
import '../../src/define/all.js';

/** The elements that draw a panel of their own (the help popup is a launcher, the provider draws nothing). */
const PANELS = [
  'tk-access-rights-table',
  'tk-help-settings',
  'tk-import',
  'tk-resource-list',
  'tk-sub-account-form',
  'tk-sub-account-list',
  'tk-user-manager',
];

describe('every panel paints its own surface', () => {
  for (const tag of PANELS)
    it(`${tag}: a forced dark theme stays dark on a light page`, async () => {
      const el = await fixture<HTMLElement>(`<${tag} theme="dark"></${tag}>`);
      // #17191e, the dark surface token; a transparent host would show the light page behind its dark text.
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 25, 30)');
    });
});
