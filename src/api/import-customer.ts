import type { ImportEntityResult } from './schemas/import.js';
import type { FieldProblem } from './schemas/problem.js';
import type { ImportCustomer } from './schemas/requests.js';
import { checkSettings } from './settings.js';
import {
  key,
  problem,
  type CustomerSlot,
  type CustomerToCreate,
  type CustomerToUpdate,
  type ImportPlan,
  type ImportWorld,
  type Outcome,
} from './import-world.js';

/**
 * One row's customer: matched by reference, then by name, among the account's children (and the
 * customers earlier rows create or planned batches would); created, updated, or left unchanged.
 */
export function planCustomer(
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
