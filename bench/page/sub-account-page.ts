import { createRestClient } from '../../src/api/index.js';
import '../../src/define/provider.js';
import '../../src/define/sub-account-list.js';

/**
 * The page of `npm run bench`'s sub-account search: <tk-sub-account-list> on the signed-in reseller
 * (Scale Telecom, 7,000 accounts) against the reference server that serves this page.
 * `accountBench.type(query)` types a query key by key and answers the ms from its last keystroke
 * to the first frame painted after the tree for it.
 */
const params = new URL(location.href).searchParams;
const token = params.get('token')!;
/** Query strings (`q`) of the list answers received, in order. */
const answered: string[] = [];
const client = createRestClient({
  baseUrl: `${location.origin}/api`,
  getToken: () => token,
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/children')) answered.push(url.searchParams.get('q') ?? '');
    return response;
  },
});

const provider = document.createElement('tk-provider');
provider.client = client;
provider.setAttribute('locale', 'en');
const list = document.createElement('tk-sub-account-list');
provider.append(list);
document.body.append(provider);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const root = () => list.shadowRoot!;

/** Resolves at the first frame on which the tree for `q` is on screen and nothing is pending. */
async function painted(q: string): Promise<number> {
  for (;;) {
    await frame();
    const idle = root().querySelector('table[aria-busy="false"], [part~="empty"]');
    if (idle && answered.at(-1) === q) {
      // The frame after the one that rendered the rows: by then they have been painted.
      await frame();
      return performance.now();
    }
  }
}

declare global {
  interface Window {
    accountBench: { ready(): Promise<void>; type(query: string, gapMs: number): Promise<number> };
  }
}

window.accountBench = {
  ready: async () => {
    while (!root()?.querySelector('table[aria-busy="false"]')) await sleep(20);
  },
  type: async (query, gapMs) => {
    const input = root().querySelector<HTMLInputElement>('#search')!;
    if (input.value) {
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await painted('');
    }
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
