import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { ProvisioningClient } from '../../../src/api/client.js';
import { $, DRIVERS } from '../drivers/elements.js';
import { faultyRest } from '../drivers/faulty-rest.js';
import { watchUncaught } from '../drivers/uncaught.js';
import { mutate, mutation, type Mutation } from './mutations.js';

/**
 * Issue 20, property-based: fast-check breaks each element's main read in random ways (mutations.ts).
 * Whatever arrives, the element settles in its content, its error state or (rows spoiled among good
 * ones) the unreadable-rows notice naming those rows alone; nothing is thrown uncaught; and once the
 * API answers well again it recovers, through its retry button where it offers one, otherwise
 * when the host hands it a client again. Bounded and seeded: the seed is in every failure message.
 */
const SEED = 20_201_020;
const RUNS = 20;
/** The elements whose lists read row by row (`readablePageOf`). */
const ROW_BY_ROW = ['tk-user-manager', 'tk-access-rights-table', 'tk-sub-account-list', 'tk-resource-list'];

const uncaught = watchUncaught();

for (const driver of DRIVERS) {
  it(`${driver.tag}: broken responses to its read (${RUNS} runs, seed ${SEED})`, async function () {
    this.timeout(60_000);
    const el = (await driver.mount(
      faultyRest({ principal: driver.principal }).client,
      'en',
    )) as HTMLElement & {
      client: ProvisioningClient;
    };
    const { ready, target } = driver.read;
    const errorAt = driver.read.error ?? '[part~=error]';
    await waitUntil(() => ready(el), 'not loaded', { timeout: 4000 });

    const run = async (m: Mutation) => {
      const rest = faultyRest({ principal: driver.principal });
      let spoiled: string[] | undefined;
      rest.inject(target, async (_request, pass) => {
        const real = await pass();
        const result = mutate(await real.json(), m);
        spoiled = result.spoiled;
        return Response.json(result.body, {
          status: real.status,
          headers: { ETag: real.headers.get('ETag') ?? '' },
        });
      });
      el.client = rest.client;
      await waitUntil(() => spoiled !== undefined, 'the read was not sent', { timeout: 4000 });
      const settled = () =>
        $(el, `${errorAt}, [part~=unreadable-rows], [part~=empty]`) ||
        (ready(el) && !$(el, '[part~=loading]'));
      await aTimeout(20);
      await waitUntil(settled, `did not settle after ${JSON.stringify(m).slice(0, 200)}`, { timeout: 4000 });
      if (m.kind === 'bad-rows' && spoiled!.length && ROW_BY_ROW.includes(driver.tag)) {
        await waitUntil(() => $(el, '[part~=unreadable-rows]'), 'no unreadable-rows notice', {
          timeout: 4000,
        });
        const notice = $(el, '[part~=unreadable-rows]')!.textContent!;
        for (const id of spoiled!) expect(notice, 'names the spoiled row').to.contain(id);
        expect(!!$(el, errorAt), 'a bad row takes only itself down').to.equal(false);
      }
      expect(!!$(el, 'script, iframe, img[onerror]'), 'nothing from the response became markup').to.equal(
        false,
      );
      uncaught.expectNone();
      // The API answers well again.
      rest.heal();
      const retry = $<HTMLButtonElement>(el, driver.read.retry ?? '[part~=retry]');
      if (retry) retry.click();
      else el.client = faultyRest({ principal: driver.principal }).client;
      await waitUntil(() => ready(el) && !$(el, `${errorAt}, [part~=unreadable-rows]`), 'did not recover', {
        timeout: 4000,
      });
    };
    await fc.assert(fc.asyncProperty(mutation, run), {
      numRuns: RUNS,
      seed: SEED,
      endOnFailure: true,
      includeErrorInReport: true,
    });
    el.remove();
  });
}
