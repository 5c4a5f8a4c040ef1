import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { ProvisioningClient } from '../api/client.js';
import type { Me } from '../api/schemas/index.js';

/**
 * The signed-in principal, fetched once per client and shared by every element on the page.
 * A failed request is forgotten so that a retry asks again.
 */
const byClient = new WeakMap<ProvisioningClient, Promise<Me>>();

export function principalOf(client: ProvisioningClient): Promise<Me> {
  let pending = byClient.get(client);
  if (!pending) {
    pending = client.me();
    byClient.set(client, pending);
    pending.catch(() => byClient.delete(client));
  }
  return pending;
}

/** Forgets the cached principal (after a login change, or to retry). */
export function forgetPrincipal(client: ProvisioningClient): void {
  byClient.delete(client);
}

/** True when the principal may change data in its scope (the server enforces the same). */
export const canWrite = (me: Me | undefined): boolean => me?.role === 'admin';

/**
 * A task that follows an element's client to its (shared) principal: undefined while there is
 * no client. `client` reads the element's current client, so a new one asks again.
 */
export function principalTask(
  host: ReactiveControllerHost,
  client: () => ProvisioningClient | undefined,
): Task<readonly [ProvisioningClient | undefined], Me | undefined> {
  return new Task(host, {
    task: ([api]: readonly [ProvisioningClient | undefined]) =>
      api ? principalOf(api) : Promise.resolve(undefined),
    args: () => [client()] as const,
  });
}
