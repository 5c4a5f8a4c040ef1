// The sign-in and set-password forms, shared by both brands' portals: each shows the portal's own
// wording of a failure in its role="alert" paragraph (.error).

import { setPassword, signIn } from './api.js';
import { problemKeys } from './problems.js';

/** Shows catalog messages in `el` (and again in the next language after a switch); none clears it. */
function say(el, i18n, keys) {
  if (keys.length) el.dataset.i18nKeys = keys.join(' ');
  else delete el.dataset.i18nKeys;
  el.textContent = keys.map((key) => i18n.t(key)).join(' ');
}

const problemOf = (error) => (error.status === undefined ? ['error.generic'] : problemKeys(error));

/** Signs in from `form` (fields email, password); `onSignedIn(me)` takes over. */
export function setUpSignIn(form, i18n, onSignedIn) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(form.querySelector('.error'), i18n, []);
    try {
      // The server accepts the e-mail address or the login in the first field.
      const me = await signIn(form.email.value, form.password.value);
      form.reset();
      await onSignedIn(me);
    } catch (error) {
      say(form.querySelector('.error'), i18n, problemOf(error));
    }
  });
}

/** Sets the password of the link in the address (/set-password?token=…), then leads to sign-in. */
export function setUpSetPassword(form, i18n, signInUrl) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = form.querySelector('.error');
    say(error, i18n, []);
    const linkToken = new URLSearchParams(location.search).get('token');
    if (!linkToken) return say(error, i18n, ['error.linkMissing']);
    try {
      await setPassword(linkToken, form.password.value);
      say(form.querySelector('.done'), i18n, ['setPassword.done']);
      form.querySelector('button[type=submit]').hidden = true;
      form.querySelector('.to-sign-in').hidden = false;
      setTimeout(() => location.assign(signInUrl), 1500);
    } catch (failure) {
      say(error, i18n, problemOf(failure));
    }
  });
}
