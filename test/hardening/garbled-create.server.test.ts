import { expect, waitUntil } from '@open-wc/testing';
import { createRestClient } from '../../src/api/rest.js';
import { serverApi, signIn } from '../reference-server.js';
import { $, DRIVERS, button, type } from './drivers/elements.js';

/**
 * Issue 20 against the reference server: the server creates the user, but its 201 reaches the
 * element garbled. The person sends again; the same Idempotency-Key gets the stored 201 back
 * (a 409 "e-mail taken" before), the dialog closes as after any success, and one user exists.
 */
(serverApi ? describe : describe.skip)(
  'a garbled create answer, sent again, on the reference server',
  function () {
    this.timeout(30_000);

    it('creates one user and shows success', async () => {
      const email = `garbled.${Date.now()}@northwind.example`;
      const login = await fetch(`${serverApi}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@northwind.example', password: 'tenantkit-demo' }),
      });
      const { token } = (await login.json()) as { token: string };
      let garble = true;
      const posts: number[] = [];
      const client = createRestClient({
        baseUrl: serverApi!,
        getToken: () => token,
        fetch: async (input, init) => {
          const request = new Request(input, init);
          const response = await fetch(request);
          if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/users')) return response;
          posts.push(response.status);
          if (!garble) return response;
          garble = false;
          const text = await response.text();
          return new Response(text.slice(0, text.length / 2), {
            status: response.status,
            headers: response.headers,
          });
        },
      });
      const driver = DRIVERS.find((d) => d.tag === 'tk-user-manager')!;
      const el = await driver.mount(client, 'en');
      await waitUntil(() => driver.read.ready(el), 'not loaded', { timeout: 8000 });
      button(el, 'New user').click();
      await waitUntil(() => $<HTMLDialogElement>(el, '#user-dialog')?.open, 'no dialog');
      type(el, 'input[name=name]', 'Gary Garbled');
      type(el, 'input[name=email]', email);
      const send = () => button($(el, 'form')!, 'Create and invite').click();
      send();
      await waitUntil(() => $(el, '#user-dialog [role=alert]')?.textContent?.trim(), 'no message', {
        timeout: 8000,
      });
      expect($<HTMLInputElement>(el, 'input[name=email]')!.value, 'the e-mail is still there').to.equal(
        email,
      );
      send();
      await waitUntil(() => !$<HTMLDialogElement>(el, '#user-dialog')?.open, 'no success', { timeout: 8000 });
      expect(posts, 'both sends answered 201 by the server').to.deep.equal([201, 201]);
      const reader = await signIn('admin@northwind.example');
      const found = await reader.listUsers('acc_northwind', { q: email });
      expect(found.items.map((u) => u.email)).to.deep.equal([email]);
    });
  },
);
