// The Globex Networks customer portal: the same tenantkit elements as the Acme portal, under
// Globex's own tags and look. Sign-in, language, theme and views are the shared portal modules.

import { session, signOut } from '/portal/api.js';
import { setUpSignIn } from '/portal/forms.js';
import { createLocalizer } from '/portal/i18n.js';
import { setUpTheme } from '/portal/theme.js';
import { setUpViews } from '/portal/views.js';
import { MESSAGES } from './messages.js';

const $ = (selector) => document.querySelector(selector);
const i18n = createLocalizer({ catalog: MESSAGES, storageKey: 'globex-portal.locale' });

/** Registers the element classes under Globex's prefix; the provider first, so the others find it. */
async function defineElements() {
  try {
    const tk = await import('/tenantkit/tenantkit.min.js');
    const tags = {
      'globex-provider': tk.TkProvider,
      'globex-users': tk.TkUserManager,
      'globex-access-rights': tk.TkAccessRightsTable,
      'globex-resources': tk.TkResourceList,
      'globex-help': tk.TkHelpPopup,
    };
    // A class is registered once (tenantkit.min.js already defines tk-*), so each tag gets a subclass.
    for (const [tag, base] of Object.entries(tags))
      if (!customElements.get(tag)) customElements.define(tag, class extends base {});
    return tk;
  } catch {
    $('.notice').dataset.i18n = 'error.notBuilt';
    i18n.apply($('.app-view'));
    return null;
  }
}

const library = defineElements();
const provider = $('globex-provider');

const localeSelect = $('select[name=locale]');
i18n.onChange((locale) => {
  localeSelect.value = locale;
  provider.setAttribute('locale', locale);
  document.title = i18n.t('portal.title');
});
localeSelect.addEventListener('change', () => i18n.set(localeSelect.value, { remember: true }));
i18n.apply();

// Dark unless the reader chose otherwise on this device.
setUpTheme({
  select: $('select[name=theme]'),
  provider,
  storageKey: 'globex-portal.theme',
  fallback: 'dark',
});

for (const button of document.querySelectorAll('.demo-logins button')) {
  button.addEventListener('click', () => {
    $('.login [name=email]').value = button.dataset.email;
    $('.login [name=password]').value = 'tenantkit-demo';
    $('.login [name=password]').focus();
  });
}

function show(signedIn) {
  $('.login-view').hidden = signedIn;
  $('.app-view').hidden = !signedIn;
  $('.whoami').hidden = !signedIn;
  $('.logout').hidden = !signedIn;
}

setUpSignIn($('.login'), i18n, async (me) => {
  if (!i18n.chosen) i18n.set(me.user.locale);
  $('.whoami').textContent = `${me.user.name} · ${me.account.name}`;
  provider.setAttribute('account-id', me.account.id);
  setUpViews($('.app-view'), me);
  show(true);
  const tk = await library;
  if (tk) provider.client = tk.createRestClient({ baseUrl: '/api', getToken: () => session.token });
});

$('.logout').addEventListener('click', async () => {
  // The elements let go of the signed-out session before anything they show changes.
  provider.client = undefined;
  await signOut();
  provider.removeAttribute('account-id');
  show(false);
});
