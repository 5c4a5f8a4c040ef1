import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { createRestClient } from '../../src/api/rest.js';
import '../../src/define/access-rights-table.js';
import '../../src/define/resource-list.js';
import '../../src/define/sub-account-list.js';
import '../../src/define/user-manager.js';

/**
 * Issue 20: one row the schema rejects never takes a list down. It is reported as unreadable
 * (by id), and every other row is still shown: through the memory client and the REST client.
 */
type Spoil = (data: DemoData) => string;
interface Case {
  tag: string;
  account: string;
  principal: string;
  /** Makes one row unreadable and returns its id. */
  spoil: Spoil;
  /** A text of a row that must still be shown. */
  stillShown: string;
}

const CASES: Case[] = [
  {
    tag: 'tk-user-manager',
    account: 'acc_northwind',
    principal: 'usr_nw_admin',
    spoil: (d) => {
      const u = d.users.find((x) => x.id === 'usr_nw_user')!;
      (u as { email: string }).email = 'not an address';
      return u.id;
    },
    stillShown: 'Nora',
  },
  {
    tag: 'tk-access-rights-table',
    account: 'acc_northwind',
    principal: 'usr_nw_admin',
    spoil: (d) => {
      // What PGlite made of a product id that was only U+FEFF: "" (the client's schema rejects it).
      const r = d.accessRights.find(
        (x) => x.accountId === 'acc_northwind' && x.status === 'active' && x.endsAt === null,
      )!;
      r.productId = '';
      return r.id;
    },
    stillShown: '',
  },
  {
    tag: 'tk-sub-account-list',
    account: 'acc_acme',
    principal: 'usr_acme_admin',
    spoil: (d) => {
      const a = d.accounts.find((x) => x.id === 'acc_contoso')!;
      (a as { country: string }).country = 'Germany';
      return a.id;
    },
    stillShown: 'Northwind',
  },
  {
    tag: 'tk-resource-list',
    account: 'acc_northwind',
    principal: 'usr_nw_admin',
    spoil: (d) => {
      const r = d.resources!.find((x) => x.id === 'res_dom_nw1')!;
      (r as { identifier: string }).identifier = '';
      return r.id;
    },
    stillShown: '',
  },
];

async function mount(tag: string, client: ProvisioningClient, account: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement(tag) as HTMLElement & { client: ProvisioningClient };
  element.client = client;
  element.setAttribute('account-id', account);
  element.setAttribute('locale', 'en');
  el.append(element);
  return element;
}

/** A REST client whose fetch answers from a memory client that hands out the spoiled rows unparsed. */
function restOver(data: DemoData, principal: string): ProvisioningClient {
  const memory = createMemoryClient(data, { principal });
  const spoiledById = new Map<string, unknown>();
  for (const row of [...data.users, ...data.accessRights, ...data.accounts, ...(data.resources ?? [])])
    spoiledById.set(row.id, row);
  return createRestClient({
    baseUrl: 'https://api.test',
    fetch: async (input) => {
      const request = input instanceof Request ? input : new Request(input);
      const url = new URL(request.url);
      const [, kind, id, list] = url.pathname.split('/');
      const query = Object.fromEntries(url.searchParams);
      for (const n of ['offset', 'limit'])
        if (query[n]) (query as Record<string, unknown>)[n] = Number(query[n]);
      const call = async (): Promise<unknown> => {
        if (url.pathname === '/me') return memory.me();
        if (url.pathname === '/product-types') return { items: await memory.listProductTypes() };
        if (url.pathname === '/permissions') return { items: await memory.listPermissions() };
        if (url.pathname === '/products') return { items: await memory.listProducts() };
        if (kind !== 'accounts' || !id) throw new Error(`unexpected ${url.pathname}`);
        if (!list) return memory.getAccount(id);
        const page = await (
          {
            users: () => memory.listUsers(id, query),
            'access-rights': () => memory.listAccessRights(id, query),
            children: () => memory.listChildAccounts(id, query),
            resources: () => memory.listResources(id, query),
          } as Record<
            string,
            () => Promise<{
              items: { id: string }[];
              total: number;
              unreadable?: { index: number; id?: string }[];
            }>
          >
        )[list]!();
        // Serve the rows as stored: the bad one goes back where the memory client left it out.
        const items: unknown[] = [...page.items];
        for (const bad of page.unreadable ?? []) items.splice(bad.index, 0, spoiledById.get(bad.id!));
        return { items, total: page.total };
      };
      try {
        return Response.json(await call());
      } catch (error) {
        return Response.json({ title: String(error), status: 404 }, { status: 404 });
      }
    },
  });
}

for (const c of CASES) {
  for (const via of ['memory', 'rest'] as const) {
    it(`${c.tag} via the ${via} client: the bad row is listed as unreadable, the others stay`, async () => {
      const data = createDemoData();
      const badId = c.spoil(data);
      const client =
        via === 'memory' ? createMemoryClient(data, { principal: c.principal }) : restOver(data, c.principal);
      const el = await mount(c.tag, client, c.account);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~=unreadable-rows]'), 'no unreadable-rows notice', {
        timeout: 5000,
      });
      const notice = root.querySelector('[part~=unreadable-rows]')!;
      expect(notice.textContent).to.contain(badId);
      expect(notice.textContent).to.contain('1 row could not be read');
      expect(root.querySelector('[part~=error]'), 'no error panel instead of the list').to.equal(null);
      if (c.stillShown) expect(root.textContent).to.contain(c.stillShown);
      await expect(el).to.be.accessible();
    });
  }
}
