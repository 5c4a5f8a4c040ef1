import type { ImportEntityResult } from './schemas/import.js';
import type { FieldProblem } from './schemas/problem.js';
import type { ImportUser } from './schemas/requests.js';
import {
  key,
  problem,
  type CustomerSlot,
  type ImportWorld,
  type Outcome,
  type UserSlot,
  type UserToCreate,
  type UserToUpdate,
} from './import-world.js';

/** One row's user, matched by e-mail across the platform: created under its customer, updated, or unchanged. */
export function planUser(
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
