/**
 * Whether a table without a client or a data provider really has none: hosts often set
 * `dataProvider` just after adding the element, so "No provisioning client is configured" waits
 * for a frame and a task to pass without one (issue 21).
 */
export class SourceGrace {
  /** True once the grace period passed with no source. */
  sourceless = false;
  private check?: number;

  /** `hasSource` is read now and when the grace period ends; `onChange` runs when `sourceless` flips. */
  constructor(
    private readonly hasSource: () => boolean,
    private readonly onChange: () => void,
  ) {}

  /** Starts the grace period of a table without a source, or ends `sourceless` once one is set. */
  follow(connected: () => boolean): void {
    if (this.hasSource()) {
      this.sourceless = false;
      return;
    }
    if (this.sourceless || this.check !== undefined) return;
    this.check = requestAnimationFrame(() =>
      setTimeout(() => {
        this.check = undefined;
        this.sourceless = !this.hasSource() && connected();
        if (this.sourceless) this.onChange();
      }),
    );
  }

  cancel(): void {
    if (this.check !== undefined) cancelAnimationFrame(this.check);
    this.check = undefined;
  }
}
