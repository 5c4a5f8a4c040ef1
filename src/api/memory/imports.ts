import { assignIds, planImport, summarize, type ExistingUser } from '../import-plan.js';
import { ImportEnvelope, type Account, type ImportResult, type User } from '../schemas/index.js';
import { loginFromName, uniqueLogin } from './demo-data.js';
import { validate } from './problems.js';
import type { Session } from './session.js';

const NO_NOTIFICATIONS = { billing: false, general: false, product: false, domain: false, support: false };

/**
 * `POST /accounts/{id}/imports` in memory, with the server's rules (`planImport`): a dry run changes
 * nothing; a written batch is applied at once or not at all (its `Idempotency-Key`: write-once.ts).
 */
export function importRows(s: Session, accountId: string, body: unknown): ImportResult {
  const parent = s.account(accountId);
  s.requireAdmin();
  const request = validate(ImportEnvelope, body);

  const emails = new Set(
    request.rows.flatMap((r) => {
      const email = (r as { user?: { email?: unknown } } | null)?.user?.email;
      return typeof email === 'string' ? [email.toLowerCase()] : [];
    }),
  );
  const users: ExistingUser[] = [];
  for (const u of s.store.users.values()) if (emails.has(u.email.toLowerCase())) users.push(u);
  const customers = [...s.store.accounts.values()].filter((a) => a.parentId === parent.id);
  const plan = planImport(request.rows, {
    customers,
    users,
    productTypes: s.store.productTypes,
    permissions: new Set(s.store.permissions.map((p) => p.id)),
    planned: request.dryRun ? request.plannedCustomers : [],
  });

  if (!request.dryRun) {
    const now = s.timestamp();
    for (const c of plan.createCustomers) {
      const account: Account = {
        id: s.store.newId('acc', s.store.accounts),
        parentId: parent.id,
        kind: parent.kind === 'reseller' ? 'customer' : 'sub-account',
        name: c.name,
        productTypeId: c.productTypeId,
        reference: c.reference,
        country: c.country,
        notes: c.notes,
        trial: null,
        internal: false,
        status: 'active',
        settings: c.settings,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      s.store.accounts.set(account);
      c.id = account.id;
    }
    for (const { id, patch } of plan.updateCustomers) {
      const a = s.store.accounts.get(id)!;
      s.store.accounts.set({ ...a, ...patch, updatedAt: now, version: a.version + 1 });
    }
    for (const u of plan.createUsers) {
      const base = loginFromName(u.name);
      const taken = new Set<string>();
      for (const other of s.store.users.values()) if (other.login.startsWith(base)) taken.add(other.login);
      const user: User = {
        id: s.store.newId('usr', s.store.users),
        accountId: typeof u.account === 'string' ? u.account : u.account.id!,
        name: u.name,
        email: u.email,
        login: uniqueLogin(base, taken),
        role: u.role,
        permissions: u.permissions,
        notifications: NO_NOTIFICATIONS,
        locale: u.locale,
        status: 'invited',
        // Imports never send mail: the link goes out when someone asks for it.
        passwordLink: null,
        lastLoginAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      s.store.users.set(user);
      u.id = user.id;
    }
    for (const { id, patch } of plan.updateUsers) {
      const u = s.store.users.get(id)!;
      s.store.users.set({ ...u, ...patch, updatedAt: now, version: u.version + 1 });
    }
    assignIds(plan);
  }
  return { dryRun: request.dryRun, rows: plan.rows, summary: summarize(plan.rows) };
}
