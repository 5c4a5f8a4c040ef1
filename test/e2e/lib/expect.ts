import type { Locator } from 'playwright-core';

const TIMEOUT = 10_000;

/** Polls `check` until it holds or the time is up; then fails with `describe()`. */
async function until(check: () => Promise<boolean>, describe: () => Promise<string>): Promise<void> {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(await describe());
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until one of `locator`'s matches is shown (hidden ones, e.g. in a closed dialog, do not count). */
export const visible = (locator: Locator) =>
  locator.filter({ visible: true }).first().waitFor({ state: 'visible', timeout: TIMEOUT });

/** Fails unless `locator` matches nothing shown (checked once the page settled: call after a visible()). */
export async function absent(locator: Locator, what: string): Promise<void> {
  const shown = await locator.evaluateAll(
    (els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length,
  );
  if (shown) throw new Error(`${what}: expected none, found ${shown}`);
}

/** Waits until `locator`'s text (trimmed) is `text` or matches it. */
export const hasText = (locator: Locator, text: string | RegExp) =>
  until(
    async () => {
      const actual = (await locator.first().innerText()).trim();
      return typeof text === 'string' ? actual === text : text.test(actual);
    },
    async () =>
      `expected ${String(text)}, found "${await locator
        .first()
        .innerText()
        .catch(() => '(nothing)')}"`,
  );

/** Waits until `locator` matches `n` elements. */
export const hasCount = (locator: Locator, n: number) =>
  until(
    async () => (await locator.count()) === n,
    async () => `expected ${n} elements, found ${await locator.count()}`,
  );

/** Waits until the form control has the value. */
export const hasValue = (locator: Locator, value: string) =>
  until(
    async () => (await locator.inputValue()) === value,
    async () => `expected the value "${value}", found "${await locator.inputValue().catch(() => '?')}"`,
  );

/** Waits until `locator`'s text (trimmed) is no longer `before`: a list took a new filter. */
export const changedFrom = (locator: Locator, before: string) =>
  until(
    async () => (await locator.first().innerText()).trim() !== before,
    async () => `expected the text to change from "${before}"`,
  );
