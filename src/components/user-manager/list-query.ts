import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Role, UserListQuery, UserStatus } from '../../api/schemas/index.js';
import { SEARCH_PAUSE_MS } from '../../core/search-pause.js';

/** The list being shown: search, filters, sort and page. */
export interface ListQuery {
  q: string;
  role: Role | '';
  status: UserStatus | '';
  sort: string;
  offset: number;
  /** Users per page the admin chose; undefined: the element's `page-size`. */
  limit?: number;
}

/**
 * The list query and the controls that change it. `query` is replaced, never mutated, so a
 * `Task` that takes it as an argument runs again on every change.
 */
export class ListQueryController implements ReactiveController {
  /** What is in the search field now; `query.q` follows it after a pause. */
  searchText = '';
  query: ListQuery = { q: '', role: '', status: '', sort: 'name', offset: 0 };
  private searchTimer?: ReturnType<typeof setTimeout>;

  /** `onPageChange` runs whenever another page or query is shown (the host drops its selection). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPageChange: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
  }

  get filtered(): boolean {
    return Boolean(this.query.q || this.query.role || this.query.status);
  }

  /** A new query starts on the first page. */
  set(change: Partial<ListQuery>): void {
    this.show({ ...this.query, offset: 0, ...change });
  }

  goTo(offset: number): void {
    this.show({ ...this.query, offset: Math.max(0, offset) });
  }

  /** Another page size, keeping the first user shown on the page. */
  setLimit(limit: number): void {
    const offset = Math.floor(this.query.offset / limit) * limit;
    this.show({ ...this.query, limit, offset });
  }

  readonly onSearchInput = (e: Event): void => {
    this.searchText = (e.target as HTMLInputElement).value;
    this.host.requestUpdate();
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_PAUSE_MS);
  };

  readonly onSearchKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter') this.applySearch();
  };

  readonly onFilter = (e: Event): void => {
    const select = e.target as HTMLSelectElement;
    this.set({ [select.name]: select.value });
  };

  readonly clearFilters = (): void => {
    this.searchText = '';
    this.set({ q: '', role: '', status: '' });
  };

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    const q = this.searchText.trim();
    if (q !== this.query.q) this.set({ q });
  }

  private show(query: ListQuery): void {
    this.query = query;
    this.onPageChange();
    this.host.requestUpdate();
  }
}

/** The API's query for one page of `query`. */
export function toUserListQuery(query: ListQuery, limit: number): UserListQuery {
  const result: UserListQuery = { sort: query.sort, offset: query.offset, limit };
  if (query.q) result.q = query.q;
  if (query.role) result.role = query.role;
  if (query.status) result.status = query.status;
  return result;
}
