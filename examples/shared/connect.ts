// How each framework example gets its ProvisioningClient: signed in against the reference server's
// /api (a bearer token the client asks for on every request), or, without a server, the memory
// client over the demo data, loaded only then.
import { createRestClient, type Me, type ProvisioningClient } from 'tenantkit';

export interface Connection {
  client: ProvisioningClient;
  me: Me;
}

/** Signs in at `POST /api/auth/login`; the client reads the token through `getToken`. */
export async function signIn(login: string, password: string): Promise<Connection> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`Sign-in failed (HTTP ${response.status})`);
  const { token } = (await response.json()) as { token: string };
  const client = createRestClient({ baseUrl: '/api', getToken: () => token });
  return { client, me: await client.me() };
}

/** Northwind's administrator on the demo data, in this tab's memory. */
export async function withoutServer(): Promise<Connection> {
  const [{ createMemoryClient }, { createDemoData }] = await Promise.all([
    import('tenantkit/memory'),
    import('tenantkit/demo-data'),
  ]);
  const client = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
  return { client, me: await client.me() };
}
