import type { ProvisioningClient } from './client.js';

/** The operations `composeClients()` takes from `users`. */
export const USER_OPERATIONS = ['listUsers', 'createUser', 'getUser', 'updateUser', 'deleteUser'] as const;
type UserOperation = (typeof USER_OPERATIONS)[number];

export interface ComposedClients {
  /** Serves the user operations (a SCIM client, say). */
  users: Pick<ProvisioningClient, UserOperation> & Partial<Pick<ProvisioningClient, 'setActingFor'>>;
  /** Serves everything else: the principal, permissions, password links, access rights, help… */
  rest: ProvisioningClient;
}

/**
 * One `ProvisioningClient` out of two: users from `users`, every other operation from `rest`,
 * so that one page mixes backends (`composeClients({ users: createScimClient(…), rest })`).
 * `setActingFor` reaches both.
 */
export function composeClients({ users, rest }: ComposedClients): ProvisioningClient {
  const fromUsers = new Set<PropertyKey>(USER_OPERATIONS);
  const setActingFor = (accountId: string | undefined) => {
    rest.setActingFor?.(accountId);
    users.setActingFor?.(accountId);
  };
  return new Proxy(rest, {
    get(target, name) {
      if (name === 'setActingFor') return setActingFor;
      const source: object = fromUsers.has(name) ? users : target;
      const value: unknown = Reflect.get(source, name);
      return typeof value === 'function' ? value.bind(source) : value;
    },
  });
}
