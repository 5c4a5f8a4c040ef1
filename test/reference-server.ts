import type { ProvisioningClient } from '../src/api/client.js';
import { createRestClient } from '../src/api/rest.js';

/**
 * The reference server of this test run: web-test-runner starts it and hands its API base URL
 * to each page as `window.__TK_SERVER__`. Contract suites skip themselves when it is absent.
 */
export const serverApi = (window as unknown as { __TK_SERVER__?: string | null }).__TK_SERVER__ ?? undefined;

const DEMO_PASSWORD = 'tenantkit-demo';
const tokens = new Map<string, Promise<string>>();

/**
 * A REST client signed in as a demo user. One login per user and page: the server rate-limits
 * logins per account, and every suite of the run shares one server.
 */
export async function signIn(email: string): Promise<ProvisioningClient> {
  let token = tokens.get(email);
  if (!token) {
    token = login(email);
    tokens.set(email, token);
  }
  const value = await token;
  return createRestClient({ baseUrl: serverApi!, getToken: () => value });
}

async function login(email: string): Promise<string> {
  const response = await fetch(`${serverApi}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Mails the server has "sent" to an address (its development outbox). */
export async function mailsTo(address: string): Promise<{ subject: string; linkUrl: string | null }[]> {
  const { items } = (await (await fetch(`${serverApi}/dev/outbox`)).json()) as {
    items: { to: string; subject: string; linkUrl: string | null }[];
  };
  return items.filter((m) => m.to === address);
}
