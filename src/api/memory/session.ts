import type { Account, User } from '../schemas/index.js';
import { forbidden, notFound, problem } from './problems.js';
import type { MemoryStore } from './store.js';

/** The principal's view of the store: who it is, what it may see, what it may change. */
export class Session {
  constructor(
    readonly store: MemoryStore,
    private readonly principalId: string,
    private readonly clock: () => Date,
  ) {}

  principal(): User {
    const user = this.store.users.get(this.principalId);
    // Like a session: invited users have no password yet, disabled ones are locked out.
    if (!user || user.status !== 'active') throw problem('unauthorized', 401, 'Not signed in');
    return user;
  }

  /** True when the account is the principal's own or lies below it. */
  sees(accountId: string): boolean {
    const home = this.principal().accountId;
    for (const account of this.store.lineage(accountId)) if (account.id === home) return true;
    return false;
  }

  /** An account in scope; one outside is reported as missing, so its existence does not leak. */
  account(id: string): Account {
    const account = this.store.accounts.get(id);
    if (!account || !this.sees(id)) throw notFound('Account', id);
    return account;
  }

  /** Admins change data in their scope; normal users only read. */
  requireAdmin(): User {
    const user = this.principal();
    if (user.role !== 'admin') throw forbidden('Only administrators may change this');
    return user;
  }

  now(): Date {
    return this.clock();
  }

  timestamp(): string {
    return this.clock().toISOString();
  }
}

/** The optimistic-concurrency check: the caller must have read the current version. */
export function checkVersion(current: { version: number }, expected: number): void {
  if (current.version !== expected) {
    throw problem(
      'precondition-failed',
      412,
      'Changed by someone else in the meantime; reload and try again',
    );
  }
}
