// The portal's calls to the reference server's /api. The bearer token lives in this module's memory
// only: a reload signs out.

let token = null;

export const session = {
  get token() {
    return token;
  },
  set token(value) {
    token = value;
  },
};

/** A failed call: the HTTP status (0 when the server was not reached) and the problem body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(`/api${path}`, {
      ...options,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
    });
  } catch {
    throw new ApiError(0, null);
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Signs in with an e-mail address or login; returns the principal (GET /api/me). */
export async function signIn(login, password) {
  const { token: issued } = await api('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ login, password }),
  });
  token = issued;
  return api('/me');
}

export async function signOut() {
  await api('/auth/logout', { method: 'POST' }).catch(() => {});
  token = null;
}

/** Sets a password through the link token of an invitation or reset mail. */
export function setPassword(linkToken, password) {
  return api(`/auth/password-links/${encodeURIComponent(linkToken)}`, {
    method: 'POST',
    body: JSON.stringify({ password }),
  });
}
