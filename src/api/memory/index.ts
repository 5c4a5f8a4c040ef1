import type { CallOptions, ProvisioningClient } from '../client.js';
import { ProvisioningError } from '../errors.js';
import {
  createAccessRight,
  deleteAccessRight,
  listAccessRights,
  updateAccessRight,
} from './access-rights.js';
import { createChildAccount, listChildAccounts, updateAccount } from './accounts.js';
import { withMemoryAudit } from './audit.js';
import { getHelpSettings, putHelpSettings } from './help.js';
import { importRows } from './imports.js';
import { listResources, moveResources, updateResource } from './resources.js';
import { Session } from './session.js';
import { withWriteOnce } from './write-once.js';
import { MemoryStore, type MemorySeed } from './store.js';
import { AccessRight, AccountListItem, Resource, User, readablePageOf } from '../schemas/index.js';
import { createUser, deleteUser, getUser, listUsers, sendPasswordLink, updateUser } from './users.js';

export type { MemorySeed } from './store.js';

// Pages are read row by row, as the REST client reads them: a seeded row the schema rejects is
// reported as unreadable and the rest stay (issue 20).
const AccountRows = readablePageOf(AccountListItem);
const UserRows = readablePageOf(User);
const AccessRightRows = readablePageOf(AccessRight);
const ResourceRows = readablePageOf(Resource);

/** How a memory client behaves. */
export interface MemoryClientOptions {
  /** Id of the seed user the client acts as. */
  principal: string;
  /** Milliseconds each call takes, to show loading states (default 0). */
  latency?: number;
  /** The clock for timestamps, trials and password links (default: the real one). */
  now?: () => Date;
  /** Fault injection: return an error to make operation `op` (a method name, e.g. `listUsers`) fail with it. */
  fail?: (op: string) => ProvisioningError | undefined;
}

/**
 * A `ProvisioningClient` that keeps everything in memory and applies the reference server's rules
 * (scope, roles, validation, versions, uniqueness): for Storybook, examples without a server, and tests.
 * It changes a private copy of `seed` and hands out copies, so callers cannot reach into its data.
 */
export function createMemoryClient(seed: MemorySeed, options: MemoryClientOptions): ProvisioningClient {
  const store = new MemoryStore(seed);
  const s = new Session(store, options.principal, options.now ?? (() => new Date()));

  /** Runs one operation like a request: after the latency, unless aborted or failed on purpose. */
  const run = async <T>(op: string, callOptions: CallOptions | undefined, operation: () => T): Promise<T> => {
    const signal = callOptions?.signal;
    await pause(options.latency ?? 0, signal);
    const injected = options.fail?.(op);
    if (injected) throw injected;
    try {
      return structuredClone(operation());
    } catch (error) {
      if (error instanceof ProvisioningError) throw error;
      throw new ProvisioningError('server', `${op} failed`, { status: 500, cause: error });
    }
  };

  // Outermost, so that a replayed create adds no second audit event.
  const audited = withMemoryAudit(s, run, {
    me: (o) =>
      run('me', o, () => {
        const user = s.principal();
        const account = s.account(user.accountId);
        const actingFor = o?.actingFor ? s.account(o.actingFor) : account;
        return { user, account, role: user.role, permissions: user.permissions, actingFor };
      }),

    getAccount: (id, o) => run('getAccount', o, () => s.account(id)),
    updateAccount: (ref, patch, o) => run('updateAccount', o, () => updateAccount(s, ref, patch)),
    listChildAccounts: (parentId, query, o) =>
      run('listChildAccounts', o, () => AccountRows.parse(listChildAccounts(s, parentId, query))),
    createChildAccount: (parentId, body, o) =>
      run('createChildAccount', o, () => createChildAccount(s, parentId, body)),

    listProductTypes: (o) =>
      run('listProductTypes', o, () => {
        s.principal();
        return [...store.productTypes.values()];
      }),
    listPermissions: (o) =>
      run('listPermissions', o, () => {
        s.principal();
        return store.permissions;
      }),
    listProducts: (o) =>
      run('listProducts', o, () => {
        s.principal();
        return store.products;
      }),

    listUsers: (accountId, query, o) =>
      run('listUsers', o, () => UserRows.parse(listUsers(s, accountId, query))),
    createUser: (accountId, body, o) => run('createUser', o, () => createUser(s, accountId, body)),
    getUser: (id, o) => run('getUser', o, () => getUser(s, id)),
    updateUser: (ref, patch, o) => run('updateUser', o, () => updateUser(s, ref, patch)),
    deleteUser: (ref, o) => run('deleteUser', o, () => deleteUser(s, ref)),
    sendPasswordLink: (userId, o) => run('sendPasswordLink', o, () => sendPasswordLink(s, userId)),

    listAccessRights: (accountId, query, o) =>
      run('listAccessRights', o, () => AccessRightRows.parse(listAccessRights(s, accountId, query))),
    createAccessRight: (accountId, body, o) =>
      run('createAccessRight', o, () => createAccessRight(s, accountId, body)),
    updateAccessRight: (ref, patch, o) => run('updateAccessRight', o, () => updateAccessRight(s, ref, patch)),
    deleteAccessRight: (ref, o) => run('deleteAccessRight', o, () => deleteAccessRight(s, ref)),

    getHelpSettings: (accountId, o) => run('getHelpSettings', o, () => getHelpSettings(s, accountId)),
    putHelpSettings: (accountId, settings, o) =>
      run('putHelpSettings', o, () => putHelpSettings(s, accountId, settings)),

    listResources: (accountId, query, o) =>
      run('listResources', o, () => ResourceRows.parse(listResources(s, accountId, query))),
    updateResource: (ref, patch, o) => run('updateResource', o, () => updateResource(s, ref, patch)),
    moveResources: (accountId, body, o) => run('moveResources', o, () => moveResources(s, accountId, body)),
    importRows: (accountId, body, o) => run('importRows', o, () => importRows(s, accountId, body)),
  });
  return withWriteOnce(audited);
}

/** Waits `ms`, or only a microtask when 0 (no timer clamping in long call chains); rejects `aborted` on abort. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  const aborted = () => new ProvisioningError('aborted', 'aborted', { cause: signal?.reason });
  if (ms > 0) {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(aborted());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
  if (signal?.aborted) throw aborted();
}
