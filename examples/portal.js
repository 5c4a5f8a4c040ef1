// The Acme Telecom example portal: plain JavaScript, no inline code (it runs under a strict CSP).
// The bearer token lives in this module's memory only: a reload signs out.

const $ = (selector) => document.querySelector(selector);
const views = { login: $('.login-view'), setPassword: $('.set-password-view'), app: $('.app-view') };
let token = null;

function show(name) {
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
  $('.session').hidden = name !== 'app';
}

async function api(path, options = {}) {
  const response = await fetch(`/api${path}`, {
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
  });
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) throw Object.assign(new Error(body?.detail ?? response.statusText), { problem: body });
  return body;
}

function problemText(error) {
  const fields = error.problem?.errors?.map((e) => e.message).join(' ') ?? '';
  return `${error.message} ${fields}`.trim();
}

// Login

for (const button of document.querySelectorAll('.demo-logins button')) {
  button.addEventListener('click', () => {
    $('.login [name=email]').value = button.dataset.email;
    $('.login [name=password]').value = 'tenantkit-demo';
    $('.login [name=password]').focus();
  });
}

$('.login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  form.querySelector('.error').textContent = '';
  try {
    const session = await api('/auth/login', {
      method: 'POST',
      // The server accepts the e-mail address or the login in either field.
      body: JSON.stringify({ login: form.email.value, password: form.password.value }),
    });
    token = session.token;
    form.reset();
    await startApp();
  } catch (error) {
    form.querySelector('.error').textContent = problemText(error);
  }
});

$('.logout').addEventListener('click', async () => {
  await api('/auth/logout', { method: 'POST' }).catch(() => {});
  token = null;
  $('tk-provider').removeAttribute('account-id');
  show('login');
});

// Password links from the mails: /set-password?token=…

$('.set-password').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const linkToken = new URLSearchParams(location.search).get('token');
  form.querySelector('.error').textContent = '';
  try {
    await api(`/auth/password-links/${encodeURIComponent(linkToken ?? '')}`, {
      method: 'POST',
      body: JSON.stringify({ password: form.password.value }),
    });
    form.querySelector('.done').textContent = 'Your password is set. You can sign in now.';
    setTimeout(() => location.assign('/'), 1500);
  } catch (error) {
    form.querySelector('.error').textContent = problemText(error);
  }
});

// The signed-in portal

async function loadLibrary() {
  try {
    return await import('/tenantkit/tenantkit.min.js');
  } catch {
    $('.notice').textContent = 'The tenantkit library is not built yet: run "npm run build" and reload.';
    return null;
  }
}

async function startApp() {
  const me = await api('/me');
  show('app');
  $('.whoami').textContent = `${me.user.name} · ${me.account.name}`;
  const provider = $('tk-provider');
  const localeSelect = $('select[name=locale]');
  localeSelect.value = ['en', 'de', 'fr', 'hu'].includes(me.user.locale) ? me.user.locale : 'en';
  provider.setAttribute('locale', localeSelect.value);
  provider.setAttribute('account-id', me.account.id);

  showView();

  const library = await loadLibrary();
  if (library) provider.client = library.createRestClient({ baseUrl: '/api', getToken: () => token });
}

// The views: Customers (provision, find and work as them), Users and access, Help settings.
function showView() {
  // An offer link of the access-rights table (#offer=…) stays on its view.
  const wanted = location.hash.startsWith('#offer=')
    ? 'users'
    : (/^#(customers|users|help)$/.exec(location.hash)?.[1] ?? 'customers');
  for (const view of document.querySelectorAll('.view')) view.hidden = view.dataset.view !== wanted;
  for (const link of document.querySelectorAll('.tabs a'))
    if (link.dataset.view === wanted) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
}
window.addEventListener('hashchange', showView);

// After "work as" the customer's users are what the reseller came for.
document.addEventListener('tk-scope-change', (event) => {
  if (event.target.localName === 'tk-sub-account-list') queueMicrotask(() => location.assign('#users'));
});

$('select[name=locale]').addEventListener('change', (event) => {
  $('tk-provider').setAttribute('locale', event.currentTarget.value);
  document.documentElement.lang = event.currentTarget.value;
});
$('select[name=theme]').addEventListener('change', (event) => {
  const provider = $('tk-provider');
  if (event.currentTarget.value) provider.setAttribute('theme', event.currentTarget.value);
  else provider.removeAttribute('theme');
  document.body.dataset.theme = event.currentTarget.value;
});

show(location.pathname === '/set-password' ? 'setPassword' : 'login');

// Offer IDs in the access-rights table link to #offer=<id> (its offer-href); this portal has no
// shop of its own, so it answers such a link by showing every right of that offer.
function showOffer() {
  const match = /^#offer=(.+)$/.exec(location.hash);
  const table = document.querySelector('tk-access-rights-table');
  if (!match || !table) return;
  table.filter = { ...table.filter, q: decodeURIComponent(match[1]), status: 'all', validOn: 'all' };
}
window.addEventListener('hashchange', showOffer);
