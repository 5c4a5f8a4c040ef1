import { createMemoryClient } from '../../src/api/memory/index.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { composeClients } from '../../src/api/compose.js';
import { createScimClient, type ScimUsersClient } from '../../src/api/scim/index.js';
import type { ProvisioningClient } from '../../src/api/client.js';

/** Origins of the test backends web-test-runner started (scripts/wtr-test-backends.mjs). */
export const backends =
  (window as unknown as { __TK_BACKENDS__?: Record<string, string> }).__TK_BACKENDS__ ?? {};

/** The tenantkit account whose users the SCIM provider holds (the memory principal's). */
export const ACCOUNT = 'acc_northwind';
const TOKEN = 'scim-test-token';

/** SCIM requests as they went out: method and URL. */
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
}

/** A SCIM client of `origin`'s provider that notes each request. */
export function scimClient(origin: string): { scim: ScimUsersClient; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({ method: request.method, url: new URL(request.url), headers: request.headers });
    return globalThis.fetch(request);
  };
  const scim = createScimClient({
    baseUrl: `${origin}/scim/v2`,
    accountId: ACCOUNT,
    getToken: () => TOKEN,
    fetch,
  });
  return { scim, seen };
}

/**
 * What the page hands `<tk-user-manager>`: users from the SCIM provider, the principal and the
 * permission catalog from a second client (here the memory client, signed in as Northwind's admin).
 */
export function composed(origin: string): {
  client: ProvisioningClient;
  scim: ScimUsersClient;
  seen: Seen[];
} {
  const { scim, seen } = scimClient(origin);
  const rest = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
  return { client: composeClients({ users: scim, rest }), scim, seen };
}

/** Puts the provider's 30 seeded users back. */
export async function resetProvider(origin: string): Promise<void> {
  const response = await fetch(`${origin}/test/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`reset failed: ${response.status}`);
}
