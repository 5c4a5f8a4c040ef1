import type { ProductType } from './schemas/account.js';
import type { ImportEntityResult, ImportRowResult } from './schemas/import.js';
import type { FieldProblem } from './schemas/problem.js';
import type { PlannedCustomer } from './schemas/requests.js';
import type { Role } from './schemas/user.js';

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

export const problem = (path: string, code: keyof typeof MESSAGES, message: string = MESSAGES[code]) => ({
  path,
  code: code === 'name_taken' ? 'taken' : code,
  message,
});

/** Names, references and e-mails are matched without case or surrounding spaces. */
export const key = (text: string) => text.trim().toLowerCase();

/** A customer as the batch will leave it: an existing one, one this batch creates, or a planned one. */
export type CustomerSlot =
  | {
      kind: 'existing';
      value: ExistingCustomer;
      patch: CustomerToUpdate['patch'];
      results: ImportEntityResult[];
    }
  | { kind: 'new'; value: CustomerToCreate }
  | { kind: 'planned'; value: PlannedCustomer };

export type UserSlot =
  | { kind: 'existing'; value: ExistingUser; patch: UserToUpdate['patch']; results: ImportEntityResult[] }
  | { kind: 'new'; value: UserToCreate };

/** A planner's answer: the problems that stop the entity, or what it plans. */
export type Outcome<T> = { errors: FieldProblem[] } | T;
