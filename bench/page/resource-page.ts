import { createMemoryClient } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import type { TkResourceList } from '../../src/components/resource-list/resource-list.js';
import { SEARCH_PAUSE_MS } from '../../src/core/search-pause.js';
import '../../src/define/resource-list.js';

/** The resource list over the bulk demo data (50,000 SIMs of Bulk GmbH), for bench/resource-list.bench.ts. */
const paint = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
const client = createMemoryClient(createDemoData({ bulk: true }), { principal: 'usr_acme_admin' });
const el = document.createElement('tk-resource-list') as TkResourceList;
el.client = client;
el.locale = 'en';
el.accountId = 'acc_acme';
el.kind = 'sim';
document.body.append(el);

const input = () => el.shadowRoot!.querySelector<HTMLInputElement>('#account-name')!;
const count = () => el.shadowRoot!.querySelector('.count')?.textContent ?? '';

async function settled(): Promise<void> {
  await el.whenReady();
  await paint();
}

(window as unknown as { bench: unknown }).bench = {
  ready: () => settled(),
  /** A keystroke in "account name" until the filtered list is painted (the typing pause included). */
  async filter(text: string): Promise<{ ms: number; count: string }> {
    const start = performance.now();
    input().value = text;
    input().dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, SEARCH_PAUSE_MS + 10));
    await settled();
    return { ms: performance.now() - start, count: count() };
  },
};
