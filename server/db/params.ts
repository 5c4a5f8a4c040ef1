/** Collects the parameters of a statement built piece by piece; `p(value)` returns its `$n`. */
export class Params {
  readonly params: unknown[] = [];

  p(value: unknown): string {
    return `$${this.params.push(value)}`;
  }
}
