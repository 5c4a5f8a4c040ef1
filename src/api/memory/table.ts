/**
 * The records of one kind, in insertion order, with sorted views that are computed once and kept
 * until the next write: sorting 100,000 access rights on every page request would be too slow.
 */
export class Table<T extends { id: string }> {
  private readonly rows = new Map<string, T>();
  private readonly views = new Map<string, T[]>();

  constructor(rows: Iterable<T> = []) {
    for (const row of rows) this.rows.set(row.id, row);
  }

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  /** Adds a row, or replaces the one with its id in place. */
  set(row: T): void {
    this.rows.set(row.id, row);
    this.views.clear();
  }

  delete(id: string): void {
    this.rows.delete(id);
    this.views.clear();
  }

  values(): Iterable<T> {
    return this.rows.values();
  }

  /** All rows as `compute` arranges them, cached under `key` until the table changes. */
  view(key: string, compute: (rows: T[]) => T[]): T[] {
    let rows = this.views.get(key);
    if (!rows) {
      rows = compute([...this.rows.values()]);
      this.views.set(key, rows);
    }
    return rows;
  }
}
