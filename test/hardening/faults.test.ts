import { expect, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { createRestClient } from '../../src/api/rest.js';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { $, $$, button, mount, userDialogOpen } from '../user-manager/helpers.js';

/**
 * Issue 20, faults through the client's `fetch` option: the user manager's create fails in every
 * way a network and a server can fail. The POST is sent once (never repeated silently), a
 * message is shown, and what the user typed is still there.
 */
type Fault = () => Promise<Response>;
const problem =
  (status: number, headers: Record<string, string> = {}) =>
  async () =>
    Response.json(
      { type: 'about:blank', title: 'Failed', status },
      { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
    );

const FAULTS: Record<string, Fault> = {
  'connection reset': async () => {
    throw new TypeError('Failed to fetch');
  },
  timeout: () => new Promise<Response>(() => {}),
  '500': problem(500),
  '502 without a body': async () => new Response('<html>Bad gateway</html>', { status: 502 }),
  '503 with Retry-After': problem(503, { 'Retry-After': '1' }),
  '429 with Retry-After': problem(429, { 'Retry-After': '1' }),
  '403': problem(403),
  'malformed JSON': async () =>
    new Response('{"id": "usr_x", ', { status: 201, headers: { 'Content-Type': 'application/json' } }),
};

function faultyClient(fault: Fault) {
  const memory = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
  const posts: string[] = [];
  const client: ProvisioningClient = createRestClient({
    baseUrl: 'https://api.test',
    timeout: 400,
    retry: { limit: 1, delay: () => 10 },
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const { pathname, searchParams } = new URL(request.url);
      if (request.method === 'POST') {
        posts.push(pathname);
        return fault();
      }
      const query: Record<string, unknown> = Object.fromEntries(searchParams);
      for (const n of ['offset', 'limit']) if (query[n] !== undefined) query[n] = Number(query[n]);
      const [, kind, id, list] = pathname.split('/');
      const answer =
        pathname === '/me'
          ? await memory.me()
          : pathname === '/permissions'
            ? { items: await memory.listPermissions() }
            : pathname === '/product-types'
              ? { items: await memory.listProductTypes() }
              : pathname === '/products'
                ? { items: await memory.listProducts() }
                : kind === 'accounts' && list === 'users'
                  ? await memory.listUsers(id!, query)
                  : await memory.getAccount(id!);
      return Response.json(answer);
    },
  });
  return { client, posts };
}

function type(el: TkUserManager, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name=${name}]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('user manager create under faults', () => {
  for (const [name, fault] of Object.entries(FAULTS)) {
    it(`${name}: one POST, a message, the fields kept`, async () => {
      const { client, posts } = faultyClient(fault);
      const el = await mount(client, { accountId: 'acc_northwind' });
      button(el, 'New user').click();
      await waitUntil(() => userDialogOpen(el));
      await waitUntil(() => $$(el, 'input[name=permission]').length > 0, 'permissions not loaded');
      type(el, 'name', 'Fay Fault');
      type(el, 'email', 'fay@fault.example');
      button($(el, 'form'), 'Create and invite').click();
      const dialog = $<HTMLDialogElement>(el, '#user-dialog');
      await waitUntil(() => dialog.querySelector('[role=alert]')?.textContent?.trim(), 'no message', {
        timeout: 4000,
      });
      // Long enough for any automatic retry to have happened.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(posts).to.deep.equal(['/accounts/acc_northwind/users']);
      expect(dialog.open).to.equal(true);
      expect($<HTMLInputElement>(el, 'input[name=name]').value).to.equal('Fay Fault');
      expect($<HTMLInputElement>(el, 'input[name=email]').value).to.equal('fay@fault.example');
      const message = dialog.querySelector('[role=alert]')!.textContent!;
      expect(message, 'a sentence for people, not the request label').not.to.contain('POST /');
    });
  }
});
