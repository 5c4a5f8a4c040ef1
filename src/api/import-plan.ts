import { planCustomer } from './import-customer.js';
import { planUser } from './import-user.js';
import {
  key,
  problem,
  type CustomerSlot,
  type ImportPlan,
  type ImportWorld,
  type UserSlot,
} from './import-world.js';
import type { ImportAction, ImportEntityResult, ImportRowResult, ImportSummary } from './schemas/import.js';
import { ImportRow } from './schemas/requests.js';
import { fieldProblems } from './validate.js';

export type {
  CustomerToCreate,
  CustomerToUpdate,
  ExistingCustomer,
  ExistingUser,
  ImportPlan,
  ImportWorld,
  UserToCreate,
  UserToUpdate,
} from './import-world.js';

/**
 * The import rules, shared by the reference server and the memory client: each row is checked with
 * `ImportRow` and the rules of single creates (unique e-mail, unique sibling name, product type,
 * country, role, permissions in the catalog, product settings); customers are matched by reference,
 * then by name, among the children of the account in scope; users by e-mail. Customers of all rows
 * are handled before users, so a user may name a customer given further down the batch.
 */
export function planImport(rawRows: readonly unknown[], world: ImportWorld): ImportPlan {
  const plan: ImportPlan = {
    rows: [],
    createCustomers: [],
    updateCustomers: [],
    createUsers: [],
    updateUsers: [],
  };
  const byReference = new Map<string, CustomerSlot>();
  const byName = new Map<string, CustomerSlot>();
  const remember = (slot: CustomerSlot, name: string, reference: string | undefined) => {
    byName.set(key(name), slot);
    if (reference?.trim()) byReference.set(key(reference), slot);
  };
  for (const c of world.customers)
    remember({ kind: 'existing', value: c, patch: {}, results: [] }, c.name, c.reference);
  for (const p of world.planned ?? [])
    if (!byName.has(key(p.name))) remember({ kind: 'planned', value: p }, p.name, p.reference);
  const users = new Map<string, UserSlot>();
  for (const u of world.users)
    users.set(key(u.email), { kind: 'existing', value: u, patch: {}, results: [] });

  const parsed = rawRows.map((raw, index) => {
    const line = lineOf(raw);
    const result: ImportRowResult = { index, ...(line ? { line } : {}), status: 'unchanged', errors: [] };
    plan.rows.push(result);
    const check = ImportRow.safeParse(raw);
    if (!check.success) {
      result.errors.push(...fieldProblems(check.error.issues));
      return { result, row: undefined };
    }
    const row = check.data;
    if (!row.customer && !row.user) result.errors.push(problem('user', 'required'));
    return { result, row };
  });

  // Customers first: a user row may name a customer of a later row.
  const customerOf = new Map<ImportRowResult, CustomerSlot>();
  for (const { result, row } of parsed) {
    if (!row?.customer || result.errors.length) continue;
    const outcome = planCustomer(row.customer, world, byReference, byName, plan);
    if ('errors' in outcome) result.errors.push(...outcome.errors);
    else {
      customerOf.set(result, outcome.slot);
      result.customer = outcome.entity;
    }
  }

  for (const { result, row } of parsed) {
    if (!row?.user || result.errors.length) continue;
    let slot = customerOf.get(result);
    if (!slot) {
      const named = row.user.customer;
      if (!named) {
        result.errors.push(problem('user.customer', 'required'));
        continue;
      }
      slot = byReference.get(key(named)) ?? byName.get(key(named));
      if (!slot) {
        result.errors.push(problem('user.customer', 'unknown_customer'));
        continue;
      }
    }
    const outcome = planUser(row.user, slot, world, users);
    if ('errors' in outcome) result.errors.push(...outcome.errors);
    else {
      result.user = outcome.entity;
      if (outcome.create) plan.createUsers.push(outcome.create);
    }
  }

  // A failing row writes nothing: what it alone asked for is dropped, and rows that need a customer
  // only a failing row would have created fail too.
  const failed = new Set<ImportEntityResult>();
  const markFailed = () => {
    for (const r of plan.rows)
      if (r.errors.length) for (const entity of [r.customer, r.user]) if (entity) failed.add(entity);
  };
  markFailed();
  const dropped = new Set(plan.createCustomers.filter((c) => failed.has(c.results[0]!)));
  if (dropped.size) {
    for (const r of plan.rows) {
      if (r.errors.length) continue;
      const slot = customerOf.get(r);
      const user = plan.createUsers.find((u) => u.results.includes(r.user!));
      const account = slot?.kind === 'new' ? slot.value : user?.account;
      if (account && typeof account !== 'string' && dropped.has(account))
        r.errors.push(problem(r.customer ? 'customer.name' : 'user.customer', 'customer_failed'));
    }
    markFailed();
  }
  for (const r of plan.rows) {
    if (r.errors.length) {
      if (r.customer) r.customer = { action: 'error', id: r.customer.id };
      if (r.user) r.user = { action: 'error', id: r.user.id };
      r.status = 'error';
    } else r.status = rowStatus(r);
  }
  const lives = (e: ImportEntityResult | undefined) => e !== undefined && !failed.has(e);
  plan.createCustomers = plan.createCustomers.filter((c) => lives(c.results[0]));
  plan.createUsers = plan.createUsers.filter((u) => lives(u.results[0]));
  for (const item of [...plan.createCustomers, ...plan.createUsers])
    item.results = item.results.filter(lives);
  // The first row that names an entity is the one that may change it; later ones only repeat it.
  for (const slot of new Set([...byName.values(), ...byReference.values()]))
    if (slot.kind === 'existing' && Object.keys(slot.patch).length && lives(slot.results[0]))
      plan.updateCustomers.push({ id: slot.value.id, patch: slot.patch });
  for (const slot of users.values())
    if (slot.kind === 'existing' && Object.keys(slot.patch).length && lives(slot.results[0]))
      plan.updateUsers.push({ id: slot.value.id, patch: slot.patch });
  return plan;
}

function lineOf(raw: unknown): number | undefined {
  const line = (raw as { line?: unknown } | null)?.line;
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : undefined;
}

/** A row is what its most significant entity is: an error, a create, an update, or unchanged. */
function rowStatus(r: ImportRowResult): ImportAction {
  const actions = [r.customer?.action, r.user?.action];
  for (const a of ['error', 'create', 'update'] as const) if (actions.includes(a)) return a;
  return 'unchanged';
}

/** Fills in the ids a write assigned, so that the answer names every entity it created. */
export function assignIds(plan: ImportPlan): void {
  for (const c of plan.createCustomers) for (const e of c.results) e.id = c.id;
  for (const u of plan.createUsers) for (const e of u.results) e.id = u.id;
}

/** The counts of a batch's answer. */
export function summarize(rows: readonly ImportRowResult[]): ImportSummary {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const r of rows) {
    if (r.status === 'error') {
      summary.failed++;
      continue;
    }
    for (const e of [r.customer, r.user]) {
      if (e?.action === 'create') summary.created++;
      else if (e?.action === 'update') summary.updated++;
      else if (e?.action === 'unchanged') summary.unchanged++;
    }
  }
  return summary;
}
