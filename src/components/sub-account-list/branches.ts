import type { ReactiveControllerHost } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { AccountListItem, AccountListQuery } from '../../api/schemas/index.js';

const CHILD_PAGE = 50;

/** The loaded children of one expanded row. */
export interface Branch {
  items: AccountListItem[];
  total: number;
  loading: boolean;
  error?: unknown;
}

export interface BranchesHost {
  api(): ProvisioningClient | undefined;
  /** The order children are listed in: the list's. */
  sort(): AccountListQuery['sort'];
}

/** The expanded rows of the tree and their children, which load when a row is expanded. */
export class AccountBranches {
  private branches = new Map<string, Branch>();

  constructor(
    private readonly element: ReactiveControllerHost,
    private readonly host: BranchesHost,
  ) {}

  /** The row's branch; undefined while it is collapsed. */
  get(id: string): Branch | undefined {
    return this.branches.get(id);
  }

  /** Every row is collapsed. */
  clear(): void {
    this.set(new Map());
  }

  toggle(a: AccountListItem): void {
    if (this.branches.has(a.id)) {
      const next = new Map(this.branches);
      next.delete(a.id);
      this.set(next);
    } else void this.load(a, 0);
  }

  /** Lazy children: the first page when expanded (offset 0), more on request. */
  async load(a: AccountListItem, offset: number): Promise<void> {
    const api = this.host.api();
    if (!api) return;
    const before = this.branches.get(a.id);
    const keep = offset > 0 && before ? before.items : [];
    this.set(new Map(this.branches).set(a.id, { items: keep, total: before?.total ?? 0, loading: true }));
    try {
      const page = await api.listChildAccounts(a.id, { sort: this.host.sort(), offset, limit: CHILD_PAGE });
      this.set(
        new Map(this.branches).set(a.id, {
          items: [...keep, ...page.items],
          total: page.total,
          loading: false,
        }),
      );
    } catch (error) {
      this.set(new Map(this.branches).set(a.id, { items: keep, total: 0, loading: false, error }));
    }
  }

  /** After a change below `parentId`: its children again, when it is expanded. */
  reload(parentId: string | null, topLevel: readonly AccountListItem[]): void {
    const parent = parentId ? this.find(parentId, topLevel) : undefined;
    if (parent && this.branches.has(parent.id)) void this.load(parent, 0);
  }

  private find(id: string, topLevel: readonly AccountListItem[]): AccountListItem | undefined {
    const all = [...topLevel, ...[...this.branches.values()].flatMap((b) => b.items)];
    return all.find((a) => a.id === id);
  }

  private set(branches: Map<string, Branch>) {
    this.branches = branches;
    this.element.requestUpdate();
  }
}
