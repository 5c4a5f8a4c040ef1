// A portal's own chrome in the reader's language: elements carry catalog keys
// (data-i18n for the text, data-i18n-keys for several messages in a row, data-i18n-aria-label / data-i18n-title for attributes), and switching
// the language rewrites them in place, without a reload. The choice is kept in localStorage.

export const LOCALES = ['en', 'de', 'fr', 'hu'];

export function createLocalizer({ catalog, storageKey }) {
  const listeners = new Set();
  const stored = () => {
    const value = localStorage.getItem(storageKey);
    return LOCALES.includes(value) ? value : undefined;
  };
  const browser = () => LOCALES.find((l) => navigator.language?.toLowerCase().startsWith(l));
  let locale = stored() ?? browser() ?? 'en';

  /** The message for `key` in the current language (English when missing), `{name}` filled in. */
  const t = (key, params = {}) => {
    const text = catalog[locale]?.[key] ?? catalog.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
  };

  function apply(root = document) {
    document.documentElement.lang = locale;
    for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of root.querySelectorAll('[data-i18n-keys]'))
      el.textContent = el.dataset.i18nKeys
        .split(' ')
        .map((key) => t(key))
        .join(' ');
    for (const el of root.querySelectorAll('[data-i18n-aria-label]'))
      el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
    for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
    for (const listener of listeners) listener(locale);
  }

  return {
    t,
    apply,
    get locale() {
      return locale;
    },
    /** True once the reader chose a language on this device (it then wins over the account's). */
    get chosen() {
      return stored() !== undefined;
    },
    /** Switches the language; `remember` keeps it for the next visit. */
    set(next, { remember = false } = {}) {
      if (!LOCALES.includes(next)) return;
      locale = next;
      if (remember) localStorage.setItem(storageKey, next);
      apply();
    },
    /** Called with the locale after every change (and the first apply). */
    onChange(listener) {
      listeners.add(listener);
    },
  };
}
