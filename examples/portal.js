// The Acme Telecom example portal: plain ES modules, no inline code (it runs under a strict CSP).
// This file wires the page; each module under portal/ does one job.

import { session, signOut } from './portal/api.js';
import { setUpSetPassword, setUpSignIn } from './portal/forms.js';
import { createLocalizer } from './portal/i18n.js';
import { MESSAGES } from './portal/messages.js';
import { setUpTheme } from './portal/theme.js';
import { setUpViews } from './portal/views.js';

const $ = (selector) => document.querySelector(selector);
const provider = $('tk-provider');
const pages = { login: $('.login-view'), setPassword: $('.set-password-view'), app: $('.app-view') };
const i18n = createLocalizer({ catalog: MESSAGES, storageKey: 'acme-portal.locale' });

function show(name) {
  for (const [key, page] of Object.entries(pages)) page.hidden = key !== name;
  $('.session').hidden = name !== 'app';
  $('.logout').hidden = name !== 'app';
}

// Language: the portal's words and, through the provider, every tenantkit element, live.
const localeSelect = $('select[name=locale]');
i18n.onChange((locale) => {
  localeSelect.value = locale;
  provider.setAttribute('locale', locale);
  document.title = i18n.t('portal.title');
});
localeSelect.addEventListener('change', () => i18n.set(localeSelect.value, { remember: true }));
i18n.apply();

setUpTheme({ select: $('select[name=theme]'), provider, storageKey: 'acme-portal.theme' });

// Sign-in, with the demo logins one click away.
for (const button of document.querySelectorAll('.demo-logins button')) {
  button.addEventListener('click', () => {
    $('.login [name=email]').value = button.dataset.email;
    $('.login [name=password]').value = 'tenantkit-demo';
    $('.login [name=password]').focus();
  });
}
setUpSignIn($('.login'), i18n, startApp);
setUpSetPassword($('.set-password'), i18n, '/');

$('.logout').addEventListener('click', async () => {
  // The elements let go of the signed-out session before anything they show changes.
  provider.client = undefined;
  await signOut();
  provider.removeAttribute('account-id');
  show('login');
});

async function loadLibrary() {
  try {
    return await import('/tenantkit/tenantkit.min.js');
  } catch {
    $('.notice').dataset.i18n = 'error.notBuilt';
    i18n.apply($('.app-view'));
    return null;
  }
}

/** A reseller's accounts below are its customers; a customer's are its sub-accounts. */
function nameAccountsView(kind) {
  $('.tabs a[data-view=customers]').dataset.i18n = `nav.${kind}`;
  $('#customers-title').dataset.i18n = `view.${kind}`;
  $('#customers-title + .intro').dataset.i18n = `view.${kind}.intro`;
  i18n.apply();
}

async function startApp(me) {
  // A language chosen on this device wins; otherwise the user's own.
  if (!i18n.chosen) i18n.set(me.user.locale);
  $('.whoami').textContent = `${me.user.name} · ${me.account.name}`;
  $('.read-only-badge').hidden = me.role === 'admin';
  nameAccountsView(me.account.kind === 'reseller' ? 'customers' : 'subAccounts');
  provider.setAttribute('account-id', me.account.id);
  setUpViews($('.app-view'), me);
  show('app');
  const library = await loadLibrary();
  if (library) provider.client = library.createRestClient({ baseUrl: '/api', getToken: () => session.token });
}

// After "work as" the customer's users are what the reseller came for.
document.addEventListener('tk-scope-change', (event) => {
  if (event.target.localName === 'tk-sub-account-list') queueMicrotask(() => location.assign('#users'));
});

// Offer IDs in the access-rights table link to #offer=<id> (its offer-href); this portal has no
// shop of its own, so it answers such a link by showing every right of that offer.
function showOffer() {
  const match = /^#offer=(.+)$/.exec(location.hash);
  const table = $('tk-access-rights-table');
  if (!match || !table) return;
  table.filter = { ...table.filter, q: decodeURIComponent(match[1]), status: 'all', validOn: 'all' };
}
window.addEventListener('hashchange', showOffer);

show(location.pathname === '/set-password' ? 'setPassword' : 'login');
