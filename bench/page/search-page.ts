import { createRestClient } from '../../src/api/index.js';
import '../../src/define/provider.js';
import '../../src/define/user-manager.js';

/**
 * The page of `npm run bench`'s search run: <tk-user-manager> on Bulk GmbH (10,000 users) against
 * the reference server that serves this page. `searchBench.type(query)` types a query key by key
 * and answers the ms from its last keystroke to the first frame painted after the list for it.
 */
const params = new URL(location.href).searchParams;
const token = params.get('token')!;
/** Query strings (`q`) of the answers received, in order. */
const answered: string[] = [];
const client = createRestClient({
  baseUrl: `${location.origin}/api`,
  getToken: () => token,
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/users')) answered.push(url.searchParams.get('q') ?? '');
    return response;
  },
});

const provider = document.createElement('tk-provider');
provider.client = client;
provider.setAttribute('locale', 'en');
const manager = document.createElement('tk-user-manager');
manager.setAttribute('account-id', params.get('account')!);
provider.append(manager);
document.body.append(provider);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const root = () => manager.shadowRoot!;

/** Resolves at the first frame on which the list for `q` is on screen and nothing is pending. */
async function painted(q: string): Promise<number> {
  for (;;) {
    await frame();
    const idle = root().querySelector('table[aria-busy="false"], [part~="empty"]');
    if (idle && answered.at(-1) === q) {
      // The frame after the one that rendered the list: by then it has been painted.
      await frame();
      return performance.now();
    }
  }
}

declare global {
  interface Window {
    searchBench: { ready(): Promise<void>; type(query: string, gapMs: number): Promise<number> };
  }
}

window.searchBench = {
  ready: async () => {
    while (!root()?.querySelector('table[aria-busy="false"]')) await sleep(20);
  },
  type: async (query, gapMs) => {
    const input = root().querySelector<HTMLInputElement>('[part=search]')!;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await painted('');
    let last = 0;
    for (const ch of query) {
      await sleep(gapMs);
      input.value += ch;
      last = performance.now();
      input.dispatchEvent(new Event('input'));
    }
    return (await painted(query)) - last;
  },
};
