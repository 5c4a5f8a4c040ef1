import type { CallOptions, ProvisioningClient, Versioned } from '../client.js';
import { AuditEventQuery, type AuditEvent, type Page } from '../schemas/index.js';
import { validate } from './problems.js';
import type { Session } from './session.js';

/** What one write adds to the audit trail; who and when come from the session. */
export interface MemoryAuditInput {
  action: string;
  accountId: string;
  targetType: string;
  targetId: string;
  fields?: readonly string[];
}

interface AuditState {
  events: AuditEvent[];
  actingFor?: string;
  counter: number;
}

const states = new WeakMap<Session, AuditState>();
const stateOf = (s: Session): AuditState => {
  let state = states.get(s);
  if (!state) states.set(s, (state = { events: [], counter: 0 }));
  return state;
};

/** Appends an audit event, as the reference server does for every write. */
export function recordMemoryAudit(s: Session, input: MemoryAuditInput): void {
  const state = stateOf(s);
  const user = s.principal();
  const actingFor =
    state.actingFor && s.store.accounts.has(state.actingFor) && s.sees(state.actingFor)
      ? state.actingFor
      : user.accountId;
  state.events.push({
    id: `aud_mem${++state.counter}`,
    at: s.timestamp(),
    actorUserId: user.id,
    actorUserName: user.name,
    actorAccountId: user.accountId,
    actingForAccountId: actingFor,
    accountId: input.accountId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    fields: [...(input.fields ?? [])],
  });
}

/** `GET /accounts/{id}/audit-events`: admins, in scope, newest first, paged. */
export function listAuditEvents(s: Session, accountId: string, query: unknown): Page<AuditEvent> {
  s.account(accountId);
  s.requireAdmin();
  const q = validate(AuditEventQuery, query ?? {});
  const within = (id: string) => {
    if (q.include !== 'descendants') return id === accountId;
    for (const a of s.store.lineage(id)) if (a.id === accountId) return true;
    return false;
  };
  const matches = stateOf(s)
    .events.filter((e) => within(e.accountId) && (!q.action || e.action === q.action))
    .reverse();
  const offset = q.offset ?? 0;
  return { items: matches.slice(offset, offset + (q.limit ?? 50)), total: matches.length };
}

/** Dotted names of the fields a body sets (`primaryAdmin.email`); never their values. */
export function fieldNames(body: unknown, prefix = ''): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const nested = key === 'settings' || key === 'primaryAdmin' ? fieldNames(value, name) : [];
    return nested.length ? nested : [name];
  });
}

type Run = <T>(op: string, options: CallOptions | undefined, operation: () => T) => Promise<T>;
type BaseClient = Omit<ProvisioningClient, 'listAuditEvents' | 'setActingFor'>;

/**
 * The memory client with an audit trail: every successful write of `client` appends an event,
 * and `listAuditEvents`/`setActingFor` are added. Writes the wrapper does not know are not recorded.
 */
export function withMemoryAudit(s: Session, run: Run, client: BaseClient): ProvisioningClient {
  /** One event for a write of `targetType` `targetId` in `accountId`, naming the fields it set. */
  const wrote = (
    action: string,
    accountId: string,
    targetType: string,
    targetId: string,
    fields?: readonly string[],
  ) => recordMemoryAudit(s, { action, accountId, targetType, targetId, fields });
  const userAccount = (id: string) => s.store.users.get(id)?.accountId;
  const rightAccount = (id: string) => s.store.accessRights.get(id)?.accountId;
  return {
    ...client,
    createChildAccount: async (parentId, body, o) => {
      const account = await client.createChildAccount(parentId, body, o);
      wrote('account.create', account.id, 'account', account.id, fieldNames(body));
      return account;
    },
    updateAccount: async (ref, patch, o) => {
      const account = await client.updateAccount(ref, patch, o);
      const action =
        patch.status === 'suspended'
          ? 'account.suspend'
          : patch.status === 'active'
            ? 'account.reactivate'
            : 'account.update';
      wrote(action, account.id, 'account', account.id, fieldNames(patch));
      return account;
    },
    createUser: async (accountId, body, o) => {
      const user = await client.createUser(accountId, body, o);
      wrote('user.create', accountId, 'user', user.id, fieldNames(body));
      return user;
    },
    updateUser: async (ref, patch, o) => {
      const user = await client.updateUser(ref, patch, o);
      wrote('user.update', user.accountId, 'user', user.id, fieldNames(patch));
      return user;
    },
    deleteUser: async (ref: Versioned, o) => {
      const accountId = userAccount(ref.id);
      await client.deleteUser(ref, o);
      if (accountId) wrote('user.delete', accountId, 'user', ref.id);
    },
    sendPasswordLink: async (userId, o) => {
      const link = await client.sendPasswordLink(userId, o);
      const accountId = userAccount(userId);
      if (accountId) wrote('user.password-link', accountId, 'user', userId);
      return link;
    },
    createAccessRight: async (accountId, body, o) => {
      const right = await client.createAccessRight(accountId, body, o);
      wrote('access-right.create', accountId, 'access-right', right.id, fieldNames(body));
      return right;
    },
    updateAccessRight: async (ref, patch, o) => {
      const right = await client.updateAccessRight(ref, patch, o);
      wrote('access-right.update', right.accountId, 'access-right', right.id, fieldNames(patch));
      return right;
    },
    deleteAccessRight: async (ref, o) => {
      const accountId = rightAccount(ref.id);
      await client.deleteAccessRight(ref, o);
      if (accountId) wrote('access-right.delete', accountId, 'access-right', ref.id);
    },
    putHelpSettings: async (accountId, settings, o) => {
      const help = await client.putHelpSettings(accountId, settings, o);
      const fields = fieldNames(settings).filter((f) => f !== 'version' && f !== 'ownerAccountId');
      wrote('help.update', help.ownerAccountId, 'help-settings', help.ownerAccountId, fields);
      return help;
    },
    listAuditEvents: (accountId, query, o) =>
      run('listAuditEvents', o, () => listAuditEvents(s, accountId, query)),
    setActingFor: (accountId) => {
      stateOf(s).actingFor = accountId || undefined;
    },
  };
}
