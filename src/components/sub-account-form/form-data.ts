import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { ProductType } from '../../api/schemas/index.js';
import { principalOf } from '../../core/principal.js';

/** What the element lends the requests: its client and the accounts its attributes name. */
export interface FormDataHost {
  api(): ProvisioningClient | undefined;
  /** `parent-id`. */
  parentId(): string | undefined;
  /** The provider's `account-id`. */
  scopeId(): string | undefined;
  /** `account-id`: set in edit mode. */
  accountId(): string | undefined;
}

/**
 * What the form reads: the product types, the parent a new account goes under (create mode),
 * the account being edited (edit mode) and the permission catalog for the primary admin (create).
 */
export class AccountFormData {
  readonly types = new Task(this.element, {
    task: ([api], { signal }) =>
      api ? api.listProductTypes({ signal }) : Promise.reject(new Error('no client')),
    args: () => [this.host.api()] as const,
  });

  readonly parent = new Task(this.element, {
    task: async ([api, explicit, scoped, editing], { signal }) => {
      if (!api || editing) return undefined;
      const id = explicit || scoped || (await principalOf(api)).actingFor.id;
      return api.getAccount(id, { signal });
    },
    args: () => [this.host.api(), this.host.parentId(), this.host.scopeId(), this.host.accountId()] as const,
  });

  readonly account = new Task(this.element, {
    task: ([api, id], { signal }) =>
      api && id ? api.getAccount(id, { signal }) : Promise.resolve(undefined),
    args: () => [this.host.api(), this.host.accountId()] as const,
  });

  readonly permissions = new Task(this.element, {
    task: ([api, editing], { signal }) =>
      api && !editing ? api.listPermissions({ signal }) : Promise.resolve(undefined),
    args: () => [this.host.api(), this.host.accountId()] as const,
  });

  // Parameter properties are set before the field initializers above run.
  constructor(
    private readonly element: ReactiveControllerHost,
    private readonly host: FormDataHost,
  ) {}

  typeOf(id: string | null | undefined): ProductType | undefined {
    return this.types.value?.find((t) => t.id === id);
  }

  /** Every permission of the catalog, which a new primary admin starts with; undefined before it arrived. */
  allPermissions(): string[] | undefined {
    return this.permissions.value?.map((p) => p.id);
  }

  /** The product types, or in edit mode the account, are still loading. */
  get loading(): boolean {
    return (
      this.types.status === TaskStatus.PENDING ||
      (!!this.host.accountId() && this.account.status === TaskStatus.PENDING)
    );
  }
}
