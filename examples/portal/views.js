// The signed-in portal's views, one per hash (#customers, #users, #resources, #import, #help).
// A view marked data-needs="admin" is absent for normal users, data-needs="reseller" also for
// customer administrators: the links and sections go, not just their buttons.

const VIEW_HASH = /^#(\w+)$/;
let allowed = new Set();

/** What the principal (GET /api/me) may use: "admin" and "reseller" as in data-needs. */
function grants(me) {
  const admin = me.role === 'admin';
  return new Set([
    ...(admin ? ['admin'] : []),
    ...(admin && me.account.kind === 'reseller' ? ['reseller'] : []),
  ]);
}

/** Shows the views `me` may use, in `root`, and keeps following the hash. */
export function setUpViews(root, me) {
  const granted = grants(me);
  allowed = new Set();
  for (const el of root.querySelectorAll('.tabs a, .view')) {
    const usable = !el.dataset.needs || granted.has(el.dataset.needs);
    if (el.matches('.view') && usable) allowed.add(el.dataset.view);
    el.toggleAttribute('data-absent', !usable);
  }
  showView(root);
}

/** The view the hash names, when it is one of the principal's; else the first one. */
function wantedView() {
  // An offer link of the access-rights table (#offer=…) stays on its view.
  if (location.hash.startsWith('#offer=')) return 'users';
  const named = VIEW_HASH.exec(location.hash)?.[1];
  return named && allowed.has(named) ? named : [...allowed][0];
}

export function showView(root = document) {
  const wanted = wantedView();
  for (const view of root.querySelectorAll('.view')) view.hidden = view.dataset.view !== wanted;
  for (const link of root.querySelectorAll('.tabs a')) {
    link.hidden = link.hasAttribute('data-absent');
    if (link.dataset.view === wanted) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', () => showView());
