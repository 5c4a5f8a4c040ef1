import { expect } from '@open-wc/testing';

/** Records every uncaught error and unhandled rejection of the page, for `expectNone()` after each test. */
export function watchUncaught() {
  const seen: string[] = [];
  window.addEventListener('error', (e) => seen.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${String(e.reason)}`));
  return {
    seen,
    expectNone() {
      const found = seen.splice(0);
      expect(found, 'nothing uncaught').to.deep.equal([]);
    },
  };
}
