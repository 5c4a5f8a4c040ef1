// Light, dark or the device's choice ("" = System), for the portal's chrome (body[data-theme]) and
// every tenantkit element (the provider's theme). The choice is kept in localStorage.

export function setUpTheme({ select, provider, storageKey, fallback = '' }) {
  const apply = (theme) => {
    select.value = theme;
    if (theme) provider.setAttribute('theme', theme);
    else provider.removeAttribute('theme');
    document.body.dataset.theme = theme;
  };
  const stored = localStorage.getItem(storageKey);
  apply(['', 'light', 'dark'].includes(stored) ? stored : fallback);
  select.addEventListener('change', () => {
    localStorage.setItem(storageKey, select.value);
    apply(select.value);
  });
}
