import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { isGermanMessage } from './drivers/catalog.js';
import { $, DRIVERS, type } from './drivers/elements.js';
import { faultyRest } from './drivers/faulty-rest.js';
import { FAULT_CASES, SLOW_MS } from './faults-cases.js';
import { watchUncaught } from './drivers/uncaught.js';

/**
 * Issue 20, faults × elements: every case of FAULT_CASES against every element's main read, and
 * against every element's write, through createRestClient's `fetch` option over a memory backend.
 * Reads: a localized message, a retry where retrying can help, and the list back after it.
 * Writes: the request is never silently repeated (POST and PATCH go out once; only a 401 is resent,
 * with the refreshed token), a message, and everything typed is still there.
 */

const timeoutFor = (name: string) => (name.startsWith('slow') ? SLOW_MS * 2 : 300);

/** The matrix for the elements `tags` (one file per group keeps each browser page short). */
export function faultMatrix(tags: string[]): void {
  const uncaught = watchUncaught();
  afterEach(() => uncaught.expectNone());
  for (const driver of DRIVERS.filter((d) => tags.includes(d.tag))) {
    describe(`${driver.tag} under faults`, function () {
      this.timeout(15_000);

      for (const c of FAULT_CASES) {
        it(`reads: ${c.name}`, async () => {
          const rest = faultyRest({ principal: driver.principal, timeout: timeoutFor(c.name) });
          rest.inject(driver.read.target, c.answer);
          const el = await driver.mount(rest.client, 'de');
          const { ready, search } = driver.read;
          const errorAt = driver.read.error ?? '[part~=error]';
          if (c.outcome === 'ok') {
            if (c.name.startsWith('slow') && search) {
              await waitUntil(() => $(el, search.selector), 'no search field while loading');
              await aTimeout(100);
              type(el, search.selector, search.term);
            }
            await waitUntil(() => ready(el), 'not shown', { timeout: SLOW_MS * 3 });
            if (c.name.startsWith('401')) {
              expect(rest.state.tokenReads, 'getToken() asked again').to.be.greaterThan(1);
              const refreshed = rest.sent.filter((s) => s.authorization === 'Bearer refreshed');
              expect(refreshed.some((s) => s.answeredBy === 'backend')).to.equal(true);
            }
            if (c.name.startsWith('slow') && search) {
              await waitUntil(
                () =>
                  rest.sent.some(
                    (s) =>
                      driver.read.target.path.test(s.path) &&
                      s.search.includes(encodeURIComponent(search.term)),
                  ),
                'the search was not sent',
              );
              await waitUntil(
                () => ready(el) && el.shadowRoot!.textContent!.includes(search.shows),
                'no match shown',
                {
                  timeout: SLOW_MS * 3,
                },
              );
              expect($<HTMLInputElement>(el, search.selector)!.value, 'what was typed').to.equal(search.term);
            }
            expect(!!$(el, errorAt), 'no error left').to.equal(false);
            return;
          }
          await waitUntil(() => $(el, errorAt), 'no error state', { timeout: 4000 });
          const text = $(el, errorAt)!.textContent!.replace(/\s+/g, ' ');
          expect(isGermanMessage(text), `a German sentence, not a raw error: "${text}"`).to.equal(true);
          const retry = $<HTMLButtonElement>(el, driver.read.retry ?? '[part~=retry]');
          if (c.outcome === 'final') {
            expect(!!retry, 'no retry where retrying cannot help').to.equal(false);
            return;
          }
          expect(!!retry, 'a retry').to.equal(true);
          rest.heal();
          retry!.click();
          await waitUntil(() => ready(el), 'not shown after the retry', { timeout: 4000 });
          expect(!!$(el, errorAt)).to.equal(false);
        });
      }

      const write = driver.write;
      if (!write) return;
      for (const c of FAULT_CASES) {
        it(`${write.what}: ${c.name}`, async () => {
          const rest = faultyRest({ principal: driver.principal, timeout: timeoutFor(c.name) });
          const el = await driver.mount(rest.client, 'en');
          await waitUntil(() => driver.read.ready(el), 'not loaded', { timeout: 4000 });
          await write.fill(el);
          const typed = write.values(el);
          rest.inject(write.target, c.answer);
          write.submit(el);
          if (c.outcome === 'ok') {
            if (c.name.startsWith('slow') && write.typeOn) {
              await aTimeout(SLOW_MS / 4);
              type(el, write.typeOn.selector, write.typeOn.text);
            }
            await waitUntil(() => write.succeeded(el), 'did not succeed', { timeout: SLOW_MS * 3 });
            if (write.typeOn && c.name.startsWith('slow'))
              expect($<HTMLInputElement>(el, write.typeOn.selector)!.value, 'typed while saving').to.equal(
                write.typeOn.text,
              );
          } else {
            await waitUntil(() => write.message(el)?.textContent?.trim(), 'no message', { timeout: 4000 });
            const message = write.message(el)!.textContent!;
            expect(message, 'a sentence for people').not.to.match(/(POST|PUT|PATCH) \/|Upstream said/);
            expect(write.values(el), 'everything typed is still there').to.deep.equal(typed);
          }
          // Long enough for any automatic repeat to have happened.
          await aTimeout(100);
          const { sent, reached } = rest.count(write.target);
          const method = write.target.method;
          const resent = c.name.startsWith('401') ? 1 : 0;
          if (method === 'PUT')
            expect(sent, 'a PUT may be repeated once (idempotent)').to.be.within(1, 2 + resent);
          else expect(sent, `the ${method} is not repeated`).to.equal(1 + resent);
          expect(reached, 'the backend acted at most once').to.equal(
            c.outcome === 'ok' || c.backendActs ? 1 : 0,
          );
        });
      }
    });
  }
}
