// examples/cdn.html: only the CDN folder (dist/cdn, served at /tenantkit/cdn/). tenantkit.js is the
// API without elements; the loader brings each element when its tag appears.
import { createRestClient } from '/tenantkit/cdn/tenantkit.js';

const $ = (selector) => document.querySelector(selector);
const form = $('.sign-in');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: data.get('login'), password: data.get('password') }),
  }).catch(() => null);
  if (!response?.ok) {
    form.querySelector('.error').textContent =
      `Sign-in failed (${response ? `HTTP ${response.status}` : 'no server'})`;
    return;
  }
  const { token } = await response.json();
  const client = createRestClient({ baseUrl: '/api', getToken: () => token });
  const me = await client.me();

  $('.whoami').textContent = `${me.user.name} · ${me.account.name}`;
  const page = document.importNode($('template.signed-in').content, true);
  const provider = page.querySelector('tk-provider');
  provider.client = client;
  provider.accountId = me.account.id;
  const log = page.querySelector('.log');
  for (const type of ['tk-user-created', 'tk-user-updated', 'tk-user-deleted'])
    provider.addEventListener(type, (e) => (log.textContent = `${type}: ${e.detail.user.name}`));
  form.replaceWith(page);
});
