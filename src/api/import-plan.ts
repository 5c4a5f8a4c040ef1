import type { ProductType } from './schemas/account.js';
import {
  ImportRow,
  type ImportAction,
  type ImportCustomer,
  type ImportEntityResult,
  type ImportRowResult,
  type ImportSummary,
  type ImportUser,
  type PlannedCustomer,
} from './schemas/import.js';
import type { FieldProblem } from './schemas/problem.js';
import type { Role } from './schemas/user.js';
import { checkSettings } from './settings.js';
import { fieldProblems } from './validate.js';

/** A child of the account in scope, as the import compares it. */
export interface ExistingCustomer {
  id: string;
  name: string;
  reference: string;
  productTypeId: string | null;
  country: string;
  notes: string;
}

/** A user whose e-mail appears in the batch (anywhere: e-mails are unique across the platform). */
export interface ExistingUser {
  id: string;
  accountId: string;
  email: string;
  name: string;
  role: Role;
  permissions: string[];
  locale: string | null;
}

/** What the import rules read; the server fills it with a few queries, the memory client from its store. */
export interface ImportWorld {
  customers: readonly ExistingCustomer[];
  users: readonly ExistingUser[];
  productTypes: ReadonlyMap<string, ProductType>;
  permissions: ReadonlySet<string>;
  /** Dry runs: customers earlier batches would create. */
  planned?: readonly PlannedCustomer[];
}

/** A customer to create; `id` is filled in by the writer. */
export interface CustomerToCreate {
  name: string;
  reference: string;
  productTypeId: string;
  country: string;
  notes: string;
  settings: Record<string, string | number | boolean>;
  id: string | null;
  /** The results that report it, to receive its id. */
  results: ImportEntityResult[];
}

export interface CustomerToUpdate {
  id: string;
  patch: Partial<Pick<ExistingCustomer, 'name' | 'reference' | 'productTypeId' | 'country' | 'notes'>>;
}

/** A user to create, with no password link (imports never send mail). */
export interface UserToCreate {
  /** The existing customer's id, or the customer created by this batch. */
  account: string | CustomerToCreate;
  name: string;
  email: string;
  role: Role;
  permissions: string[];
  locale: string | null;
  id: string | null;
  results: ImportEntityResult[];
}

export interface UserToUpdate {
  id: string;
  patch: Partial<Pick<ExistingUser, 'name' | 'role' | 'permissions' | 'locale'>>;
}

/** The outcome of the rules: the answer per row and what a write has to do. */
export interface ImportPlan {
  rows: ImportRowResult[];
  createCustomers: CustomerToCreate[];
  updateCustomers: CustomerToUpdate[];
  createUsers: UserToCreate[];
  updateUsers: UserToUpdate[];
}

const MESSAGES = {
  required: 'This field is required.',
  taken: 'Another user already has this e-mail address.',
  name_taken: 'Another account under the same parent has this name.',
  unknown_product_type: 'Unknown product type.',
  unknown_permission: 'Unknown permission.',
  unknown_customer: 'No customer with this name or reference in your scope.',
  locked: 'This product type cannot be changed once assigned.',
  conflict: 'Another row of the file gives this a different value.',
  customer_failed: 'The row that creates this customer has errors.',
  demote: "Change an administrator's role in the user manager, not by an import.",
} as const;

const problem = (path: string, code: keyof typeof MESSAGES, message: string = MESSAGES[code]) => ({
  path,
  code: code === 'name_taken' ? 'taken' : code,
  message,
});

const key = (text: string) => text.trim().toLowerCase();

/** A customer as the batch will leave it: an existing one, one this batch creates, or a planned one. */
type CustomerSlot =
  | {
      kind: 'existing';
      value: ExistingCustomer;
      patch: CustomerToUpdate['patch'];
      results: ImportEntityResult[];
    }
  | { kind: 'new'; value: CustomerToCreate }
  | { kind: 'planned'; value: PlannedCustomer };

type UserSlot =
  | { kind: 'existing'; value: ExistingUser; patch: UserToUpdate['patch']; results: ImportEntityResult[] }
  | { kind: 'new'; value: UserToCreate };

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

type Outcome<T> = { errors: FieldProblem[] } | T;

function planCustomer(
  input: ImportCustomer,
  world: ImportWorld,
  byReference: Map<string, CustomerSlot>,
  byName: Map<string, CustomerSlot>,
  plan: ImportPlan,
): Outcome<{ slot: CustomerSlot; entity: ImportEntityResult }> {
  const errors: FieldProblem[] = [];
  const type = input.productTypeId === undefined ? undefined : world.productTypes.get(input.productTypeId);
  if (input.productTypeId !== undefined && !type)
    errors.push(problem('customer.productTypeId', 'unknown_product_type'));
  const byRef = input.reference?.trim() ? byReference.get(key(input.reference)) : undefined;
  const slot = byRef ?? byName.get(key(input.name));
  if (errors.length) return { errors };

  if (!slot) {
    if (!input.productTypeId) errors.push(problem('customer.productTypeId', 'required'));
    if (!input.country) errors.push(problem('customer.country', 'required'));
    const settings = checkSettings(type?.fields ?? [], {}, 'customer.settings');
    errors.push(...settings.problems);
    if (errors.length || !type || !input.country) return { errors };
    const entity: ImportEntityResult = { action: 'create', id: null };
    const value: CustomerToCreate = {
      name: input.name,
      reference: input.reference ?? '',
      productTypeId: type.id,
      country: input.country,
      notes: input.notes ?? '',
      settings: settings.settings,
      id: null,
      results: [entity],
    };
    plan.createCustomers.push(value);
    const created: CustomerSlot = { kind: 'new', value };
    byName.set(key(input.name), created);
    if (value.reference.trim()) byReference.set(key(value.reference), created);
    return { slot: created, entity };
  }

  if (slot.kind === 'planned') return { slot, entity: { action: 'unchanged', id: null } };

  // The current state: a customer of the database with this batch's changes so far, or one it creates.
  const current =
    slot.kind === 'existing'
      ? { ...slot.value, ...slot.patch }
      : { ...slot.value, productTypeId: slot.value.productTypeId as string | null };
  const changes: CustomerToUpdate['patch'] = {};
  for (const field of ['name', 'reference', 'productTypeId', 'country', 'notes'] as const) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  if (slot.kind === 'new' || (slot.kind === 'existing' && slot.results.length)) {
    // Another row of this batch already named this customer: it may repeat it, not contradict it.
    for (const field of Object.keys(changes)) {
      if (field === 'name' && key(changes.name!) === key(current.name)) continue;
      errors.push(problem(`customer.${field}`, 'conflict'));
    }
    if (errors.length) return { errors };
    const entity: ImportEntityResult = { action: 'unchanged', id: slot.value.id };
    if (slot.kind === 'new') slot.value.results.push(entity);
    else slot.results.push(entity);
    return { slot, entity };
  }
  if (changes.name !== undefined && key(changes.name) !== key(current.name)) {
    const other = byName.get(key(changes.name));
    if (other && other !== slot) errors.push(problem('customer.name', 'name_taken'));
  }
  if (changes.productTypeId !== undefined && current.productTypeId) {
    if (world.productTypes.get(current.productTypeId)?.lockedOnceAssigned)
      errors.push(problem('customer.productTypeId', 'locked'));
  }
  if (errors.length) return { errors };
  if (changes.name !== undefined) byName.set(key(changes.name), slot);
  if (changes.reference?.trim()) byReference.set(key(changes.reference), slot);
  Object.assign(slot.patch, changes);
  const fields = Object.keys(changes);
  const entity: ImportEntityResult = fields.length
    ? { action: 'update', id: slot.value.id, fields }
    : { action: 'unchanged', id: slot.value.id };
  slot.results.push(entity);
  return { slot, entity };
}

function planUser(
  input: ImportUser,
  customer: CustomerSlot,
  world: ImportWorld,
  users: Map<string, UserSlot>,
): Outcome<{ entity: ImportEntityResult; create?: UserToCreate }> {
  const errors: FieldProblem[] = [];
  (input.permissions ?? []).forEach((id, i) => {
    if (!world.permissions.has(id)) errors.push(problem(`user.permissions.${i}`, 'unknown_permission'));
  });
  if (errors.length) return { errors };
  const slot = users.get(key(input.email));
  const accountId = customer.kind === 'planned' ? null : customer.value.id;

  if (!slot) {
    const entity: ImportEntityResult = { action: 'create', id: null };
    if (customer.kind === 'planned') return { entity };
    const create: UserToCreate = {
      account: customer.kind === 'new' ? customer.value : customer.value.id,
      name: input.name,
      email: input.email,
      role: input.role ?? 'user',
      permissions: input.permissions ?? [],
      locale: input.locale ?? null,
      id: null,
      results: [entity],
    };
    users.set(key(input.email), { kind: 'new', value: create });
    return { entity, create };
  }

  const sameCustomer =
    slot.kind === 'existing'
      ? accountId !== null && slot.value.accountId === accountId
      : slot.value.account === (customer.kind === 'new' ? customer.value : accountId);
  if (!sameCustomer) return { errors: [problem('user.email', 'taken')] };
  const current = slot.kind === 'existing' ? { ...slot.value, ...slot.patch } : slot.value;
  const changes: UserToUpdate['patch'] = {};
  if (input.name !== current.name) changes.name = input.name;
  if (input.role !== undefined && input.role !== current.role) changes.role = input.role;
  if (input.locale !== undefined && input.locale !== current.locale) changes.locale = input.locale;
  if (input.permissions !== undefined && !sameSet(input.permissions, current.permissions))
    changes.permissions = input.permissions;
  if (slot.kind === 'new' || slot.results.length) {
    // The same e-mail twice in one batch: the second row may only repeat the first.
    if (Object.keys(changes).length) return { errors: [problem('user.email', 'conflict')] };
    const entity: ImportEntityResult = {
      action: 'unchanged',
      id: slot.kind === 'new' ? null : slot.value.id,
    };
    if (slot.kind === 'new') slot.value.results.push(entity);
    else slot.results.push(entity);
    return { entity };
  }
  if (changes.role === 'user' && current.role === 'admin')
    return { errors: [problem('user.role', 'demote')] };
  Object.assign(slot.patch, changes);
  const fields = Object.keys(changes);
  const entity: ImportEntityResult = fields.length
    ? { action: 'update', id: slot.value.id, fields }
    : { action: 'unchanged', id: slot.value.id };
  slot.results.push(entity);
  return { entity };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

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
