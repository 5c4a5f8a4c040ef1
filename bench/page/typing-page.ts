import { createRestClient } from '../../src/api/index.js';
import '../../src/define/provider.js';
import '../../src/define/resource-list.js';
import '../../src/define/sub-account-list.js';
import '../../src/define/user-manager.js';

/**
 * The page of `npm run bench`'s typing runs: one list element (`?element=`) against the reference
 * server that serves this page. `typingBench.type(query)` types a query key by key and answers the
 * ms from its last keystroke to the first frame painted after the list for it.
 */
const LISTS = {
  // element: the request path its search sends, its search field, its list once nothing is pending
  'tk-user-manager': { path: '/users', search: '[part=search]', idle: 'table[aria-busy="false"]' },
  'tk-sub-account-list': { path: '/children', search: '#search', idle: 'table[aria-busy="false"]' },
  'tk-resource-list': { path: '/resources', search: '#q', idle: '[part=table][aria-busy="false"]' },
} as const;

const params = new URL(location.href).searchParams;
const tag = params.get('element') as keyof typeof LISTS;
const { path, search, idle: idleList } = LISTS[tag];
const token = params.get('token')!;
/** Query strings (`q`) of the list answers received, in order. */
const answered: string[] = [];
const client = createRestClient({
  baseUrl: `${location.origin}/api`,
  getToken: () => token,
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith(path)) answered.push(url.searchParams.get('q') ?? '');
    return response;
  },
});

const provider = document.createElement('tk-provider');
provider.client = client;
provider.setAttribute('locale', 'en');
const list = document.createElement(tag);
const account = params.get('account');
if (account) list.setAttribute('account-id', account);
provider.append(list);
document.body.append(provider);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const root = () => list.shadowRoot!;

/** Resolves at the first frame on which the list for `q` is on screen and nothing is pending. */
async function painted(q: string): Promise<number> {
  for (;;) {
    await frame();
    const idle = root().querySelector(`${idleList}, [part~="empty"]`);
    if (idle && answered.at(-1) === q) {
      // The frame after the one that rendered the rows: by then they have been painted.
      await frame();
      return performance.now();
    }
  }
}

declare global {
  interface Window {
    typingBench: { ready(): Promise<void>; type(query: string, gapMs: number): Promise<number> };
  }
}

window.typingBench = {
  ready: async () => {
    while (!root()?.querySelector(idleList)) await sleep(20);
  },
  type: async (query, gapMs) => {
    const input = root().querySelector<HTMLInputElement>(search)!;
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
