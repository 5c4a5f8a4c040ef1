import { expect, waitUntil } from '@open-wc/testing';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { CONFLICT_CASES } from './conflicts-cases.js';
import { $ } from './drivers/elements.js';
import { watchUncaught } from './drivers/uncaught.js';

/**
 * Issue 20, two people edit the same record (memory client, which applies the server's versions):
 * the other person saves first; this person's save on the version they loaded gets the 412 flow.
 * Until they reload, the stored record keeps the other change and not theirs (nothing silently
 * overwritten); what they typed stays in the form through the notice and the reload ("load latest
 * version"); saving
 * again then stores both.
 */
const uncaught = watchUncaught();
afterEach(() => uncaught.expectNone());

describe('two people edit the same record', function () {
  this.timeout(10_000);

  for (const c of CONFLICT_CASES) {
    it(`${c.entity} in <${c.driver.tag}>: the second save gets the 412 flow`, async () => {
      const client = createMemoryClient(createDemoData(), { principal: c.driver.principal });
      const el = await c.driver.mount(client, 'en');
      try {
        await waitUntil(() => c.driver.read.ready(el), 'not loaded', { timeout: 4000 });
        const id = await c.open(el);
        await c.theirs(client, id);
        await c.typeMine(el);
        const typed = c.mine(el);
        c.submit(el);
        await waitUntil(() => $(el, '[part~=stale]'), 'no 412 notice', { timeout: 4000 });
        expect($(el, '[part~=stale]')!.textContent).to.contain('Someone else changed this');
        expect(await c.stored(client, id), 'the other change stays, this one is not written').to.deep.equal({
          theirs: true,
          mine: false,
        });
        expect(c.mine(el), 'what was typed, through the notice').to.deep.equal(typed);
        $<HTMLButtonElement>(el, '[part~=stale] button')!.click();
        await waitUntil(() => !$(el, '[part~=stale]'), 'did not reload', { timeout: 4000 });
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(c.mine(el), 'what was typed, through the reload').to.deep.equal(typed);
        c.submit(el);
        await waitUntil(async () => (await c.stored(client, id)).mine, 'the second save did not land', {
          timeout: 4000,
        });
        expect(await c.stored(client, id), 'both changes').to.deep.equal({ theirs: true, mine: true });
      } finally {
        el.remove();
      }
    });
  }
});
